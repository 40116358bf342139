from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Page

from pages.demo import demo_steps
from pages.demo.records import forget_deleted, record_new, snapshot, tracked_models


class Command(BaseCommand):
    help = (
        "Bygger demoinnehållet (idempotent). Med --reset tas först det bort som "
        "demoinnehållet har skapat, och byggs om; redaktörernas eget innehåll lämnas kvar."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help=(
                "Ta bort det demoinnehållet skapade (sidor, noder, personer, demobilder, "
                "demokonton) först. Bara med DEBUG=True."
            ),
        )

    @transaction.atomic
    def handle(self, *args, reset=False, verbosity=1, **options):
        self.verbosity = verbosity
        steps = demo_steps()
        if reset:
            if not settings.DEBUG:
                raise CommandError(
                    "--reset tar bort innehåll och får bara köras lokalt (DEBUG=True)."
                )
            for step in reversed(steps):
                if hasattr(step, "reset"):
                    step.reset(log=self.log)
            forget_deleted()
            self.stdout.write("Demoinnehållet är borttaget; annat innehåll är kvar.")
        models = tracked_models(steps)
        for step in steps:
            before = snapshot(models)
            step.build(log=self.log)
            record_new(before, models)
        pages = Page.objects.count()
        self.stdout.write(self.style.SUCCESS(f"Demoinnehållet är klart: {pages} sidor."))

    def log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(f"  {message}")
