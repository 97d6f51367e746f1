"""Search result snippets come from the article's own text, never from the page's labels, theme chips and
figures (issue 15: "communities 网格化治理Grid-based governance 红色物业…" was shown as a snippet)."""

from __future__ import annotations

import json
from pathlib import Path

from builder.content.loader import load_vocabulary
from builder.render.searchdocs import html_text
from tests.support.fixture_site import INITIATIVES, THEMES

CHROME = ("主题Themes", "做法Practices", "数据Figures", "来源Source", "关键词Keywords", "指标 Indicator")


def results(site: Path) -> list[list[str]]:
    """Every r/<id>.json of a built site: [url, title, meta, snippet text]."""
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((site / "search" / "r").glob("*.json"))]


def chrome_in(text: str, glosses: list[str]) -> list[str]:
    return [label for label in (*CHROME, *glosses) if label in text]


def test_the_snippet_text_is_the_article_body(fixture_site: Path) -> None:
    found = results(fixture_site)
    assert len(found) == len(INITIATIVES)
    glosses = [f"{zh}{en}" for _slug, zh, en in THEMES]
    for url, _title, _meta, text in found:
        assert chrome_in(text, glosses) == [], url
        page = (fixture_site / url / "index.html").read_text(encoding="utf-8")
        body = page[page.index('<section class="body"') :]
        assert text[:30] in html_text(body), url


def test_the_committed_content_has_no_chrome_in_its_snippets(content_site: Path) -> None:
    vocab = load_vocabulary(Path(__file__).parents[2] / "content")
    glosses = [f"{t.zh}{t.en}" for t in vocab.themes.values()]
    found = results(content_site)
    assert found
    assert [url for url, _t, _m, text in found if chrome_in(text, glosses)] == []
