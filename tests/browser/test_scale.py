"""Scale for readers (issue 17), at N=2 000 initiatives from bench/make_corpus.py: no HTML page over 300 KB, every
list complete across its pages, and one search query fetching at most 300 KB: counted from the index format in
Python (tests/support/search_fetch.py) and, when Chromium is installed, as the bytes the browser received; and
its first screen of results painted fast (the median of several cold runs, timed in the page).
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from builder.commands.build import run_build
from tests.support.repo import ROOT
from tests.support.search_fetch import fetched_bytes
from tests.support.search_recall import python_ids
from tests.support.search_timing import measure_query, median_ms
from tests.support.static_server import served

pytestmark = pytest.mark.slow

N = 2000
MAX_PAGE = 300_000  # bytes of one HTML page
MAX_QUERY = 300_000  # bytes one search query fetches
# The median of RUNS cold runs of a query, from the submit to its first screen of results painted, in the page.
# Typed as a reader types it: 500 ms, the aim of issue 17 (measured medians 27-54 ms at N=2 000 and 10 000
# with the machine loaded, load average 8-11 on 2 cores: a margin of 9x for a loaded CI machine). Set
# without an input event, so that nothing is prepared before the submit: 1 000 ms (measured medians
# 78-131 ms, the slowest single run 430 ms: the median of three and a margin of 7x keep a loaded machine
# from failing it).
RUNS = 3
MAX_FIRST_SCREEN_MS = 500
MAX_FIRST_SCREEN_MS_UNPREPARED = 1_000
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


@pytest.fixture(scope="module")
def served_big(big_site: Path) -> Iterator[str]:
    with served(big_site) as base:
        yield base


def test_a_query_fetches_at_most_300_kb_and_shows_its_first_results_fast_in_chromium(
    served_big: str, big_site: Path, chromium: Any
) -> None:
    """Every query RUNS times with a cold cache, typed (search.js prepares the query from the input event)
    and set without an event (all its work after the submit): its bytes, and the median time to the first
    screen of results painted, timed in the page (tests/support/search_timing.py)."""
    report = []
    for terms in QUERIES:
        for typed in (True, False):
            runs = [measure_query(chromium, served_big, terms, typed) for _ in range(RUNS)]
            for run in runs:
                assert run.ids == python_ids(big_site, terms), terms
                assert run.page_bytes + run.query_bytes <= MAX_QUERY, (terms, run)
            report.append((terms, typed, runs[0].query_bytes, [round(run.first_ms) for run in runs]))
            limit = MAX_FIRST_SCREEN_MS if typed else MAX_FIRST_SCREEN_MS_UNPREPARED
            assert median_ms(runs) <= limit, (terms, typed, [run.first_ms for run in runs])
    print("query, typed, bytes of the query, ms to the first screen:", report)
