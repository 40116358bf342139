"""Delete the e-mail addresses of suggestions reviewed more than
EXAMPLE_SUGGESTION_RETENTION_DAYS days ago. The record itself stays (which consent text was
agreed to, and when), without the address. Idempotent; the scheduler runs it daily
(docs/example-suggestions.md)."""

from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone
from django.utils.translation import ngettext

from examplebank.models import ExampleSuggestion


def purge_addresses(now=None):
    """Blank the addresses that are due; return how many were blanked."""
    now = now or timezone.now()
    cutoff = now - timedelta(days=settings.EXAMPLE_SUGGESTION_RETENTION_DAYS)
    return (
        ExampleSuggestion.objects.filter(reviewed_at__lt=cutoff).exclude(email="").update(email="")
    )


class Command(BaseCommand):
    help = (
        "Raderar e-postadressen i förslag till exempelbanken som granskades för mer än "
        "EXAMPLE_SUGGESTION_RETENTION_DAYS dagar sedan. Körs dagligen."
    )

    def handle(self, *args, **options):
        count = purge_addresses()
        message = ngettext(
            "Raderade e-postadressen i %(count)d granskat förslag.",
            "Raderade e-postadressen i %(count)d granskade förslag.",
            count,
        )
        self.stdout.write(message % {"count": count})
