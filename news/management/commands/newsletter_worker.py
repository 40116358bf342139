"""The newsletter's worker process: resume every unfinished send (a worker killed mid-send left
it so), then run django-tasks-db's `db_worker` on the "newsletter" backend alias
(docs/newsletter-sending.md)."""

from django_tasks import task_backends
from django_tasks_db import DatabaseBackend

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from news.newsletter_sending import resume_unfinished
from news.newsletter_tasks import NEWSLETTER_BACKEND


class Command(BaseCommand):
    help = "Fortsätter avbrutna utskick av nyhetsbrevet och kör sedan bakgrundsarbetaren."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=float, default=1.0)
        parser.add_argument("--batch", action="store_true", help="Sluta när kön är tom.")
        parser.add_argument("--no-startup-delay", action="store_true")

    def handle(self, *args, interval, batch, no_startup_delay, verbosity=1, **options):
        if not isinstance(task_backends[NEWSLETTER_BACKEND], DatabaseBackend):
            raise CommandError(
                "Arbetaren behöver databaskön: sätt NEWSLETTER_TASKS=database (standard med "
                "produktionsinställningarna)."
            )
        resume_unfinished()
        worker_args = ["--backend", NEWSLETTER_BACKEND, "--interval", str(interval), "--no-reload"]
        if batch:
            worker_args.append("--batch")
        if no_startup_delay:
            worker_args.append("--no-startup-delay")
        call_command("db_worker", *worker_args, verbosity=verbosity)
