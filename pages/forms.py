import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.search.query import And, Phrase, PlainText

TYPE_MAX_LENGTH = 50


def clean_query_text(text):
    """Drop control and unassigned characters (NUL breaks PostgreSQL), fold white space."""
    kept = (
        char
        for char in unicodedata.normalize("NFC", text or "")
        if unicodedata.category(char) not in {"Cc", "Cs", "Cn", "Co"} or char in "\t\n"
    )
    return " ".join("".join(kept).split())


class SearchForm(forms.Form):
    q = forms.CharField(
        label=_("Sökord"),
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )

    def cleaned_query(self):
        """The query to search for: cleaned and capped in length, or "" for none."""
        self.is_valid()
        query = clean_query_text(self.data.get("q", ""))
        return query[: settings.SEARCH_QUERY_MAX_LENGTH].strip()

    def search_query(self):
        """The query for the search backend: text in double quotes is a phrase, the rest
        plain words. No quote character reaches the backend (a stray one breaks SQLite's
        full-text syntax). None when nothing is left to search for."""
        parts = [part.strip() for part in self.cleaned_query().split('"')]
        tokens = [
            Phrase(part) if position % 2 else PlainText(part)
            for position, part in enumerate(parts)
            if part
        ]
        if len(tokens) > 1:
            return And(tokens)
        return tokens[0] if tokens else None

    def group_slug(self):
        """The `typ` asked for (a search group's slug), cleaned and capped, or "" for none."""
        return clean_query_text(self.data.get("typ", ""))[:TYPE_MAX_LENGTH]

    @property
    def was_truncated(self):
        return len(clean_query_text(self.data.get("q", ""))) > settings.SEARCH_QUERY_MAX_LENGTH
