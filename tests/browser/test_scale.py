"""Scale for readers (issue 17), at N=2 000 initiatives from bench/make_corpus.py: no HTML page over 300 KB, every
list complete across its pages, and one search query fetching at most 300 KB: counted from the index format in
Python (tests/support/search_fetch.py) and, when Chromium is installed, as the bytes the browser received.
"""

from __future__ import annotations

import functools
import http.server
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from builder.commands.build import run_build
from tests.support.repo import ROOT
from tests.support.search_fetch import fetched_bytes
from tests.support.search_recall import python_ids

pytestmark = pytest.mark.slow

N = 2000
MAX_PAGE = 300_000  # bytes of one HTML page
MAX_QUERY = 300_000  # bytes one search query fetches
QUERIES = ["网格", "红色物业", "双报到", "志愿服务"]


@pytest.fixture(scope="module")
def big_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("scale")
    corpus = root / "content"
    command = [sys.executable, str(ROOT / "bench" / "make_corpus.py"), str(N), str(corpus)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, timeout=900)
    site = root / "site"
    assert run_build(corpus, site, quiet=True) == 0
    return site


def test_no_html_page_is_over_300_kb(big_site: Path) -> None:
    sizes = sorted((p.stat().st_size, p.relative_to(big_site).as_posix()) for p in big_site.rglob("*.html"))
    assert sizes[-1][0] <= MAX_PAGE, f"largest pages: {sizes[-5:]}"


def test_every_initiative_is_listed_once_across_the_pages_of_all_initiatives(big_site: Path) -> None:
    pages = [
        big_site / "initiatives" / "index.html",
        *sorted((big_site / "initiatives" / "page").glob("*/index.html")),
    ]
    assert len(pages) > 1
    listed = [
        slug
        for page in pages
        for slug in set(
            re.findall(r'href="(?:\.\./)+initiatives/([a-z0-9-]+)/"', page.read_text(encoding="utf-8"))
        )
    ]
    assert len(listed) == len(set(listed)) == N
    sitemap = (big_site / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"initiatives/page/{n}/</loc>" in sitemap for n in range(2, len(pages) + 1))


@pytest.mark.parametrize("terms", QUERIES)
def test_a_query_fetches_at_most_300_kb_computed_from_the_index(big_site: Path, terms: str) -> None:
    assert python_ids(big_site, terms), terms
    assert fetched_bytes(big_site, terms) <= MAX_QUERY


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def served_big(big_site: Path) -> Iterator[str]:
    handler = functools.partial(_Quiet, directory=str(big_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def test_a_query_fetches_at_most_300_kb_in_chromium(served_big: str, big_site: Path, chromium: Any) -> None:
    report = []
    for terms in QUERIES:
        context = chromium.new_context()  # a cold cache for every query
        page = context.new_page()
        received: list[int] = []
        page.on(
            "requestfinished",
            lambda request, got=received: got.append(request.sizes()["responseBodySize"]),
        )
        page.goto(served_big + "search/")
        page.wait_for_selector("#search-results[data-count]", state="attached")
        before = sum(received)
        page.fill("#search-q", terms)
        page.evaluate("document.getElementById('search-results').removeAttribute('data-count')")
        start = time.perf_counter()
        page.click("#search-form button")
        page.wait_for_selector("#search-results[data-count]", state="attached")
        elapsed = time.perf_counter() - start
        ids = page.eval_on_selector("#search-results", "ol => ol.dataset.ids")
        assert [int(i) for i in ids.split()] == python_ids(big_site, terms), terms
        report.append((terms, sum(received) - before, sum(received), round(elapsed * 1000)))
        context.close()
    print("query, bytes of the query, bytes with the page, ms:", report)
    for terms, query_bytes, total, _ in report:
        assert total <= MAX_QUERY, (terms, query_bytes, total)
