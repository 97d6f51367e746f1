"""Search recall: for every term drawn from the content, every initiative page that shows the term is found.

The ground truth is the built HTML itself (the text of each initiative's <article>), not the index's own
input, so a term that a reader can see on a page must be found by the search. The Python `query` mirrors
theme/static/search.js; tests/browser/test_build_browser.py runs the same terms through the real JS.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from builder.model import Initiative
from builder.render.search import SearchDoc, _decimal_list, bigrams, build_search_files, normalize, query
from tests.support.fixture_site import INITIATIVES
from tests.support.search_recall import expected_pages, page_nodes, python_search, recall_terms


@pytest.fixture
def site(fixture_site: Path) -> Path:
    """The fixture content built once per run."""
    return fixture_site


def test_recall_for_terms_drawn_from_the_content(site: Path) -> None:
    pages = page_nodes(site)
    terms = recall_terms(site)
    assert len(terms) >= 50
    checked = 0
    for term in terms:
        strict, loose = expected_pages(pages, term)
        found = set(python_search(site, term))
        assert strict <= found, f"{term!r}: missed {sorted(strict - found)}"
        assert found <= loose | strict, f"{term!r}: wrong hits {sorted(found - loose)}"
        checked += bool(strict)
    assert checked >= 50, "most terms occur on at least one page"


def test_every_initiative_is_findable_by_its_title(site: Path) -> None:
    for item in INITIATIVES:
        assert python_search(site, item.title)[0] == f"initiatives/{item.slug}/"


def test_queries_fold_width_and_case_and_need_every_term(site: Path) -> None:
    assert set(python_search(site, "ＧＲＩＤ-BASED")) == set(python_search(site, "grid-based"))
    both = set(python_search(site, "网格员 双报到"))
    assert both == set(python_search(site, "网格员")) & set(python_search(site, "双报到"))
    assert python_search(site, "   ") == []
    assert python_search(site, "不存在的词语组合") == []


def test_single_character_terms_scan_the_texts(site: Path) -> None:
    pages = page_nodes(site)
    strict, _ = expected_pages(pages, "妈")
    assert strict and set(python_search(site, "妈")) == strict


def test_index_files_are_small_and_sharded() -> None:
    docs = [SearchDoc(f"initiatives/d{i}/", f"标题{i}", "", f"第{i}篇 网格员{i} 楼栋长") for i in range(250)]
    files = dict(build_search_files(docs))
    meta = json.loads(files["meta.json"])
    assert meta["docs"] == 250
    assert {f"d/{n}.json" for n in range(3)} <= set(files)
    assert sum(1 for name in files if name.startswith("b/")) == meta["shards"]
    load = lambda path: json.loads(files[path])  # noqa: E731
    assert query(load, "网格员1")[:1] == [1]
    assert len(query(load, "楼栋长")) == 250


def test_posting_lists_are_written_as_decimals_with_offsets_at_the_marks() -> None:
    import numpy as np

    rng = random.Random(7)
    values = np.array([rng.choice([0, 7, 10, 99, 100, 12345, 4_000_000]) for _ in range(1000)], np.int32)
    marks = np.array([*sorted({0, 1, 63, 64, 65, 500, 999} | {rng.randrange(1000) for _ in range(50)}), 1000])
    text, offsets = _decimal_list(values, marks, block=64)  # marks fall on, before and after block edges
    assert text == "".join(f"{v}," for v in values.tolist()).encode()
    expected = [len("".join(f"{v}," for v in values[:m].tolist())) for m in marks.tolist()]
    assert offsets == expected


def test_bigrams_do_not_span_spaces() -> None:
    assert bigrams("网格 员a") == {"网格", "员a"}
    assert normalize("ＡＢＣ　ｄ") == "abc d"


def test_recall_on_the_committed_content(content_site: Path, committed: list[Initiative]) -> None:
    site = content_site
    pages = page_nodes(site)
    terms = recall_terms(site, extra=60, items=committed)
    assert len(terms) >= 50
    for term in terms:
        strict, loose = expected_pages(pages, term)
        found = set(python_search(site, term))
        assert strict <= found, f"{term!r}: missed {sorted(strict - found)}"
        assert found <= loose | strict, f"{term!r}: wrong hits {sorted(found - loose)}"
