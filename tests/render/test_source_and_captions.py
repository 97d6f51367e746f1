"""An initiative page names the publication and page it came from (never the internal file name), shows the
printed subtitle under the title and lists the photo captions after the article, not inside it."""

from __future__ import annotations

import csv
import dataclasses
import html
import io
import xml.etree.ElementTree as ET

from builder.content.loader import Vocabulary
from builder.model import Caption, Source
from builder.render.env import make_env
from builder.render.indexes import build_index
from builder.render.pages import SiteRenderer
from tests.render.test_searchdocs import scraped_text
from tests.support.fixture_site import INITIATIVES, build_site, write_content


def _page(tmp_path, initiative) -> str:
    content = write_content(tmp_path / "content", [initiative, *INITIATIVES[1:]])
    out = build_site(content, tmp_path / "site")
    return html.unescape((out / "initiatives" / initiative.slug / "index.html").read_text(encoding="utf-8"))


def _source_line(page: str) -> str:
    start = page.index('<footer class="source">')
    return page[start : page.index("</p>", start)]


def test_the_source_line_names_publication_and_page_and_captions_follow_the_body(tmp_path):
    first = INITIATIVES[0]
    initiative = dataclasses.replace(
        first,
        source=Source(
            first.source.file, 1, "本报讯（记者 祁晓燕）", "内蒙古日报", 2, "https://example.org/p2"
        ),
        captions=[
            Caption("图为回民区网格员入户走访。", "记者 祁晓燕 摄"),
            Caption("本组图片由回民区委组织部提供"),
        ],
    )
    page = _page(tmp_path, initiative)
    line = _source_line(page)
    assert f"内蒙古日报 {first.date} 第 2 版 · 第 1 篇 · 本报讯（记者 祁晓燕）" in line
    assert first.source.file not in page
    captions = page[page.index('<section class="captions"') :]
    assert page.index('<section class="body"') < page.index('<section class="captions"')
    assert "<li>图为回民区网格员入户走访。（记者 祁晓燕 摄）</li>" in captions
    assert "<li>本组图片由回民区委组织部提供</li>" in captions


def test_without_a_publication_the_source_line_still_names_no_file(tmp_path):
    page = _page(tmp_path, INITIATIVES[0])
    line = _source_line(page)
    assert f"报纸版面 {INITIATIVES[0].date} · 第 1 篇" in line and INITIATIVES[0].source.file not in line
    assert '<section class="captions"' not in page


def test_a_known_page_number_is_cited_without_a_publication_and_the_search_finds_the_line(tmp_path):
    """A page whose sidecar gives the page number but not the paper (source.page: 3, publication: null) was
    cited "报纸版面，第 2 篇": the page was lost. The line reads as a citation: paper, date, page, article."""
    first = INITIATIVES[0]
    initiative = dataclasses.replace(first, source=Source(first.source.file, 2, "本报记者 杨帆", None, 3))
    line = _source_line(_page(tmp_path, initiative))
    assert f"报纸版面 {first.date} 第 3 版 · 第 2 篇 · 本报记者 杨帆" in line
    undated = dataclasses.replace(
        initiative, date=None, source=Source(first.source.file, 2, None, "某某日报", 3)
    )
    renderer = SiteRenderer(build_index([undated], Vocabulary({}, {}), {}), make_env(), "/")
    _path, shown, doc = renderer.initiative(undated.slug)
    assert "来源Source 某某日报 第 3 版 · 第 2 篇" in html.unescape(shown.decode("utf-8")).replace(
        "</span>", ""
    ).replace('<span class="en" lang="en">', "")
    assert "某某日报 第 3 版 · 第 2 篇" in doc.text and doc.text == scraped_text(shown.decode("utf-8"))


def test_the_subtitle_shows_under_the_title_in_the_feed_the_csv_and_the_search_text(tmp_path):
    initiative = dataclasses.replace(INITIATIVES[0], subtitle="把服务送到居民心坎上")
    page = _page(tmp_path, initiative)
    start = page.index('<header class="page-head">')
    head = page[start : page.index("</header>", start)]
    assert f"<h1>{initiative.title}</h1>" in head
    assert '<p class="subtitle">把服务送到居民心坎上</p>' in head
    assert head.index("<h1>") < head.index('class="subtitle"')
    site = tmp_path / "site"
    titles = [
        t.text for t in ET.parse(site / "feed.xml").getroot().iter("{http://www.w3.org/2005/Atom}title")
    ]
    assert f"{initiative.title}——把服务送到居民心坎上" in titles
    rows = {r["slug"]: r for r in csv.DictReader(io.StringIO((site / "digest.csv").read_text("utf-8")))}
    assert rows[initiative.slug]["subtitle"] == "把服务送到居民心坎上"
    assert rows[INITIATIVES[1].slug]["subtitle"] == ""
    # the search text holds what the page shows, the subtitle too (tests/render/test_searchdocs.py)
    renderer = SiteRenderer(build_index([initiative], Vocabulary({}, {}), {}), make_env(), "/")
    _path, shown, doc = renderer.initiative(initiative.slug)
    assert "把服务送到居民心坎上" in doc.text
    assert doc.text == scraped_text(shown.decode("utf-8"))


def test_without_a_subtitle_the_header_has_none(tmp_path):
    page = _page(tmp_path, INITIATIVES[0])
    assert 'class="subtitle"' not in page
