from wagtail.images import get_image_model


def image_with_renditions(pk):
    """The image `pk` with every rendition of it, in two queries: for a page's own image,
    whose sizes and formats would otherwise cost a query each."""
    return get_image_model().objects.prefetch_renditions().filter(pk=pk).first()


def with_images(queryset, field="image"):
    """Items with their image (joined) and every rendition of it: two queries in all, however
    many items."""
    return queryset.select_related(field).prefetch_related(f"{field}__renditions")
