"""A valid suggestion becomes a draft example, a record of the sender's consent and a review.

The visitor's text is stored as text: the description goes into the example's rich-text block
escaped, one paragraph per blank-line-separated part (docs/example-suggestions.md).
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.template import Context
from django.template.loader import get_template
from django.utils.html import escape
from django.utils.translation import gettext as _

from wagtail.rich_text import RichText

from .models import Example, ExampleSuggestion
from .review import start_review

logger = logging.getLogger(__name__)

SOURCE = "Förslag via webbplatsen"
SUMMARY_MAX_LENGTH = 400
ELLIPSIS = "…"


def summary_of(text, limit=SUMMARY_MAX_LENGTH):
    """The start of the text on one line, cut at a word, at most `limit` characters."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    head = text[: room + 1]  # one more: a space there means the last word is whole
    cut = head.rsplit(" ", 1)[0] if " " in head else head[:room]
    return cut.rstrip(" ,.;:–-") + ELLIPSIS


def paragraphs_html(text):
    """Plain text as escaped HTML paragraphs; single line breaks kept as <br/>."""
    parts = [part.strip() for part in text.split("\n\n") if part.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in part.split("\n")) + "</p>" for part in parts
    )


@transaction.atomic
def create_suggestion(data, consent_text):
    """The draft example (never live, owned by the national office), its first revision, the
    sender's record and the started review. `data` is SuggestionForm.cleaned_data."""
    example = Example(
        name=data["name"],
        summary=summary_of(data["description"]),
        description=[("rich_text", RichText(paragraphs_html(data["description"])))],
        organisations=data.get("organisation", ""),
        municipality=data.get("place", ""),
        source=SOURCE,
        node=None,
        live=False,
        has_unpublished_changes=True,
    )
    example.clean()  # gives it a unique slug made from the name, as the admin does
    example.save()
    example.save_revision(user=None)
    suggestion = ExampleSuggestion.objects.create(
        example=example, email=data["email"], consent_text=consent_text
    )
    start_review(example)
    return suggestion


def render_text(template_name, context):
    """A plain-text template, not escaped as HTML: it is not HTML."""
    return get_template(template_name).template.render(Context(context, autoescape=False))


def send_confirmation(suggestion, bank_url=""):
    """The sender's receipt: what happens now, and that the address is deleted after the
    review. A failure is logged, never shown: the suggestion is already saved."""
    context = {
        "example_name": suggestion.example.name,
        "retention_days": settings.EXAMPLE_SUGGESTION_RETENTION_DAYS,
        "bank_url": bank_url,
    }
    try:
        send_mail(
            _("Tack för ditt förslag till exempelbanken"),
            render_text("emails/example_suggestion_confirmation.txt", context),
            None,
            [suggestion.email],
        )
    except Exception:
        logger.exception("The confirmation of example suggestion %s was not sent", suggestion.pk)
