from django.db.models import Prefetch

from wagtail.images import get_image_model


def with_images(queryset, field="image"):
    """Items with their image and every rendition of it: two queries in all, however many."""
    images = get_image_model().objects.prefetch_renditions()
    return queryset.prefetch_related(Prefetch(field, queryset=images))
