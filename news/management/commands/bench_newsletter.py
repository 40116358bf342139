"""How fast the newsletter goes out: `manage.py bench_newsletter --subscribers 10000
--workers 2` (docs/newsletter-sending.md, "Measuring").

Makes a throwaway published issue and N throwaway confirmed subscribers (@bench.invalid),
writes the send's rows, starts a local SMTP server that accepts everything (aiosmtpd, a dev
requirement) and W `newsletter_worker` processes with no rate limit, and prints messages per
second from the first to the last message the server received. Everything it made is removed
afterwards; nobody else is in the send. Use PostgreSQL for more than one worker.
"""

import os
import socket
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from news.models import Newsletter, Subscriber
from news.newsletter_sending import start_send

BENCH_DOMAIN = "bench.invalid"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Counter:
    def __init__(self):
        self.arrivals = []

    async def handle_DATA(self, server, session, envelope):
        self.arrivals.append(time.monotonic())
        return "250 OK"


class Command(BaseCommand):
    help = "Mäter hur många nyhetsbrev per sekund som går ut till en lokal SMTP-server."

    def add_arguments(self, parser):
        parser.add_argument("--subscribers", type=int, default=10_000)
        parser.add_argument("--workers", type=int, default=1)
        parser.add_argument("--batch", type=int, default=settings.NEWSLETTER_BATCH)
        parser.add_argument("--timeout", type=float, default=900)

    def handle(self, *args, subscribers, workers, batch, timeout, **options):
        try:
            from aiosmtpd.controller import Controller
        except ImportError as error:
            raise CommandError(
                "bench_newsletter behöver aiosmtpd (requirements-dev.lock)."
            ) from error
        counter = Counter()
        controller = Controller(counter, hostname="127.0.0.1", port=free_port())
        controller.start()
        issue = self.make_issue(subscribers)
        processes = []
        try:
            bench = Subscriber.objects.filter(email__endswith=f"@{BENCH_DOMAIN}")
            send = start_send(issue, queue=False, recipients=bench)
            total = send.deliveries.count()
            env = {
                **os.environ,
                "DJANGO_SETTINGS_MODULE": os.environ.get(
                    "DJANGO_SETTINGS_MODULE", "msi_site.settings.dev"
                ),
                "NEWSLETTER_TASKS": "database",
                "NEWSLETTER_RATE": "0",
                "NEWSLETTER_BATCH": str(batch),
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": str(controller.port),
                "EMAIL_USE_TLS": "false",
                "DEBUG": "false",
            }
            command = [
                sys.executable,
                "manage.py",
                "newsletter_worker",
                "--no-startup-delay",
                "-v0",
            ]
            processes = [
                subprocess.Popen(command, cwd=settings.BASE_DIR, env=env)  # noqa: S603  our own manage.py
                for _ in range(workers)
            ]
            deadline = time.monotonic() + timeout
            while len(counter.arrivals) < total and time.monotonic() < deadline:
                time.sleep(0.2)
            received = len(counter.arrivals)
            seconds = counter.arrivals[-1] - counter.arrivals[0] if received > 1 else 0
            rate = (received - 1) / seconds if seconds else 0
            self.stdout.write(
                f"{workers} sändare, {received} av {total} brev på {seconds:.1f} s: "
                f"{rate:.0f} brev/s (batch {batch}, {settings.DATABASES['default']['ENGINE']})"
            )
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    process.kill()
            controller.stop()
            issue.delete()
            Subscriber.objects.filter(email__endswith=f"@{BENCH_DOMAIN}").delete()

    def make_issue(self, count):
        Subscriber.objects.bulk_create(
            (
                Subscriber(email=f"b{n}@{BENCH_DOMAIN}", status=Subscriber.Status.CONFIRMED)
                for n in range(count)
            ),
            batch_size=1000,
        )
        issue = Newsletter(
            subject="Mätning av utskick", slug=f"bench-{os.getpid()}", preheader="Mätning."
        )
        issue.save()
        issue.save_revision().publish()
        return Newsletter.objects.get(pk=issue.pk)
