"""What the news and publication indexes share: a GET filter form, pagination, card data."""

from django.apps import apps
from django.core.paginator import Paginator
from django.db.models import Prefetch

from wagtail.images import get_image_model

from pages.views import page_number


def with_card_data(queryset):
    """Articles with their images and every rendition of them, in two queries in all."""
    images = get_image_model().objects.prefetch_renditions()
    return queryset.prefetch_related(Prefetch("image", queryset=images))


class ListingPageMixin:
    """An index page whose items are filtered by a GET form and paginated.

    Subclasses give `item_model` ("app.Model" of the items, whose verbose names give the
    words "1 nyhet", "12 nyheter"), `get_filter_form(data)` (a `ListingFilterForm`) and
    `listing_queryset(form)`, and may override `prepare_items(items)`. Their templates extend
    `pages/listing_page.html`.
    """

    per_page = 12
    item_model = None

    def get_filter_form(self, data):
        raise NotImplementedError

    def listing_queryset(self, form):
        raise NotImplementedError

    def prepare_items(self, items):
        return items

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.get_filter_form(request.GET)
        page_obj = page_number(request, Paginator(self.listing_queryset(form), self.per_page))
        page_obj.object_list = self.prepare_items(list(page_obj.object_list))
        item_meta = apps.get_model(self.item_model)._meta
        context.update(
            filter_form=form,
            page_obj=page_obj,
            items=page_obj.object_list,
            item_name=item_meta.verbose_name,
            item_name_plural=item_meta.verbose_name_plural,
        )
        if page_obj.number > 1:  # each page of the unfiltered listing is its own canonical
            context["canonical_url"] = f"{self.get_full_url(request)}?page={page_obj.number}"
        return context
