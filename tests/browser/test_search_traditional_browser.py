"""The search of a built site in real Chromium finds an article printed in Traditional characters by its
simplified words and a simplified one by Traditional words (issue 14), as Python's query does, and highlights
the words as printed; search.js folds with search/fold.txt, checked here on every pair of it (each printed
character, in runs, searched as printed and as read). A screenshot at 390 px goes to
tests/artifacts/screenshots/search-traditional-390.png. Slow (Chromium). Invented text only."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from builder.render.search import fold_pairs
from tests.support import static_server
from tests.support.fixture_site import INITIATIVES, build_site, write_content
from tests.support.search_recall import python_ids

pytestmark = pytest.mark.slow

SCREENSHOTS = Path(__file__).parents[1] / "artifacts" / "screenshots"
RUN = 60  # characters of fold.txt searched at once


def _article(slug: str, title: str, body: str) -> object:
    return dataclasses.replace(
        INITIATIVES[0], slug=slug, title=title, body=body, summary="", practices=[], metrics=[], keywords=[]
    )


def _runs() -> list[str]:
    """Every printed character of fold.txt whose reading is not itself folded (薴 -> 苧 -> 苎 is searched as
    printed only), in runs of RUN."""
    printed = {code for code, _ in fold_pairs()}
    chars = "".join(chr(code) for code, read in fold_pairs() if read not in printed)
    return [chars[i : i + RUN] for i in range(0, len(chars), RUN)]


TRADITIONAL = _article(
    "traditional-party-members",
    "社區黨員帶頭：“雙報到”服務進小區",
    "香港文匯報訊（記者 林曉）社區黨員帶頭開展“雙報到”服務，居民議事會每月召開一次，收集群眾訴求。\n\n"
    "截至目前，轄區黨員認領微心願120個，協調解決停車難、加裝電梯等問題。\n",
)
SIMPLIFIED = _article(
    "simplified-party-members",
    "楼道议事会：党员志愿者上门听意见",
    "本报讯 楼道议事会由党员志愿者牵头，开展“双报到”，每周上门听取居民意见。\n",
)
PAIRS = _article("fold-pairs", "字表", "\n\n".join(_runs()) + "\n")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("search-traditional")
    content = write_content(root / "content", [*INITIATIVES, TRADITIONAL, SIMPLIFIED, PAIRS])
    site = build_site(content, root / "site")
    with static_server.served(site) as base:
        yield base, site


def _results(page, term: str) -> tuple[list[int], list[tuple[str, str | None]]]:
    """The ids search.js found for `term` and, per result shown, its URL and the text of its first <mark>."""
    page.evaluate("document.getElementById('search-results').removeAttribute('data-count')")
    page.fill("#search-q", term)
    page.click("#search-form button")
    page.wait_for_selector("#search-results[data-count]", state="attached")
    ids = [int(i) for i in page.eval_on_selector("#search-results", "ol => ol.dataset.ids").split()]
    page.wait_for_selector(f"#search-results[data-shown='{min(len(ids), 10)}']", state="attached")
    shown = page.eval_on_selector_all(
        "#search-results li",
        "items => items.map(li => [li.dataset.url, (li.querySelector('mark') || {}).textContent || null])",
    )
    return ids, [tuple(row) for row in shown]


def test_traditional_and_simplified_words_find_each_other(served: tuple[str, Path], chromium) -> None:
    base, site = served
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))  # CSP violations too
    page.goto(base + "search/")
    traditional, simplified = (
        "initiatives/traditional-party-members/",
        "initiatives/simplified-party-members/",
    )
    for term in ("党员", "黨員", "雙報到", "议事会"):
        ids, shown = _results(page, term)
        assert ids == python_ids(site, term), term
        marks = dict(shown)
        assert {traditional, simplified} <= set(marks), term
        assert marks[traditional] in ("黨員", "雙報到", "議事會"), term  # the words as printed
    ids, shown = _results(page, "党员")
    assert dict(shown)[simplified] == "党员"
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.goto(base + "search/?q=" + quote("党员"))
    page.wait_for_selector("#search-results[data-count]", state="attached")
    page.screenshot(path=str(SCREENSHOTS / "search-traditional-390.png"), full_page=True)
    context.close()
    assert errors == []


def test_search_js_folds_every_pair_of_fold_txt_as_python_does(served: tuple[str, Path], chromium) -> None:
    """Each run of printed characters, searched as printed and as read, finds the page holding it, in
    Chromium as in Python, and its snippet marks the run as printed."""
    base, site = served
    page = chromium.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(base + "search/")
    fold = dict(fold_pairs())
    for run in _runs():
        for term in (run, "".join(chr(fold[ord(char)]) for char in run)):
            ids, shown = _results(page, term)
            assert ids == python_ids(site, term) and len(ids) == 1, run
            assert shown == [("initiatives/fold-pairs/", run)], run
    page.close()
    assert errors == []
