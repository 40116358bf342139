"""Shared values read once per request (pages/page_cache/request_values.py): inside an
anonymous GET the shared clock is read once and each held value unpickled once, however many
callers ask; the next request gets its own copy; a value handed out again still says what it
shows; requests that may change something are left alone."""

from collections import Counter

import pytest

from django.test import Client, RequestFactory

from nodes.models import Node
from pages.page_cache import memo, request_values
from pages.page_cache import tags as versions
from pages.page_cache.recorder import recording
from pages.page_cache.request_values import RequestValuesMiddleware, one_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def unpickled(monkeypatch):
    """Counts, per key, how often a held value is unpickled."""
    counts = Counter()
    keys = {}
    hold, get = memo.hold, memo.Held.get

    def holding(key, held):
        keys[id(held)] = key
        return hold(key, held)

    def getting(held):
        if held.pickled:
            counts[keys.get(id(held), "?")] += 1
        return get(held)

    monkeypatch.setattr(memo, "hold", holding)
    monkeypatch.setattr(memo.Held, "get", getting)
    return counts


@pytest.fixture
def clock_reads(monkeypatch):
    """Counts reads of the shared clock by single `get`s (the page cache reads it with others
    through `get_many`)."""
    reads = []
    cache = versions.cache()
    get = cache.get

    def counting(key, *args, **kwargs):
        if key == versions.CLOCK:
            reads.append(key)
        return get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counting)
    return reads


def test_a_listing_unpickles_each_held_value_once(uncached, unpickled):
    client = Client()
    assert client.get("/aktuellt/nyheter/").status_code == 200  # every value held
    unpickled.clear()
    assert client.get("/aktuellt/nyheter/").status_code == 200
    nodes_key = memo.full_key("nodes-by-path")
    # the listing asks which node its pages belong to several times: one copy serves all
    assert unpickled[nodes_key] == 1
    assert max(unpickled.values()) == 1, unpickled


def test_a_request_reads_the_clock_once(uncached, clock_reads):
    client = Client()
    client.get("/aktuellt/nyheter/")
    clock_reads.clear()
    assert client.get("/aktuellt/nyheter/").status_code == 200
    assert len(clock_reads) == 1


def test_outside_a_request_every_call_reads_again(demo, unpickled, clock_reads):
    memo.remembered("test-outside", lambda: list(Node.objects.values_list("name", flat=True)))
    clock_reads.clear()
    first = memo.remembered("test-outside", list)
    second = memo.remembered("test-outside", list)
    assert first == second and first is not second
    assert unpickled[memo.full_key("test-outside")] == 2
    assert len(clock_reads) == 2


def test_each_request_gets_its_own_copy(demo):
    def compute():
        return list(Node.objects.values_list("name", flat=True))

    memo.remembered("test-copies", compute)
    with one_request():
        first = memo.remembered("test-copies", compute)
        assert memo.remembered("test-copies", compute) is first
        first.append("ändrad av en anropare")
    with one_request():
        second = memo.remembered("test-copies", compute)
    assert "ändrad av en anropare" not in second
    assert second == list(Node.objects.values_list("name", flat=True))


def test_a_value_handed_out_again_still_says_what_it_shows(demo):
    """A value used while another is computed must put its tags into that one's recording
    (the outer value is thrown away when the inner one's tables change)."""

    def nodes():
        return list(Node.objects.values_list("name", flat=True))

    memo.remembered("test-inner", nodes)
    with one_request():
        memo.remembered("test-inner", nodes)  # now among the request's values
        with recording() as shown:
            memo.remembered("test-inner", nodes)
    assert "table:nodes_node" in shown


def test_a_bump_shows_on_the_next_request(demo):
    def count():
        return Node.objects.count()

    before = Node.objects.count()
    memo.remembered("test-bumped", count)
    with one_request():
        assert memo.remembered("test-bumped", count) == before
        Node.objects.create(name="Ny nod", slug="ny-nod-i-testet")
    with one_request():
        assert memo.remembered("test-bumped", count) == before + 1


@pytest.mark.parametrize(
    ("method", "cookies", "path", "scoped"),
    [
        ("get", {}, "/aktuellt/", True),
        ("head", {}, "/aktuellt/", True),
        ("post", {}, "/aktuellt/", False),
        ("get", {"sessionid": "x"}, "/aktuellt/", False),
        ("get", {}, "/admin/pages/", False),
    ],
)
def test_only_anonymous_reads_share_values(method, cookies, path, scoped):
    seen = []

    def view(request):
        seen.append(request_values.current())
        return "svar"

    request = getattr(RequestFactory(), method)(path)
    request.COOKIES.update(cookies)
    assert RequestValuesMiddleware(view)(request) == "svar"
    assert (seen[0] is not None) is scoped
    assert request_values.current() is None  # and nothing is left behind
