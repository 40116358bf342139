from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from msi_site import media
from nodes.admin_scope.chooser import ScopedBrowseView
from nodes.admin_scope.reports import ScopedPageTypesUsageReportView
from pages import views as page_views

handler500 = "msi_site.errors.server_error"

# Admin views that would show a node editor titles outside their area, answered by scoped
# subclasses first (nodes/admin_scope/; docs/node-permissions.md).
admin_shadows = [
    path(
        "admin/choose-page/<int:parent_page_id>/",
        require_admin_access(ScopedBrowseView.as_view()),
    ),
    path(
        "admin/reports/page-types-usage/",
        require_admin_access(ScopedPageTypesUsageReportView.as_view()),
    ),
    path(
        "admin/reports/page-types-usage/results/",
        require_admin_access(ScopedPageTypesUsageReportView.as_view(results_only=True)),
    ),
]

urlpatterns = [
    *admin_shadows,
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("dokument/", include(wagtaildocs_urls)),
    path("sok/", page_views.search, name="search"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", page_views.security_txt, name="security_txt"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.SERVE_MEDIA_FROM_APP:  # one container; off with S3 storage (docs/deployment.md)
    urlpatterns += [
        re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.+)$", media.serve_image),
    ]

urlpatterns += [
    # Calendar files (news EventIndexPage) and the example bank's exports keep their .ics,
    # .csv or .json name without a trailing slash.
    re_path(r"^((?:[\w\-]+/)+[\w\-]+\.(?:ics|csv|json))$", wagtail_views.serve, name="data_file"),
    path("", include(wagtail_urls)),
]
