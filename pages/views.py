"""Site-wide views that are not pages: search, robots.txt, security.txt, health check."""

from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Site

from .forms import SearchForm
from .search_groups import GroupResults, registered_search_groups, search_group_for_slug
from .search_statements import first_ids

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_GROUP_PREVIEW = 5


@require_safe
def search(request):
    """Hits grouped by type (pages/search_groups.py): every group with hits and its first
    few, or with ?typ=<slug> one group, paginated. An unknown type shows every group."""
    form = SearchForm(request.GET)
    query = form.cleaned_query()
    search_query = form.search_query()
    groups = registered_search_groups()
    slug = form.group_slug()
    chosen_group = search_group_for_slug(slug, groups)
    context = {
        "form": form,
        "query": query,
        "query_params": urlencode({"q": query}),
        "max_length": settings.SEARCH_QUERY_MAX_LENGTH,
        "unknown_type": bool(slug) and chosen_group is None,
        "search_trail": search_trail(request),
    }
    if query:
        context.update(grouped_results(request, query, search_query, groups, chosen_group))
    return render(request, "pages/search.html", context)


def search_trail(request):
    """The breadcrumb trail above the search page: the site's home page."""
    site = Site.find_for_request(request)
    return [site.root_page] if site else []


def grouped_results(request, query, search_query, groups, chosen_group):
    """The template's results: the groups with hits (`groups`, for the navigation), the
    groups `shown` with their hits, and the `chosen` one, if any. Nothing counts every hit:
    each group is one query for its first few (or one for "are there any", beside a chosen
    group), and only the chosen group is counted, for its pages."""
    all_results = [GroupResults(group, query, search_query, request) for group in groups]
    chosen = next((results for results in all_results if results.group is chosen_group), None)
    if chosen is None:
        ids = first_ids(groups, search_query, SEARCH_GROUP_PREVIEW + 1)
        shown = [
            results
            for results in all_results
            if results.preview(SEARCH_GROUP_PREVIEW, ids.get(results.group.key))
        ]
        with_hits = shown
    else:
        chosen.paginate(request, SEARCH_RESULTS_PER_PAGE)
        shown = [chosen]
        others = [group for group in groups if group is not chosen_group]
        ids = first_ids(others, search_query, 1)
        with_hits = [
            results
            for results in all_results
            if results is chosen or results.any_hit(ids.get(results.group.key))
        ]
    any_hits = bool(shown) if chosen is None else bool(chosen.count) or len(with_hits) > 1
    return {"any_hits": any_hits, "groups": with_hits, "shown": shown, "chosen": chosen}


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
