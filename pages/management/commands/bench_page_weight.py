"""What a visitor's phone downloads on a first visit to each page type:
`manage.py bench_page_weight --base http://127.0.0.1:8000`.

Opens one live page of every page type (the first published page of each model, plus an example,
the search results and the 404 page) in Debian's Chromium at 390 px with an empty cache, waits
until the network is idle and prints the requests and the bytes transferred (headers and
bodies as sent: compressed where the server compresses). Point it at the production set-up
(gunicorn with WhiteNoise) for the real numbers; the dev server compresses nothing. Needs
Playwright (a dev requirement) and Chromium (docs/page-weight.md).
"""

from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.db.models import Min

from wagtail.models import Page

CHROMIUM = "/usr/bin/chromium"
EXTRA_PATHS = {
    "sökresultat": "/sok/?q=innovation",
    "sidan finns inte (404)": "/finns-inte/",
}


def page_type_paths():
    """{page type: path} for the first live page of each type; for a page that serves pages of
    its own (the example bank's examples), the first of those from its sitemap entries; then
    the extra addresses."""
    first = (
        Page.objects.live()
        .exclude(depth=1)
        .values("content_type")
        .annotate(first=Min("path"))
        .values_list("first", flat=True)
    )
    paths = {}
    for page in Page.objects.filter(path__in=list(first)).specific().order_by("path"):
        name = str(page._meta.verbose_name)
        paths[name] = page.url
        served = [entry["location"] for entry in page.get_sitemap_urls()[1:]]
        if served:
            paths[f"{name}: undersida"] = urlsplit(served[0]).path
    return {**paths, **EXTRA_PATHS}


class Command(BaseCommand):
    help = "Mät hur mycket varje sidtyp överför vid ett första besök i mobilen (390 px)."

    def add_arguments(self, parser):
        parser.add_argument("--base", default="http://127.0.0.1:8000")
        parser.add_argument("--width", type=int, default=390)

    def handle(self, *args, base, width, **options):
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as error:
            raise CommandError("Playwright saknas: installera requirements-dev.lock.") from error
        paths = page_type_paths()
        self.stdout.write(f"{'sidtyp':<32} {'anrop':>5} {'kB':>7}  adress")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM)
            for name, path in paths.items():
                count, size = self.measure(browser, base.rstrip("/") + path, width)
                self.stdout.write(f"{name:<32} {count:>5} {size / 1024:>7.1f}  {path}")
            browser.close()

    def measure(self, browser, url, width):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        finished = []
        page.on("requestfinished", lambda request: finished.append(request))
        page.goto(url, wait_until="networkidle")
        size = 0
        for request in finished:
            sizes = request.sizes()
            size += sizes["responseHeadersSize"] + sizes["responseBodySize"]
        context.close()
        return len(finished), size
