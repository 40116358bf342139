import re

from django import template
from django.utils.html import format_html, format_html_join

from news import cards, event_cards
from pages.models import SiteSettings
from pages.templatetags.meta_tags import absolute_image_url, json_ld_script

register = template.Library()


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, article):
    """schema.org NewsArticle data for search engines and link previews."""
    request = context["request"]
    organisation = SiteSettings.for_request(request).organisation_name
    modified = article.last_published_at or article.latest_revision_created_at
    authors = [{"@type": "Person", "name": person.name} for person in context["authors"]]
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.intro,
        "datePublished": article.date.isoformat(),
        "dateModified": modified.isoformat() if modified else None,
        "url": article.get_full_url(request),
        "mainEntityOfPage": article.get_full_url(request),
        "inLanguage": "sv",
        "author": authors or [{"@type": "Organization", "name": organisation}],
        "publisher": {"@type": "Organization", "name": organisation},
        "about": [theme.name for theme in context["themes"]],
    }
    if article.image:
        data["image"] = [absolute_image_url(request, article.image)]
    return json_ld_script({key: value for key, value in data.items() if value})


TIMES = re.compile(r"(kl\. \d\d\.\d\d(?:–\d\d\.\d\d)?)")


@register.filter
def unbroken_times(text):
    """An event date (news/event_dates.py) with each "kl. 13.00–16.30" kept on one line, so a
    narrow card never leaves "kl." at the end of one line and the times on the next."""
    pieces = TIMES.split(str(text))  # text, time, text, time, …, text
    times = [format_html('<span class="nowrap">{}</span>', time) for time in pieces[1::2]]
    return format_html_join("", "{}{}", zip(pieces[0::2], [*times, ""], strict=True))


@register.simple_tag(takes_context=True)
def news_card(context, article):
    """The article's card (components/news_card.html), kept for everyone (news/cards.py)."""
    return cards.news_card(context.get("request"), article)


@register.simple_tag(takes_context=True)
def event_card(context, event):
    """The event's card (components/event_card.html), kept for everyone (news/event_cards.py)."""
    return event_cards.event_card(context.get("request"), event)
