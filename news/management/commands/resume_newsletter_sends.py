"""Queue a run for every unfinished newsletter send: a worker killed mid-send leaves its task
"running" for ever, so the scheduler runs this every minute (docs/newsletter-sending.md).
At most one waiting run per send; a send some worker is busy with is not disturbed (its rows
are claimed)."""

from django.core.management.base import BaseCommand

from news.newsletter_sending import resume_unfinished


class Command(BaseCommand):
    help = "Köar en körning för varje utskick av nyhetsbrevet som inte är klart."

    def handle(self, *args, **options):
        count = resume_unfinished()
        self.stdout.write(f"{count} ofullbordade utskick köade.")
