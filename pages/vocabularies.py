"""The small taxonomies (themes, sectors, stages, goals…) as lists every process shares until
a term changes (pages/page_cache/memo.py): filters, feeds and example pages read them on
every request."""

from .page_cache.memo import remembered


def terms(model):
    """Every term of `model`, in its own order."""
    return remembered(f"vocabulary:{model._meta.label_lower}", lambda: list(model.objects.all()))


def term_by_slug(model, slug):
    return next((term for term in terms(model) if term.slug == slug), None) if slug else None
