"""The admin API (`/admin/api/main/images|documents/`) lists every image and document, with
titles and file names. Re-registered (after Wagtail's own, hook order 100) to list only what
the user may choose or change: their own collections and the shared one."""

from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry

MEDIA_ACTIONS = ["choose", "change"]


class ScopedMediaMixin:
    def get_queryset(self):
        policy = policy_registry.get_by_type(self.model)
        allowed = policy.instances_user_has_any_permission_for(self.request.user, MEDIA_ACTIONS)
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class ScopedImagesAPIViewSet(ScopedMediaMixin, ImagesAdminAPIViewSet):
    pass


class ScopedDocumentsAPIViewSet(ScopedMediaMixin, DocumentsAdminAPIViewSet):
    pass


def register_scoped_media_endpoints(router):
    router.register_endpoint("images", ScopedImagesAPIViewSet)
    router.register_endpoint("documents", ScopedDocumentsAPIViewSet)
