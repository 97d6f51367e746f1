"""Search recall helpers: the text a reader sees on each initiative page, the terms to look for, and
the Python mirror of theme/static/search.js (tests/render/test_search.py and tests/browser/test_build_browser.py)."""

from __future__ import annotations

import json
import random
import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from builder.model import Initiative
from builder.render.search import normalize, query
from tests.support.fixture_site import INITIATIVES

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
    def load(path: str) -> bytes:
        return (site / "search" / path).read_bytes()

    return load


def python_ids(site: Path, text: str) -> list[int]:
    """Document ids of the results of `text`, best first (search.js puts them in data-ids)."""
    return query(loader(site), text)


def python_search(site: Path, text: str) -> list[str]:
    """URLs of the results of `text`, best first, as search.js lists them."""
    load = loader(site)
    return [json.loads(load(f"r/{doc_id}.json"))[0] for doc_id in query(load, text)]


def expected_pages(pages: dict[str, list[str]], term: str) -> tuple[set[str], set[str]]:
    """(pages that certainly show the term inside one text node, pages whose whole text could contain it)."""
    needle = normalize(term)
    strict = {url for url, nodes in pages.items() if any(needle in normalize(n) for n in nodes)}
    loose = {url for url, nodes in pages.items() if needle in normalize("".join(nodes))}
    return strict, loose
