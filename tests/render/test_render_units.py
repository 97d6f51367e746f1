"""Unit tests of the pure rendering pieces: markdown, regions, slugs, metrics, charts, feeds, reasons."""

from __future__ import annotations

import re

from builder.model import Region
from builder.render.charts import Bar, bar_chart
from builder.render.env import highlight
from builder.render.feeds import timestamp
from builder.render.indexes import find_sentence
from builder.render.markdown import render_body
from builder.render.pages import reason_text
from builder.render.regions import region_steps, short_province
from builder.text.romanize import assign_slugs, pinyin_slug
from tests.support.fixture_site import FakeReason


def test_markdown_escapes_raw_html_and_drops_images() -> None:
    out = render_body(
        "正文<script>alert(1)</script>\n\n![照片](https://cdn.example.org/a.jpg)\n\n[x](javascript:alert(1))"
    )
    assert "<script>" not in out.html
    assert "&lt;script&gt;" in out.html
    assert "<img" not in out.html and "cdn.example.org" not in out.html
    assert 'href="javascript' not in out.html


def test_markdown_headings_and_a_caption_an_editor_writes_in_the_body_stays_text() -> None:
    """Ingest moves captions to `captions:` (shown after the article); a caption an editor writes into the body
    is the article's text, as written: a paragraph like any other."""
    out = render_body("### 小标题\n\n正文。\n\n#### 更小\n\n图：网格员入户走访。\n\n图为 居民议事。")
    assert out.html.startswith("<h2>小标题</h2>")
    assert "<h3>更小</h3>" in out.html
    assert "<p>图：网格员入户走访。</p>" in out.html and "<p>图为 居民议事。</p>" in out.html
    assert "<figure" not in out.html and "figcaption" not in out.html
    assert out.paragraphs == ("小标题", "正文。", "更小", "图：网格员入户走访。", "图为 居民议事。")


def test_soft_breaks_between_chinese_characters_vanish() -> None:
    out = render_body("回民区在推行网格化管理的过程\n中，扩展为4个层级。\nGrid\nworkers")
    assert "过程中" in out.html and "过程中" in out.text
    assert "Grid\nworkers" in out.html and "Grid workers" in out.text


def test_region_keys() -> None:
    keys = lambda r: [s.key for s in region_steps(r)]  # noqa: E731
    assert keys(Region("内蒙古自治区", "呼和浩特市", "回民区", "150103")) == ["150000", "150100", "150103"]
    assert keys(Region("北京市", None, "朝阳区", "110105")) == ["110000", "110105"]
    assert keys(Region("北京市", "北京市", "朝阳区", None)) == ["110000", "110105"]
    assert keys(Region("吉林省", "长春市", "朝阳区", None)) == ["220000", "220100", "220104"]
    assert keys(Region("四川省", "成都市", "天府新区", "510100")) == [
        "510000",
        "510100",
        "510100-tian-fu-xin-qu",
    ]
    assert keys(Region("贵州省", None, None, None)) == ["520000"]
    assert keys(Region()) == []
    assert all(re.fullmatch(r"[a-z0-9-]+", k) for k in keys(Region("火星省", "某市", "某区", None)))
    assert short_province("广西壮族自治区") == "广西" and short_province("北京市") == "北京"


def test_practice_slugs_are_ascii_stable_and_unique() -> None:
    assert pinyin_slug("双报到") == "shuang-bao-dao"
    assert pinyin_slug("1+N红蜂驿站") == "1-n-hong-feng-yi-zhan"
    slugs = assign_slugs(["双报到", "红色物业", "双报道", "“”"])
    assert slugs["红色物业"] == "hong-se-wu-ye"
    assert slugs["双报到"] != slugs["双报道"] and slugs["双报到"].startswith("shuang-bao-dao-")
    assert slugs == assign_slugs(reversed(["双报到", "红色物业", "双报道", "“”"]))
    assert all(re.fullmatch(r"[a-z0-9-]+", s) for s in slugs.values())


def test_chart_is_inline_svg_without_styles() -> None:
    svg = str(
        bar_chart(
            [Bar("回民区 · <网格>", 226, "226 个"), Bar("赛罕区", 0, "0 个")], title="党组织", chart_id="c"
        )
    )
    assert svg.startswith("<svg") and 'role="img"' in svg and "<title" in svg
    assert "style=" not in svg and "<script" not in svg
    assert "&lt;网格&gt;" in svg
    assert 'width="100%"' in svg and 'width="0%"' in svg
    assert str(bar_chart([], title="空", chart_id="e")) == ""


def test_sentence_around_a_practice() -> None:
    paragraphs = ("第一句。推行“双报到”制度，党员到社区报到；第三句。",)
    assert find_sentence(paragraphs, "双报到") == "推行“双报到”制度，党员到社区报到；"
    assert find_sentence(paragraphs, "红色物业") is None
    long = ("前" * 300 + "双报到" + "后" * 300,)
    sentence = find_sentence(long, "双报到")
    assert sentence and "双报到" in sentence and len(sentence) <= 170


def test_the_sentence_of_a_practice_printed_with_quote_marks_inside_its_name() -> None:
    """The extractor writes a name without the quote marks printed inside it (“357”工作法 -> 357工作法, 暖“新”驿站 ->
    暖新驿站, session 32): the glossary still finds the sentence that names it."""
    paragraphs = ("第一句。镇里推行“357”工作法，矛盾不出村；街道建起暖“新”驿站。",)
    assert find_sentence(paragraphs, "357工作法") == "镇里推行“357”工作法，矛盾不出村；"
    assert find_sentence(paragraphs, "暖新驿站") == "街道建起暖“新”驿站。"
    assert find_sentence(paragraphs, "357调解法") is None


def test_reason_text() -> None:
    reason = FakeReason(("grid-governance",), ("双报到",), ("网格员", "楼栋长"))
    text = reason_text(reason, {"grid-governance": "网格化治理"}.get)
    assert text == "同为 网格化治理 · 共同做法：双报到 · 关键词：网格员、楼栋长"
    assert reason_text(FakeReason((), (), ("网格",)), str) == "关键词：网格"


def test_highlight_escapes() -> None:
    assert str(highlight("<b>双报到</b>制度", "双报到")) == "&lt;b&gt;<mark>双报到</mark>&lt;/b&gt;制度"


def test_feed_timestamps_never_use_the_clock() -> None:
    # which date a page gets (its own, the edition date, none): tests/render/test_feeds.py
    assert timestamp("2024-05-01") == "2024-05-01T00:00:00Z"
