"""Two boxes between reports (layouts38 p01, p03, invented here): a `相关链接` box after a blank line over an indented
paragraph (its label was taken for a copied web page's label alone, the paragraph read into the report above) and a
`更　正` notice (`本报…一文中，“…”应为“…”。特此更正。`, read as the report's subheading and paragraph). Both are in no
body and no article; the next report starts at its headline. Negative: a copied page's `相关链接` over its list of
links is still furniture, and `更正` over a paragraph naming no correction stays text.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "某镇“议事长廊”议出新路子\n\n"
    "　　本报讯（记者 林某）某市某县某镇在各村建起“议事\n"
    "长廊”，村民有事到长廊里商量。\n\n"
    "{box}\n\n"
    "某街道“楼道管家”上岗\n\n"
    "　　本报讯（记者 郑某）某市某区某街道选出“楼道管\n"
    "家”120名，帮居民解决身边事。\n"
)
_LINKS = "相关链接\n　　2024年起，某省在全省推行“村事村议”，已建成议事\n点3000余个。"
_CORRECTION = "更　正\n　　本报5月2日第3版《某某》一文中，“某某街道”应为\n“某某镇”。特此更正。"


def _articles(box: str):
    return segment(assemble(classify_page(_PAGE.format(box=box))))


def test_a_link_box_after_a_blank_line_is_in_no_body():
    articles = _articles(_LINKS)
    assert [a.title for a in articles] == ["某镇“议事长廊”议出新路子", "某街道“楼道管家”上岗"]
    assert all("村事村议" not in a.text and "相关链接" not in a.text for a in articles)


def test_a_correction_notice_is_in_no_body():
    articles = _articles(_CORRECTION)
    assert [a.title for a in articles] == ["某镇“议事长廊”议出新路子", "某街道“楼道管家”上岗"]
    assert all("特此更正" not in a.text and "更" not in a.text.replace("更多", "") for a in articles)


def test_a_paragraph_under_the_word_naming_no_correction_stays():
    articles = _articles("更正\n　　村民们说，议事长廊让大家的心贴得\n更近了。")
    assert "更近了。" in articles[0].text
