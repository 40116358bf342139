from django.apps import apps

from pages.page_cache.recorder import depends_on, recording

from .pagination import paginate


class ListingPageMixin:
    """An index page whose items are filtered by a GET form and paginated.

    Subclasses give `item_model` ("app.Model": its verbose names give "1 nyhet", "12 nyheter"),
    `filterset_class` (a ListingFilterSet) and `listing_queryset()` (the unfiltered items,
    ordered), and may override `card_queryset()` (prefetching for the cards) and
    `prepare_items()`. Their templates extend `pages/listing_page.html`.
    """

    per_page = 12
    item_model = None
    filterset_class = None

    def listing_queryset(self):
        raise NotImplementedError

    def card_queryset(self, queryset):
        return queryset

    def prepare_items(self, items):
        return items

    def listing_suffix(self):
        """The path below the page at which this listing lives ("" for the page itself; an
        archive route may answer at e.g. "tidigare/")."""
        return ""

    def get_filterset(self, request):
        """The filter set, its form built, noting what its choices were read from: the filter
        form is kept for everyone until one of those changes (`listing_tags.filter_form`)."""
        with recording() as read:
            filterset = self.filterset_class(
                request.GET, self.listing_queryset(), request=request, index=self
            )
            filterset.form  # noqa: B018  built here, so its choices are recorded
        depends_on(*read)
        filterset.choices_read = read
        return filterset

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filterset = self.get_filterset(request)
        page_obj = paginate(request, self.card_queryset(filterset.qs), self.per_page)
        page_obj.object_list = self.prepare_items(list(page_obj.object_list))
        item_meta = apps.get_model(self.item_model)._meta
        context.update(
            filter_form=filterset,
            page_obj=page_obj,
            items=page_obj.object_list,
            item_name=item_meta.verbose_name,
            item_name_plural=item_meta.verbose_name_plural,
            listing_url=self.get_url(request) + self.listing_suffix(),
        )
        canonical = self.listing_canonical_url(request, page_obj, filterset)
        if canonical:
            context["canonical_url"] = canonical
        return context

    def listing_canonical_url(self, request, page_obj, filterset):
        """Each page of the unfiltered listing is its own canonical address; a filtered view
        (any page of it) points to the unfiltered listing, whose page N lists other items."""
        suffix = self.listing_suffix()
        base = self.get_full_url(request) + suffix
        if filterset.values or page_obj.number == 1:
            return base if suffix else None  # base.html falls back to the page's own address
        return f"{base}?page={page_obj.number}"
