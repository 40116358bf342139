from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page

from pages.demo import demo_steps


class Command(BaseCommand):
    help = "Bygger demoinnehållet (idempotent). Med --reset rivs det och byggs om."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Ta bort demoinnehållet (sidor, noder, personer, demobilder) först.",
        )

    @transaction.atomic
    def handle(self, *args, reset=False, verbosity=1, **options):
        self.verbosity = verbosity
        steps = demo_steps()
        if reset:
            for step in reversed(steps):
                if hasattr(step, "reset"):
                    step.reset()
            self.stdout.write("Demoinnehållet är borttaget.")
        for step in steps:
            step.build(log=self.log)
        pages = Page.objects.count()
        self.stdout.write(self.style.SUCCESS(f"Demoinnehållet är klart: {pages} sidor."))

    def log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(f"  {message}")
