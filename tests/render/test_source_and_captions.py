"""An initiative page names the publication and page it came from (never the internal file name) and lists the
photo captions after the article, not inside it."""

from __future__ import annotations

import dataclasses
import html

from builder.model import Caption, Source
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
    assert "内蒙古日报 第 2 版，第 1 篇 · 本报讯（记者 祁晓燕）" in line
    assert first.source.file not in page
    captions = page[page.index('<section class="captions"') :]
    assert page.index('<section class="body"') < page.index('<section class="captions"')
    assert "<li>图为回民区网格员入户走访。（记者 祁晓燕 摄）</li>" in captions
    assert "<li>本组图片由回民区委组织部提供</li>" in captions


def test_without_a_publication_the_source_line_still_names_no_file(tmp_path):
    page = _page(tmp_path, INITIATIVES[0])
    line = _source_line(page)
    assert "报纸版面，第 1 篇" in line and INITIATIVES[0].source.file not in line
    assert '<section class="captions"' not in page
