"""Search recall: for every term drawn from the content, every initiative page that shows the term is found.

The ground truth is the built HTML itself (the text of each initiative's <article>), not the index's own
input, so a term that a reader can see on a page must be found by the search. The Python `query` mirrors
theme/static/search.js; tests/browser/test_build_browser.py runs the same terms through the real JS.
"""

from __future__ import annotations

import json
import random
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest

import builder.render.site as site_stage
from builder.commands.build import run_build
from builder.content.loader import load_content
from builder.model import Initiative
from builder.render.search import SearchDoc, _decimal_list, bigrams, build_search_files, normalize, query
from tests.render.test_build_fixture import INITIATIVES, fake_related, write_content

ORDINARY = [
    "近年来", "网格", "党组织", "居民", "服务", "群众", "社区", "治理", "志愿", "物业", "调解", "就业",
    "老旧小区", "停车难", "快递员", "外卖骑手", "12345", "96.4%", "楼栋长", "议事", "积分", "小程序",
    "减负", "考核", "报表", "新市民", "党建引领", "2,399", "约 3,600", "Grid-based", "grid-based",
    "<script>", "&", "alert(", "“红蜂驿站”", "县级", "社区村", "图：", "通讯员", "本报记者",
]  # fmt: skip


class _ArticleText(HTMLParser):
    """Text nodes inside <article>, as a list (so a term never spans two nodes)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.nodes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.depth += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth > 0:
            self.nodes.append(data)


def article_nodes(html: str) -> list[str]:
    parser = _ArticleText()
    parser.feed(html)
    return [re.sub(r"\s+", " ", n) for n in parser.nodes]


REPO_CONTENT = Path(__file__).resolve().parents[2] / "content"


def committed_initiatives() -> list[Initiative]:
    """The initiatives in the repository's content/ (empty until ingest output is committed)."""
    return [f.initiative for f in load_content(REPO_CONTENT) if f.initiative is not None]


@cache
def built_site(root: str, content_dir: str | None = None) -> Path:
    """Build the fixture (or `content_dir`) once per session (cached by folder names)."""
    base = Path(root)
    content = Path(content_dir) if content_dir else write_content(base / "content")
    original = site_stage.compute_links
    site_stage.compute_links = lambda items, data_dir=None: fake_related(items)
    try:
        assert run_build(content, base / "site", quiet=True) == 0
    finally:
        site_stage.compute_links = original
    return base / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_site(str(tmp_path_factory.mktemp("search")))


def page_nodes(site: Path) -> dict[str, list[str]]:
    """initiative url -> its article's text nodes."""
    return {
        f"initiatives/{p.parent.name}/": article_nodes(p.read_text(encoding="utf-8"))
        for p in sorted((site / "initiatives").glob("*/index.html"))
    }


def recall_terms(site: Path, extra: int = 40, items: list[Initiative] | None = None) -> list[str]:
    """Places, practices, keywords, ordinary words, and random substrings of the bodies (fixed seed)."""
    items = INITIATIVES if items is None else items
    terms: list[str] = []
    for item in items:
        terms += [n for n in (item.region.province, item.region.city, item.region.county, item.locality) if n]
        terms += item.practices + item.keywords
    terms += ORDINARY
    rng = random.Random(20240601)
    bodies = [item.body for item in items]
    while extra:
        body = rng.choice(bodies)
        size = rng.randint(2, 5)
        at = rng.randrange(0, max(1, len(body) - size))
        piece = body[at : at + size]
        if re.fullmatch(r"[\u4e00-\u9fff0-9]+", piece):
            terms.append(piece)
            extra -= 1
    return list(dict.fromkeys(terms))


@cache
def loader(site: Path):
    @cache
    def load(path: str) -> object:
        return json.loads((site / "search" / path).read_text(encoding="utf-8"))

    return load


def python_search(site: Path, text: str) -> list[str]:
    docs: dict[int, str] = {}
    load = loader(site)
    meta = load("meta.json")
    for doc_id in query(load, text):
        chunk = load(f"d/{doc_id // meta['docs_per_shard']}.json")
        docs[doc_id] = chunk[doc_id % meta["docs_per_shard"]][0]
    return list(docs.values())


def expected_pages(pages: dict[str, list[str]], term: str) -> tuple[set[str], set[str]]:
    """(pages that certainly show the term inside one text node, pages whose whole text could contain it)."""
    needle = normalize(term)
    strict = {url for url, nodes in pages.items() if any(needle in normalize(n) for n in nodes)}
    loose = {url for url, nodes in pages.items() if needle in normalize("".join(nodes))}
    return strict, loose


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


def test_recall_on_the_committed_content(tmp_path_factory: pytest.TempPathFactory) -> None:
    items = committed_initiatives()
    if not items:
        pytest.skip("no content committed yet")
    site = built_site(str(tmp_path_factory.mktemp("real")), str(REPO_CONTENT))
    pages = page_nodes(site)
    terms = recall_terms(site, extra=60, items=items)
    assert len(terms) >= 50
    for term in terms:
        strict, loose = expected_pages(pages, term)
        found = set(python_search(site, term))
        assert strict <= found, f"{term!r}: missed {sorted(strict - found)}"
        assert found <= loose | strict, f"{term!r}: wrong hits {sorted(found - loose)}"
