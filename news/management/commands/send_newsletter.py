"""Send or resume an issue in the foreground, through the configured mail server: for
operations and recovery (docs/newsletter-sending.md). Safe beside running workers: rows are
claimed, so nobody is mailed twice."""

from django.core.management.base import BaseCommand, CommandError

from news import newsletter_sending as sending
from news.models import Newsletter, NewsletterSend


class Command(BaseCommand):
    help = (
        "Skickar ett publicerat nyhetsbrev till alla bekräftade prenumeranter, eller fortsätter "
        "ett avbrutet utskick. Väntar tills allt som går att skicka är skickat."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="Nyhetsbrevets adressnamn, t.ex. december-2026.")
        parser.add_argument(
            "--resend-in-doubt",
            action="store_true",
            help="Skicka också igen till de osäkra (kan ge dubbletter; se dokumentationen).",
        )

    def handle(self, *args, slug, resend_in_doubt=False, verbosity=1, **options):
        newsletter = Newsletter.objects.filter(slug=slug).first()
        if newsletter is None:
            raise CommandError(f"Det finns inget nyhetsbrev med adressnamnet ”{slug}”.")
        send = NewsletterSend.objects.filter(newsletter=newsletter).first()
        if send is None:
            try:
                send = sending.start_send(newsletter)
            except sending.NotSendable as error:
                raise CommandError(str(error)) from error
            self.stdout.write(f"Utskicket av ”{newsletter}” är påbörjat.")
        if resend_in_doubt:
            count = sending.resend_in_doubt(send)
            self.stdout.write(f"{count} osäkra leveranser skickas igen.")
        outcome = sending.run_send(send.pk, wait=float("inf"))
        progress = send.progress()
        self.stdout.write(
            f"Skickade nu: {outcome.sent}. Totalt skickat {progress['sent']}, nekade "
            f"{progress['failed']}, osäkra {progress['in_doubt']}, överhoppade "
            f"{progress['skipped']}."
        )
