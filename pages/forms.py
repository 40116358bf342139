import unicodedata

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


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

    @property
    def was_truncated(self):
        return len(clean_query_text(self.data.get("q", ""))) > settings.SEARCH_QUERY_MAX_LENGTH
