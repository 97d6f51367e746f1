"""A running head printed at the top of every column of an e-paper PDF page (`07　　基层治理　　2026年1月21日　星期三`:
its page number opening the line, a gap after it): a page line (furniture.is_page_line), and one printed between a
headline and the blank line over its lead is dropped (runningheads.drop_page_lines_in_text), the blank staying the
gap. Real R23 r23_01: the head read as furniture cut the headline from its lead and the article was lost inside the
one above it. Invented lines."""

from __future__ import annotations

from builder.ingest.furniture import is_page_line
from builder.ingest.runningheads import drop_page_lines_in_text
from builder.ingest.workers import process_page

RUN = "07　　社区治理　　2026年1月21日　星期三"


def test_a_bare_page_number_opening_or_closing_a_dated_line_makes_it_a_page_line() -> None:
    assert is_page_line(RUN)
    assert is_page_line("2026年1月21日　星期三　　社区治理　　07")
    assert not is_page_line("今年12月1日　全村共有23")  # a sentence's figures, no furniture line
    assert not is_page_line("07　　社区治理")  # no date


PAGE = [
    RUN,
    "桐柏镇“红色代办”跑出加速度",
    "",
    "本报记者 周晓",
    "",
    "　　近日，桐柏镇在各村设立代办点，",
    "党员代办员帮群众办理社保等事项。",
    "",
    "",
    "青禾县：“板凳会”",
    "议出邻里和气",
    RUN,
    "",
    "　　今年以来，青禾县在各乡镇推行",
    "“板凳会”，已议定修路等事项46件。",
]


def test_a_running_head_between_a_headline_and_its_blank_line_is_dropped() -> None:
    text, _printed = drop_page_lines_in_text("\n".join(PAGE), None)
    lines = text.split("\n")
    assert lines[9:12] == ["青禾县：“板凳会”", "议出邻里和气", ""]
    assert lines[0] == RUN  # the page's head line stays (the furniture rule reads it)


def test_a_running_head_under_a_finished_sentence_stays() -> None:
    page = [*PAGE[:7], RUN, "", "　　群众说，办事不用跑了。"]
    assert drop_page_lines_in_text("\n".join(page), None)[0].split("\n")[7] == RUN


def test_the_headline_over_a_running_head_heads_its_own_article(tmp_path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    drafts = process_page(path).drafts
    assert len(drafts) == 2
    assert drafts[1].title.startswith("青禾县")
