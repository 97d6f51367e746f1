"""A column's label standing apart over the page's first headline, the headline's dateline byline set beside it
after a gap (builder/ingest/furniture.py `_label_over_headline`, `_heads_article`): invented lines of the kind a
real R9 page showed, and negatives."""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_HEAD = "鹭岛社区观察\n2026年8月4日   星期二   第3版\n"
_ARTICLE = (
    "暖“新”驿站全天开放 厦门首个骑手“友好街区”在湖里启用    海西网7月3日讯（本网记者 陈立 实习生 黄敏）\n\n"
    "　　7月3日上午，湖里区殿前街道骑手\n“友好街区”启用仪式在社区广场举行。\n"
)


def _units(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


def test_a_five_character_label_apart_over_a_headline_with_its_dateline_beside_it_is_furniture():
    page = _HEAD + "新就业群体\n\n" + _ARTICLE
    assert (FURNITURE, "新就业群体") in _units(page)
    [article] = segment(assemble(classify_page(page)))
    assert article.title == "暖“新”驿站全天开放 厦门首个骑手“友好街区”在湖里启用"
    assert article.byline == "海西网7月3日讯（本网记者 陈立 实习生 黄敏）"


def test_a_seven_character_line_apart_over_the_headline_is_no_label():
    page = _HEAD + "扎根乡土二十年\n\n" + _ARTICLE
    assert (FURNITURE, "扎根乡土二十年") not in _units(page)


def test_a_five_character_line_right_over_a_headline_is_no_label():
    page = _HEAD + "新就业群体\n骑手驿站全天开放服务暖心\n\n　　7月3日上午，湖里区殿前街道骑手驿站开放。\n"
    assert (FURNITURE, "新就业群体") not in _units(page)
