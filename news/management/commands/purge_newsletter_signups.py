"""Delete newsletter signups never confirmed within NEWSLETTER_PENDING_DAYS days: the address
and everything stored with it. Idempotent; the scheduler runs it daily
(docs/newsletter-signup.md)."""

from django.core.management.base import BaseCommand
from django.utils.translation import ngettext

from news.models.subscribers import Subscriber


class Command(BaseCommand):
    help = (
        "Raderar anmälningar till nyhetsbrevet som inte har bekräftats inom "
        "NEWSLETTER_PENDING_DAYS dagar. Körs dagligen."
    )

    def handle(self, *args, **options):
        count, _ = Subscriber.objects.stale_pending().delete()
        message = ngettext(
            "Raderade %(count)d obekräftad anmälan.",
            "Raderade %(count)d obekräftade anmälningar.",
            count,
        )
        self.stdout.write(message % {"count": count})
