"""Generated volume on top of the demo content, for the benchmark (docs/benchmark.md): news
articles, events, examples and subscribers, each bulk-made or made once and then left alone.
Run inside Django: `python -m bench.volume` with the benchmark's DATABASE_URL. The names say
they are generated."""

import datetime
import random
from datetime import timedelta

from django.utils import timezone

VOLUME = {"articles": 500, "events": 300, "examples": 2000, "subscribers": 10_000}
PREFIX = "Genererad"


def articles(count):
    from news.models import NewsArticlePage, NewsIndexPage

    index = NewsIndexPage.objects.live().order_by("depth", "path").first()
    have = NewsArticlePage.objects.filter(title__startswith=PREFIX).count()
    for number in range(have, count):
        article = NewsArticlePage(
            title=f"{PREFIX} nyhet {number}",
            slug=f"genererad-nyhet-{number}",
            intro="En genererad nyhet för mätningen av webbplatsens prestanda.",
            date=datetime.date(2024, 1, 1) + timedelta(days=number % 700),
        )
        index.add_child(instance=article)
        article.save_revision().publish()
    return count - have


def events(count):
    from news.models import Event, EventOccurrence
    from pages.page_cache.purge import bump_tables
    from pages.page_cache.tags import cache
    from pages.page_cache.timing import NEXT_CHANGE_KEY

    have = Event.objects.filter(title__startswith=PREFIX).count()
    now = timezone.now().replace(microsecond=0, second=0, minute=0)
    made = Event.objects.bulk_create(
        Event(
            title=f"{PREFIX} evenemang {number}",
            slug=f"genererat-evenemang-{number}",
            summary="Ett genererat evenemang.",
            live=True,
            first_published_at=now,
            last_published_at=now,
            sequence=1,
        )
        for number in range(have, count)
    )
    EventOccurrence.objects.bulk_create(
        EventOccurrence(
            event=event,
            start=now + timedelta(days=number - count // 3),
            end=now + timedelta(days=number - count // 3, hours=2),
        )
        for number, event in enumerate(made, start=have)
    )
    bump_tables(Event)  # bulk_create sends no signal (docs/page-cache.md)
    bump_tables(EventOccurrence)
    cache().delete(NEXT_CHANGE_KEY)  # the next start or end may be one of them
    return len(made)


def examples(count):
    from examplebank.generated import generate_examples
    from examplebank.models import Example

    have = Example.objects.filter(slug__startswith="genererat-").count()
    if have >= count:
        return 0
    return len(generate_examples(count - have, start=have, prefix="genererat"))


def subscribers(count):
    from news.models import Subscriber

    have = Subscriber.objects.filter(email__endswith="@volym.invalid").count()
    Subscriber.objects.bulk_create(
        (
            Subscriber(email=f"s{n}@volym.invalid", status=Subscriber.Status.CONFIRMED)
            for n in range(have, count)
        ),
        batch_size=1000,
    )
    return count - have


def build():
    random.seed(7)
    made = {name: globals()[name](count) for name, count in VOLUME.items()}
    print("Genererat:", ", ".join(f"{name} {n}" for name, n in made.items()))


if __name__ == "__main__":
    import django

    django.setup()
    build()
