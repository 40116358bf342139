"""Time and peak memory of exporting 2 000 examples (docs/open-data.md). Not collected with the
suite (the file name does not start with test_); run it alone, with -s to see the numbers:

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/<db> .venv/bin/python -m pytest -q -s \
        -p no:cacheprovider tests/examplebank/bench_export.py

It fails if writing the body takes more memory for 2 000 examples than for 500: a streamed
body holds one chunk (500) at a time, a body built in memory grows with the examples.
"""

import gc
import statistics
import time
import tracemalloc

from django.http import QueryDict

from examplebank.export import csv_lines, gathered, json_parts
from examplebank.facets import BankQuery
from examplebank.models import Example
from tests.factories import make_many_examples

ROUNDS = 5
PARAGRAPH = (
    "Fritidsbanken lånar ut sport- och fritidsutrustning gratis, som ett bibliotek. "
    "Utrustningen skänks av privatpersoner och företag och lagas vid behov i "
    "arbetsmarknadsinsatser. Målet är att fler barn och vuxna ska kunna röra sig och vara med."
)
DESCRIPTION = [
    {"type": "rich_text", "value": f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>"},
    {
        "type": "section",
        "value": {
            "heading": "Så fungerar det",
            "content": [{"type": "rich_text", "value": f"<p>{PARAGRAPH}</p>"}],
        },
    },
]
LINKS = [{"type": "link", "value": {"title": "Webbplats", "url": "https://example.org/"}}]


def add_examples(count, start):
    ids = make_many_examples(count, seed=12 + start, start=start)
    Example.objects.filter(pk__in=ids).update(description=DESCRIPTION, links=LINKS)
    assert len(Example.objects.get(pk=ids[-1]).description) == len(DESCRIPTION)


def traced(function):
    """(result, peak bytes) of function(), memory traced from a collected heap."""
    gc.collect()
    tracemalloc.start()
    result = function()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return result, peak


def request(client, url):
    """(seconds, bytes) of one export over the test client, the body read and dropped."""
    started = time.perf_counter()
    response = client.get(url)
    size = sum(len(part) for part in response.streaming_content)
    return time.perf_counter() - started, size


def body_writing(fmt, bank_url):
    """Bytes of the body for the current examples, written as the view writes it (the ids
    already read) and dropped piece by piece."""
    from examplebank.export_rows import rows_in_order

    ids = BankQuery(QueryDict()).ordered_ids
    rows = rows_in_order(ids)
    parts = csv_lines(rows, bank_url) if fmt == "csv" else json_parts(rows, bank_url, {})
    return lambda: sum(len(part.encode()) for part in gathered(parts))


def measure(client, bank):
    print(f"\n{Example.objects.filter(live=True).count()} published examples:")
    writing = {}
    for fmt in ("csv", "json"):
        url = bank.export_url(None, fmt)
        request(client, url)  # warm-up: caches, connection
        times, size = [], 0
        for _round in range(ROUNDS):
            seconds, size = request(client, url)
            times.append(seconds)
        (_seconds, _size), request_peak = traced(lambda url=url: request(client, url))
        _written, writing[fmt] = traced(body_writing(fmt, bank.get_full_url()))
        print(
            f"  {fmt}: {size / 1e6:.2f} MB; request median {statistics.median(times) * 1000:.0f}"
            f" ms, max {max(times) * 1000:.0f} ms ({ROUNDS} runs); peak memory of the request"
            f" {request_peak / 1e6:.1f} MB, of writing the body {writing[fmt] / 1e6:.1f} MB"
        )
    return writing


def test_measure_export_of_2000(client, bank):
    add_examples(500, start=0)
    at_500 = measure(client, bank)
    add_examples(1500, start=500)
    at_2000 = measure(client, bank)
    for fmt in ("csv", "json"):
        assert at_2000[fmt] < at_500[fmt] * 1.25, (fmt, at_500[fmt], at_2000[fmt])
