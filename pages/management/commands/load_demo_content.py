from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from pages.demo import DEMO_STEPS
from pages.demo.helpers import DEMO_COLLECTION_NAME
from pages.models import HomePage, SiteSettings


class Command(BaseCommand):
    help = "Bygger demoinnehållet (idempotent). Med --reset rivs det och byggs om."

    def add_arguments(self, parser):
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Ta bort startsidan med allt under den, demobilderna och inställningarna först.",
        )

    @transaction.atomic
    def handle(self, *args, reset=False, verbosity=1, **options):
        self.verbosity = verbosity
        if reset:
            self.reset()
        for path in DEMO_STEPS:
            import_string(path)(log=self.log)
        self.stdout.write(
            self.style.SUCCESS(f"Demoinnehållet är klart: {Page.objects.count()} sidor.")
        )

    def log(self, message):
        if self.verbosity >= 1:
            self.stdout.write(f"  {message}")

    def reset(self):
        for home in HomePage.objects.all():
            home.delete()
        SiteSettings.objects.all().delete()
        get_image_model().objects.filter(collection__name=DEMO_COLLECTION_NAME).delete()
        get_document_model().objects.filter(collection__name=DEMO_COLLECTION_NAME).delete()
        self.stdout.write("Demoinnehållet är borttaget.")
