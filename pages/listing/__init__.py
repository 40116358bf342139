"""One machinery for every filtered, paginated listing (news, publications, and later events
and the example bank): a django-filter FilterSet that never fails the page, pagination that
never 404s, the canonical-address rule, and card prefetching. See docs/listings.md."""

from .cards import with_images
from .filters import ListingChoiceFilter, ListingFilterSet
from .page import ListingPageMixin
from .pagination import paginate

__all__ = [
    "ListingChoiceFilter",
    "ListingFilterSet",
    "ListingPageMixin",
    "paginate",
    "with_images",
]
