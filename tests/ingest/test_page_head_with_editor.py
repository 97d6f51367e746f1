"""A city daily's page head naming the paper, the date and weekday, the bare page number, the page's label and its
editor after gaps (heldout35 p05's kind: `…星期五　　6　　区县·基层　　责任编辑：某某`): furniture. Before: the
page number in the middle was read as no piece of a head (only a label or a paper's name closed the line after it),
the line stayed text and took the kicker and the `——` subtitle under it as a piece of another article. Invented
lines of the kind; negatives: the same pieces with a sentence's words after the editor's name."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line


def test_a_head_with_its_page_number_label_and_editor_is_furniture():
    assert is_furniture_line("青江晚报　　2025年3月2日　星期一　　12　　社区·民生　　责任编辑：王一")
    assert is_furniture_line("某某日报　2026年4月9日　星期四　3　要闻　责任编辑　李　明")


def test_a_line_of_a_sentence_after_the_pieces_is_not():
    assert not is_furniture_line("青江晚报　　2025年3月2日　星期一　　12　　社区·民生　　责任编辑王一说，")
