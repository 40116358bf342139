"""What a newsletter shows of a chosen article, event, example or publication: a card built
from the item's current content, with absolute addresses (the same card serves the web page and
the e-mail). An item that is no longer published gives no card. See docs/newsletter.md."""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.dateformat import format as date_format

from wagtail.models import Page

from .models.event_index import canonical_index

IMAGE_SPEC = "fill-560x315"


@dataclass(frozen=True)
class CardImage:
    url: str
    alt: str
    width: int
    height: int


@dataclass(frozen=True)
class Card:
    kicker: str
    title: str
    url: str
    link_label: str
    meta: str = ""
    summary: str = ""
    image: CardImage | None = None
    lang: str = ""


def absolute(url, base_url):
    """`url` as an absolute address: relative ones (media, a page on this site) get `base_url`."""
    if not url or "://" in url or url.startswith("mailto:"):
        return url
    return base_url.rstrip("/") + "/" + url.lstrip("/")


def card_image(image, alt, base_url):
    """A rendition of the image for a card, with its alt text (empty: a decorative image)."""
    if image is None:
        return None
    rendition = image.get_rendition(IMAGE_SPEC)
    return CardImage(
        url=absolute(rendition.url, base_url),
        alt=alt or "",
        width=rendition.width,
        height=rendition.height,
    )


def is_public(page):
    return page is not None and page.live and not page.get_view_restrictions().exists()


def article_card(article, request, base_url):
    if not is_public(article):
        return None
    return Card(
        kicker="Nyhet",
        title=article.title,
        url=article.get_full_url(request),
        link_label=f"Läs nyheten: {article.title}",
        meta=date_format(article.date, "j F Y") if article.date else "",
        summary=article.intro,
        image=card_image(article.image, article.image_alt, base_url),
    )


def publication_card(publication, request, base_url):
    if not is_public(publication):
        return None
    language = publication.language if publication.language != "sv" else ""
    return Card(
        kicker=f"{publication.get_publication_type_display()}, {publication.year}",
        title=publication.title,
        url=publication.get_full_url(request),
        link_label=f"Läs om publikationen: {publication.title}",
        summary=publication.intro,
        lang=language,
    )


def event_card(event, request, base_url):
    if event is None or not event.live:
        return None
    index = canonical_index(event)
    if index is None:
        return None
    occurrence = event.next_occurrence()
    others = len(event.occurrence_list) - 1
    when = occurrence.text if occurrence else ""
    if occurrence and others > 0:
        when += f" och {others} tillfälle{'n' if others > 1 else ''} till"
    meta = [when]
    if event.status != event.Status.PLANNED:
        meta.append(event.get_status_display())
    meta.append(event.get_format_display())
    return Card(
        kicker="Evenemang",
        title=event.title,
        url=f"{index.get_full_url(request)}{event.slug}/",
        link_label=f"Om evenemanget: {event.title}",
        meta=" · ".join(part for part in meta if part),
        summary=event.summary,
    )


def example_bank(request):
    """The live example bank page, named by string: news never imports examplebank."""
    model = apps.get_model("examplebank", "ExampleBankPage")
    content_type = ContentType.objects.get_for_model(model)
    page = Page.objects.live().filter(content_type=content_type).first()
    return page.specific if page else None


def example_card(example, request, base_url):
    if example is None or not example.live:
        return None
    bank = example_bank(request)
    if bank is None:
        return None
    meta = [example.get_status_display()]
    if example.year_started:
        meta.append(f"sedan {example.year_started}")
    place = example.place
    return Card(
        kicker=f"Exempel · {place}" if place else "Exempel",
        title=example.name,
        url=f"{bank.get_full_url(request)}{example.slug}/",
        link_label=f"Läs om exemplet: {example.name}",
        meta=" · ".join(meta),
        summary=example.summary,
        image=card_image(example.image, example.image_alt, base_url),
    )


# The card of each chooser block type of NewsletterBodyBlock.
CARD_BUILDERS = {
    "article": article_card,
    "event": event_card,
    "example": example_card,
    "publication": publication_card,
}
