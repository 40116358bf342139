"""The benchmark's own parts (bench/__main__.py, docs/benchmark.md): wrk's output read right
from a real wrk run, and the table's share of the ceiling."""

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest

from bench.__main__ import table, wrk
from tests.conftest import require


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def static_server(tmp_path):
    (tmp_path / "page.html").write_text("<p>Hej</p>" * 100)
    handler = functools.partial(Quiet, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_wrk_reports_rate_latency_and_errors(static_server):
    require(shutil.which("wrk"), "wrk is not installed (apt-get install wrk)")
    rps, requests, p50, p99, errors = wrk(f"{static_server}/page.html", 2, 1)
    assert rps > 0 and requests > 0
    assert 0 < p50 <= p99
    assert errors == 0
    *_rest, missing_errors = wrk(f"{static_server}/finns-inte.html", 1, 1)
    assert missing_errors > 0  # every answer a 404


def test_the_table_gives_each_page_as_a_share_of_its_ceiling():
    load = {"rps": 400.0, "p50": 2.0, "p99": 9.5, "errors": 0, "cpu_ms": 4.25}
    cached = {"rps": 1200.0, "p50": 0.5, "p99": 2.0, "errors": 0, "cpu_ms": 0.5}
    pages = {
        "startsida": {
            "queries": 11,
            "bytes": 23_456,
            "load": {
                "okachat": {1: load, 16: {**load, "errors": 3}},
                "cachat": {1: cached, 16: cached},
            },
            "ceiling": {"rps": 1600.0},
        }
    }
    header, _rule, row = table(pages, [1, 16]).splitlines()
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[0:4] == ["startsida", "11", "23.5", "1600"]
    assert cells[4:9] == ["400", "400", "2.0/9.5 (3 fel)", "4.2", "25.0%"]
    assert cells[9:14] == ["1200", "1200", "0.5/2.0", "0.5", "75.0%"]
    assert header.count("|") == row.count("|")
