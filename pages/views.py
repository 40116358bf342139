"""Site-wide views that are not pages: search, robots.txt, security.txt, health check."""

from datetime import timedelta

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Page

from .forms import SearchForm
from .listing.pagination import page_number

SEARCH_RESULTS_PER_PAGE = 10


@require_safe
def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_query()
    search_query = form.search_query()
    pages = Page.objects.none()
    if search_query is not None:
        pages = Page.objects.live().public().specific().search(search_query)
    results = page_number(request, Paginator(pages, SEARCH_RESULTS_PER_PAGE)) if query else None
    return render(
        request,
        "pages/search.html",
        {
            "form": form,
            "query": query,
            "query_params": urlencode({"q": query}),
            "results": results,
            "max_length": settings.SEARCH_QUERY_MAX_LENGTH,
        },
    )


@require_safe
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /sok/",
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=3600, public=True)
def security_txt(request):
    expires = (timezone.now() + timedelta(days=365)).replace(microsecond=0)
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires.isoformat()}",
        "Preferred-Languages: sv, en",
        f"Canonical: {request.build_absolute_uri(request.path)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def database_is_reachable():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return False
    return True


def database_health():
    """200 when the database answers, 503 when it does not. Served by HealthCheckMiddleware."""
    if database_is_reachable():
        response = JsonResponse({"status": "ok", "database": "ok"})
    else:
        response = JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    response["Cache-Control"] = "no-store"
    return response
