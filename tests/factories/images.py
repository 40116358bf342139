"""A real image in the image model, for tests that need one."""

import io

from django.core.files.images import ImageFile

from wagtail.images import get_image_model


def make_image(number=1, size=(64, 36), format="PNG"):
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, (number * 5 % 255, 80, 99)).save(buffer, format)
    extension = format.lower()
    return get_image_model().objects.create(
        title=f"Bild {number}", file=ImageFile(buffer, name=f"bild-{number}.{extension}")
    )
