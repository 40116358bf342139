"""Server time of the example bank at volume: `manage.py bench_examplebank`.

Adds generated examples (examplebank/generated.py) inside a transaction that is rolled back at
the end, so the database is left as it was; requests the bank's pages in-process with Django's
test client (no network, one process), with what was loaded before the first request frozen out
of garbage collection as in a gunicorn worker (msi_site/gunicorn.conf.py), and prints, per
address, the SQL queries and the p50/p95/max server time. Run it against PostgreSQL with the
demo content loaded, under the production settings (DEBUG off, cached templates): under the dev
settings every request reads and compiles the templates again.
"""

import gc
import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.search.backends import get_search_backend

from examplebank.generated import generate_examples
from examplebank.models import Example, ExampleBankPage

ADDRESSES = [
    "",
    "?tema=digital-inkludering&sektor=civilsamhalle",
    "?tema=digital-inkludering&tema=jamlik-halsa&sektor=civilsamhalle&mal=10&status=spridd",
    "?q=genererat&lan=skane-lan&ordning=nyast",
    "?sida=5",
    "bench-00003/",
]


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Mät exempelbankens svarstider med många genererade exempel (rullas tillbaka)."

    def add_arguments(self, parser):
        parser.add_argument("--examples", type=int, default=2000)
        parser.add_argument("--requests", type=int, default=60)

    def handle(self, *args, examples, requests, **options):
        bank = ExampleBankPage.objects.live().first()
        if bank is None:
            raise CommandError("Det finns ingen publicerad exempelbank. Kör load_demo_content.")
        try:
            with transaction.atomic():
                self.run(bank, examples, requests)
                raise Rollback
        except Rollback:
            self.stdout.write("De genererade exemplen är borttagna igen.")

    def run(self, bank, count, requests):
        have = Example.objects.filter(live=True).count()
        generate_examples(max(0, count - have), prefix="bench")
        get_search_backend().add_bulk(Example, Example.objects.filter(slug__startswith="bench-"))
        total = Example.objects.filter(live=True).count()
        self.stdout.write(
            f"{connection.vendor}, DEBUG={settings.DEBUG}, {total} publicerade exempel, "
            f"{requests} anrop per adress"
        )
        self.stdout.write(
            f"{'adress':<90} {'frågor':>6} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7}"
        )
        gc.collect()
        gc.freeze()  # as gunicorn.conf.py does before it forks a worker
        client = Client(HTTP_HOST="localhost")
        base = bank.url
        for address in ADDRESSES:
            url = base + address
            client.get(url)  # warm: renditions, template loading
            with CaptureQueriesContext(connection) as captured:
                status = client.get(url).status_code
            queries = len(captured)  # now: the next request empties the connection's log
            if status != 200:
                raise CommandError(f"{url} svarade {status}")
            times = []
            for _ in range(requests):
                start = time.perf_counter()
                client.get(url)
                times.append((time.perf_counter() - start) * 1000)
            times.sort()
            p95 = times[max(0, round(0.95 * len(times)) - 1)]
            self.stdout.write(
                f"{url:<90} {queries:>6} {statistics.median(times):>7.1f} {p95:>7.1f} "
                f"{times[-1]:>7.1f}"
            )
        gc.unfreeze()
