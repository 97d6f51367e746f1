"""A page label set in full-width letters and digits (`Ａ６`, `Ｂ２`) is furniture like `A6` (builder/ingest/
furniture.py): invented lines of the kind heldout13 p04 and p08 showed (the label over the masthead, then read as
text glued to the first article's byline), and negatives."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page


def test_full_width_page_labels_are_furniture():
    assert all(is_furniture_line(label) for label in ("Ａ６", "Ｂ２", "Ａ１２", "A6"))


def test_full_width_marks_and_words_stay_what_they_were():
    assert not is_furniture_line("（本报记者 高娃）")
    assert not is_furniture_line("ＡＩ助手进社区")
    assert not is_furniture_line("海南区：“五彩网格”织密矿区治理网")


def test_the_label_over_the_masthead_stays_out_of_the_first_byline():
    page = (
        "Ｃ３\n北疆基层  2026年8月19日  星期三\n\n乌达区：“红色驿站”暖心\n\n"
        "本报讯（记者 王兰）乌海市乌达区\n在社区设立“红色驿站”12个。\n"
    )
    articles = segment(assemble(classify_page(page)))
    assert [(a.title, a.byline) for a in articles] == [("乌达区：“红色驿站”暖心", "本报讯（记者 王兰）")]
