"""The scheduler process: runs the site's periodic jobs (pages/scheduler.py) until SIGTERM or
SIGINT, or once with --once for cron (docs/scheduler.md)."""

import signal
import threading

from django.core.management.base import BaseCommand, CommandError

from pages import scheduler


def interval_text(every):
    seconds = int(every.total_seconds())
    for size, unit in ((86400, "d"), (3600, "h"), (60, "min")):
        if seconds % size == 0:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


class Command(BaseCommand):
    help = (
        "Kör webbplatsens återkommande jobb (schemalagd publicering, rensningar) ett i taget "
        "tills processen får SIGTERM eller SIGINT. Kör bara en sådan process."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--once", action="store_true", help="Kör varje jobb en gång nu och avsluta (cron)."
        )
        parser.add_argument(
            "--list",
            action="store_true",
            dest="list_jobs",
            help="Visa jobben och hur ofta de körs.",
        )
        parser.add_argument(
            "--job",
            action="append",
            dest="commands",
            metavar="KOMMANDO",
            help="Bara jobbet med detta kommando (kan anges flera gånger).",
        )

    def handle(self, *, once, list_jobs, commands, **options):
        jobs = self.select(scheduler.JOBS, commands)
        if list_jobs:
            for job in jobs:
                self.stdout.write(f"var {interval_text(job.every):>6}  {job}")
        elif once:
            failed = [job for job in jobs if not scheduler.run_job(job)]
            if failed:
                raise CommandError("Misslyckades: " + ", ".join(str(job) for job in failed))
        else:
            self.run_until_stopped(jobs)

    def select(self, jobs, commands):
        if not commands:
            return jobs
        unknown = set(commands) - {job.command for job in jobs}
        if unknown:
            raise CommandError(f"Inget jobb kör {', '.join(sorted(unknown))}.")
        return tuple(job for job in jobs if job.command in commands)

    def run_until_stopped(self, jobs):
        stop = threading.Event()
        previous = {
            signum: signal.signal(signum, lambda *_: stop.set())
            for signum in (signal.SIGTERM, signal.SIGINT)
        }
        self.stdout.write(f"Schemaläggaren startar med {len(jobs)} jobb.")
        try:
            scheduler.run_forever(jobs, stop)
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)
        self.stdout.write("Schemaläggaren har stoppats.")
