"""The page-types report names the last edited page of every type, wherever it is: for the
national office only. Its menu item is hidden from others and its URLs are shadowed in
msi_site/urls.py."""

from django.core.exceptions import PermissionDenied

from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView

from .area import sees_everything


class NationalOnlyMixin:
    def dispatch(self, request, *args, **kwargs):
        if not sees_everything(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ScopedPageTypesUsageReportView(NationalOnlyMixin, PageTypesUsageReportView):
    pass


def hide_national_reports(request, menu_items):
    if not sees_everything(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "page-types-usage"]
