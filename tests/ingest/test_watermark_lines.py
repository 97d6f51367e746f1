"""A watermark's letters extracted one a line inside the text (builder/ingest/watermarks.py; heldout28 p02 kind, a
review copy's diagonal `审读样稿`; invented lines in its style): dropped, so that sentences and figures read whole."""

from __future__ import annotations

from builder.ingest.watermarks import drop_watermark_lines
from tests.support.pages import page_drafts

_PAGE = [
    "滨河社区“院落议事会”议出好日子",
    "",
    "　　本报讯（记者 周平）西城区滨",
    "河社区建于上世纪80年代，辖区有",
    "居民楼42栋，老年人占比近",
    "审",
    "四成。社区党委在每个院落设立",
    "“院落议事会”，居民有事在院里就",
    "  读",
    "能商量。今年以来，各院落共议事",
    "650余次，推动更换楼道窗户12",
    "    样",
    "00多扇。",
    "　　社区还组建“银发帮帮团”，",
    "审",
    "为独居老人提供上门服务，已服务",
    "  读",
    "2800余人次。",
]


def test_a_watermarks_letters_inside_sentences_and_figures_are_dropped(tmp_path) -> None:
    drafts = page_drafts(_PAGE, tmp_path)
    assert [draft.title for draft in drafts] == ["滨河社区“院落议事会”议出好日子"]
    body = drafts[0].body
    assert "老年人占比近四成。" in body
    assert "更换楼道窗户1200多扇" in body
    assert "就能商量" in body and "为独居老人" in body
    assert "审" not in body and "样" not in body


def test_a_letter_alone_once_or_in_a_run_stays() -> None:
    wrapped = "　　居民们纷纷点赞，说这件事办得\n好\n　　下一步，社区还将推广。"
    assert drop_watermark_lines(wrapped, None) == (wrapped, None)
    vertical = "本\n报\n记\n者\n　　正文第一行。\n本\n报\n记\n者"
    assert drop_watermark_lines(vertical, None) == (vertical, None)
    digits = "第一行文字\n5\n第二行文字\n5\n第三行文字"
    assert drop_watermark_lines(digits, None) == (digits, None)


def test_the_printed_line_numbers_are_kept() -> None:
    text = "甲乙丙\n审\n丁戊己\n审\n庚辛壬"
    assert drop_watermark_lines(text, [3, 4, 5, 6, 7]) == ("甲乙丙\n丁戊己\n庚辛壬", [3, 5, 7])
