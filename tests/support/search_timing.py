"""How fast one search answers in Chromium, and what it fetches: the slow scale test (tests/browser/test_scale.py)
and the bench (bench/search_speed.py) measure a query with `measure_query`.

Times are taken in the page, from the submit event to the first screen of results on the page (search.js sets
data-count then) and to the whole first page (data-shown), so that the test driver's own round trips do not
count. The site is served in a process of its own (tests/support/static_server.py).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from tests.support.search_fetch import FIRST_PAGE

# Records, in the page, when the query is submitted, when its first screen is shown (data-count) and painted
# (the next animation frame) and when its first page is complete (data-shown).
_WATCH = """() => {
  const ol = document.getElementById('search-results');
  const marks = window.__searchMarks = {submit: null, first: null, painted: null, page: null};
  ol.removeAttribute('data-count');
  performance.clearResourceTimings();
  window.addEventListener('submit', (event) => { marks.submit = performance.now(); }, true);
  new MutationObserver(() => {
    if (marks.submit === null) return;
    if (marks.first === null && ol.hasAttribute('data-count')) {
      marks.first = performance.now();
      requestAnimationFrame(() => { marks.painted = performance.now(); });
    }
    const count = Number(ol.dataset.count), shown = Number(ol.dataset.shown || 0);
    if (marks.page === null && ol.hasAttribute('data-count') && shown >= Math.min(count, FIRST_PAGE)) {
      marks.page = performance.now();
    }
  }).observe(ol, {attributes: true, childList: true});
}""".replace("FIRST_PAGE", str(FIRST_PAGE))

_RESULT = """() => {
  const m = window.__searchMarks;
  const entries = performance.getEntriesByType('resource');
  return {
    first: m.painted - m.submit, page: m.page - m.submit,
    query: entries.reduce((sum, e) => sum + e.encodedBodySize, 0),
    ids: document.getElementById('search-results').dataset.ids,
  };
}"""

_PAGE_BYTES = """() => [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
  .reduce((sum, e) => sum + e.encodedBodySize, 0)"""


@dataclass(frozen=True)
class QueryRun:
    terms: str
    page_bytes: int  # the search page with its CSS, script and what it fetches on load
    query_bytes: int  # what the query fetched until its first page of results was complete
    first_ms: float  # submit -> the first screen of results painted
    page_ms: float  # submit -> the whole first page of results on the page
    ids: list[int]  # data-ids: every result, best first


def measure_query(browser: Any, base: str, terms: str, typed: bool = True) -> QueryRun:
    """One query with a cold cache (a fresh browser context). `typed`: the terms are typed into the box (its
    input event lets search.js prepare the query before Enter), else set without any event, so that all of
    the query's work starts at the submit."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(base + "search/")
        page.wait_for_selector("#search-results[data-count]", state="attached")
        page.wait_for_load_state("networkidle")  # what search.js fetches on load (meta.json, lengths.bin)
        page_bytes = int(page.evaluate(_PAGE_BYTES))
        page.evaluate(_WATCH)
        if typed:
            page.fill("#search-q", terms)
        else:
            page.evaluate("terms => { document.getElementById('search-q').value = terms; }", terms)
        page.click("#search-form button")
        page.wait_for_selector("#search-results[data-count]", state="attached")
        count = int(page.get_attribute("#search-results", "data-count") or "0")
        page.wait_for_selector(f"#search-results[data-shown='{min(count, FIRST_PAGE)}']", state="attached")
        page.wait_for_timeout(50)  # the painted mark is set on the next animation frame
        got = page.evaluate(_RESULT)
    finally:
        context.close()
    ids = [int(i) for i in (got["ids"] or "").split()]
    return QueryRun(terms, page_bytes, int(got["query"]), got["first"], got["page"], ids)


def median_ms(runs: list[QueryRun]) -> float:
    """The median time to the first screen of results of several runs."""
    return statistics.median(run.first_ms for run in runs)
