"""The search documents are built from the index's data, yet hold exactly the text that the initiative pages
show: the oracle is the way the search text used to be scraped out of the rendered page (between the
<!--index--> and <!--body--> markers, body first), kept here and only here."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

import pytest

from builder.content.loader import Vocabulary, load_content, load_vocabulary
from builder.model import Initiative, Metric, Region, Source
from builder.render.env import make_env
from builder.render.indexes import build_index
from builder.render.pages import SiteRenderer
from builder.render.searchdocs import html_text, search_doc
from tests.support.fixture_site import INITIATIVES, fake_related, write_content
from tests.support.repo import REPO_CONTENT

_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|bdi|code|em|i|mark|q|small|span|strong|time)\b[^>]*>", re.I)


def _visible(fragment: str) -> str:
    text = re.sub(r"<[^>]*>", " ", _INLINE_TAG.sub("", fragment))
    return re.sub(r"\s+", " ", unescape(text)).strip()


def scraped_text(html: str) -> str:
    """The text the search indexed before it was built from the data: what the page shows between
    <!--index--> and <!--/index-->, the body (<!--body-->…<!--/body-->) first."""
    start, end = html.index("<!--index-->"), html.index("<!--/index-->") + len("<!--/index-->")
    region = html[start:end]
    a, b = region.index("<!--body-->"), region.index("<!--/body-->") + len("<!--/body-->")
    return f"{_visible(region[a:b])} {_visible(region[:a] + ' ' + region[b:])}".strip()


def variants() -> list[Initiative]:
    """The fixture's initiatives and some with the parts a page may lack or fold: no region, level, date,
    summary, byline or part; more figures than the page shows unfolded; hostile text everywhere."""
    base = INITIATIVES[0]
    hostile = "<b>粗</b> &amp; “引号” <!--/index--> \u3000全角 Ａ"
    return [
        *INITIATIVES,
        dataclasses.replace(
            base,
            slug="bare",
            region=Region(),
            level=None,
            date=None,
            summary=None,
            locality=None,
            themes=[],
            practices=[],
            metrics=[],
            keywords=[],
            source=Source("bare.txt", 0),
        ),
        dataclasses.replace(
            base,
            slug="many-figures",
            subtitle="——某街道以“四张清单”推动网格减负",
            locality="某街道",
            metrics=[Metric(f"指标{i}", i, "个", i % 2 == 0, f"原文{i}" if i % 3 else "") for i in range(14)],
        ),
        dataclasses.replace(
            base,
            slug="hostile",
            title=hostile,
            summary=hostile,
            locality=hostile,
            practices=[hostile],
            keywords=[hostile, "k&k"],
            themes=["no-such-theme", *base.themes],
            source=Source("h.txt", 2, hostile),
            body=f"# {hostile}\n\n正文  \n硬换行\n\n    code <x>\n\n- 列表 *强调* `代码` [链接](https://example.org)",
        ),
    ]


@pytest.fixture(scope="module")
def renderer(tmp_path_factory: pytest.TempPathFactory) -> SiteRenderer:
    items = variants()
    vocab = load_vocabulary(write_content(tmp_path_factory.mktemp("searchdocs") / "content"))
    return SiteRenderer(build_index(items, vocab, fake_related(items)), make_env(), "/")


def test_search_documents_hold_what_the_pages_show(renderer: SiteRenderer) -> None:
    assert len(renderer.ix.entries) == len(INITIATIVES) + 3
    for slug in renderer.ix.entries:
        path, data, doc = renderer.initiative(slug)
        assert doc.text == scraped_text(data.decode("utf-8")), slug
        assert doc == search_doc(renderer.ix, renderer.ix.entries[slug])
        assert path == f"{doc.url}index.html"


def test_search_documents_without_a_vocabulary_or_related_links() -> None:
    items = variants()
    renderer = SiteRenderer(build_index(items, Vocabulary({}, {}), {}), make_env(), "/")
    for slug in renderer.ix.entries:
        _path, data, doc = renderer.initiative(slug)
        assert doc.text == scraped_text(data.decode("utf-8")), slug


def test_the_document_names_the_place_and_starts_with_the_article(renderer: SiteRenderer) -> None:
    entry = renderer.ix.entries[INITIATIVES[0].slug]
    doc = search_doc(renderer.ix, entry)
    assert doc.url == "initiatives/huimin-district-organizational-strength/"
    assert doc.meta == "内蒙古自治区 呼和浩特市 回民区"
    assert doc.text.startswith(html_text(entry.body.html)[:40])
    assert (
        "主题Themes" in doc.text
        and f"来源Source 报纸版面 {INITIATIVES[0].date} · 第 1 篇" in doc.text
        and ".txt" not in doc.text
    )
    titled = search_doc(renderer.ix, renderer.ix.entries["many-figures"])
    assert "——某街道以“四张清单”推动网格减负" in titled.text and "四张清单" in titled.head
    bare = search_doc(renderer.ix, renderer.ix.entries["bare"])
    assert bare.meta == "" and "地区未标明" in bare.text and "，第" not in bare.text


def test_html_text_drops_inline_tags_and_spaces_blocks() -> None:
    assert html_text("<p>网格<span class='en'>Grid</span></p><p>a &amp; b</p>\n<br />c") == "网格Grid a & b c"


def test_on_the_committed_content() -> None:
    """The same on the real content/ (skipped while none is committed)."""
    items = [f.initiative for f in load_content(REPO_CONTENT) if f.initiative is not None]
    if not items:
        pytest.skip("no content committed yet")
    renderer = SiteRenderer(build_index(items, load_vocabulary(REPO_CONTENT), {}), make_env(), "/")
    for slug in renderer.ix.entries:
        _path, data, doc = renderer.initiative(slug)
        assert doc.text == scraped_text(data.decode("utf-8")), slug
