"""The home page at 390 px transfers at most 200 KB on a first visit, measured in Chromium with
an empty cache. The test server compresses nothing, so this is an upper bound: in production
WhiteNoise compresses the static files (`manage.py bench_page_weight`, docs/page-weight.md)."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db]


def test_the_home_page_transfers_at_most_200_kb_on_a_phone(browser, live_site):
    context = browser.new_context(viewport={"width": 390, "height": 900})
    page = context.new_page()
    finished = []
    page.on("requestfinished", lambda request: finished.append(request))
    page.goto(live_site + "/", wait_until="networkidle")
    sizes = [request.sizes() for request in finished]
    total = sum(size["responseHeadersSize"] + size["responseBodySize"] for size in sizes)
    context.close()
    assert len(finished) >= 3  # the page, its stylesheet and script at least
    assert total <= 200 * 1024, f"{total / 1024:.1f} KB in {len(finished)} requests"
