"""Run inside Django by `python -m bench` (docs/benchmark.md): finds one address of each
measured page type, requests it in-process (warm once, then counted) and prints JSON with its
SQL queries and HTML bytes; writes each page's HTML into `<STATIC_ROOT>/bench/<name>.html`,
the static file of the same size that measures the ceiling."""

import json
import sys
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone


def addresses():
    from examplebank.models import Example, ExampleBankPage
    from news.models import Event, EventIndexPage, NewsArticlePage, NewsIndexPage
    from news.models.event_index import event_url
    from pages.models import Sector, Theme

    national = NewsIndexPage.objects.live().order_by("depth", "path").first()
    article = NewsArticlePage.objects.live().order_by("-date", "-pk").first()
    event_index = EventIndexPage.objects.live().order_by("depth", "path").first()
    upcoming = (
        Event.objects.filter(live=True, occurrences__start__gte=timezone.now())
        .order_by("occurrences__start")
        .first()
    )
    bank = ExampleBankPage.objects.live().first()
    example = Example.objects.filter(live=True).order_by("pk").first()
    theme, sector = Theme.objects.order_by("pk").first(), Sector.objects.order_by("pk").first()
    return {
        "startsida": "/",
        "nyhetslista": national.url,
        "nyhet": article.url,
        "evenemangslista": event_index.url,
        "evenemang": event_url(upcoming),
        "exempelbank, två filter": f"{bank.url}?tema={theme.slug}&sektor={sector.slug}",
        "exempel": bank.example_url(example),
        "sök": "/sok/?q=innovation",
        "flöde": f"{national.url}feed/",
    }


def probe(folder):
    client = Client(HTTP_HOST="127.0.0.1")
    results = {}
    for name, url in addresses().items():
        if client.get(url).status_code != 200:  # the first request makes renditions
            raise SystemExit(f"{url} did not answer 200")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        body = response.content
        static_name = f"{len(results):02}.html"
        (folder / static_name).write_bytes(body)
        results[name] = {
            "url": url,
            "queries": len(queries),
            "bytes": len(body),
            "static": f"{settings.STATIC_URL}bench/{static_name}",
        }
    return results


if __name__ == "__main__":
    import django

    django.setup()
    folder = Path(settings.STATIC_ROOT) / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    json.dump(probe(folder), sys.stdout)
