"""FilterSets for public listings, on django-filter.

A listing's filters never fail the page: a value a filter does not know (a misspelt theme,
year 99999, a node that does not exist) is left out with a Swedish message saying so, and the
other filters still apply. django-filter already does the second half: an invalid field is
missing from `cleaned_data`, so `qs` skips it. Only values from a filter's own choices reach the
database.
"""

import django_filters

from django.utils.functional import cached_property
from django.utils.http import urlencode

from pages.page_cache.memo import shown_on


class ListingChoiceFilter(django_filters.ChoiceFilter):
    """A choice filter whose choices are set per request (`set_choices`) and whose refused
    value is explained by `invalid_message`."""

    def __init__(self, *args, invalid_message, **kwargs):
        kwargs.setdefault("choices", [])
        super().__init__(*args, **kwargs)
        self.invalid_message = invalid_message

    def set_choices(self, choices):
        self.extra["choices"] = list(choices)


class ListingFilterSet(django_filters.FilterSet):
    """Subclasses declare ListingChoiceFilters and set their choices in `set_choices()`.

    The filter set stands in for its form in templates: iterate it for the fields; `values`,
    `problems` and `query_string` describe what applies.
    """

    def __init__(self, data, queryset, *, request=None, index=None):
        self.index = index
        super().__init__(data, queryset, request=request)
        self.set_choices()

    def set_choices(self):
        """Give each filter its choices for this request (before the form is built)."""

    def kept_choices(self, name, compute):
        """`compute()`, the choices of the filter `name` read from the listed items (the years
        a listing has), kept for everyone per listing (`memo.shown_on`): thrown away when what
        they were read from changes, the listing page is published, moved or deleted, or by
        itself at the site's next change (an event's month passing)."""
        if self.index is None:
            return compute()
        key = f"choices:{name}:{self.index.listing_suffix()}"
        return shown_on(self.index, self.request, key, compute)

    @property
    def form(self):
        if not hasattr(self, "_form"):
            form_class = self.get_form_class()
            self._form = form_class(self.data, auto_id="filter-%s")
            self._form.is_valid()
            for name, field in self._form.fields.items():
                field.invalid_message = self.filters[name].invalid_message
                if name in self._form.errors:
                    field.widget.attrs["aria-describedby"] = f"filter-{name}-error"
        return self._form

    def __iter__(self):
        return iter(self.form)

    @cached_property
    def values(self):
        """{filter name: value} for the filters that are set and valid."""
        cleaned = getattr(self.form, "cleaned_data", {})
        return {name: cleaned[name] for name in self.filters if cleaned.get(name)}

    @property
    def problems(self):
        """One message per filter that was given a value it does not know."""
        return [self.filters[name].invalid_message for name in self.form.errors]

    @property
    def query_string(self):
        """The valid filters as a query string, for pagination and feed links."""
        return urlencode(self.values)
