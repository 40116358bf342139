"""Uploaded images served by the app itself, for a deployment with one container.

Whitenoise serves only files that exist when the app starts, so uploads need their own answer.
With one container (media on a local volume) the app serves image files here: originals and
renditions only, GET and HEAD only, with a day's caching. Documents are never served from
/media/: they go through Wagtail's document view, which checks privacy and collections. With
several containers media lives in S3-compatible storage and this view is off (docs/deployment.md).
"""

from pathlib import PurePosixPath

from django.conf import settings
from django.http import Http404
from django.views.decorators.http import require_safe
from django.views.static import serve

IMAGE_FOLDERS = ("original_images/", "images/")
CACHE_CONTROL = "public, max-age=86400"


@require_safe
def serve_image(request, path):
    if ".." in PurePosixPath(path).parts or not path.startswith(IMAGE_FOLDERS):
        raise Http404  # "images/../documents/…" must not reach a document
    response = serve(request, path, document_root=settings.MEDIA_ROOT)  # refuses "..", no index
    response["Cache-Control"] = CACHE_CONTROL
    return response
