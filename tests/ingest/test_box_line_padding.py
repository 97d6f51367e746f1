"""A line of a drawn box padded by thousands of spaces (a hostile or broken page) is read in time linear in its
length: the box rules' patterns never try the padding's spaces one by one against the text. Invented lines."""

from __future__ import annotations

import resource

from builder.ingest.boxedheads import unbox_heads, unbox_reports


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def test_a_box_line_padded_by_thousands_of_spaces_is_read_at_once():
    padded = "│" + " " * 3000 + "议事" * 30  # (before: some 8 s of CPU; the spaces tried one by one)
    lines = ["┌────┐", padded, "└────┘", "┌────┐", padded + "│", "└────┘"]
    start = _cpu()
    unbox_reports(lines)
    unbox_heads(lines)
    assert _cpu() - start < 1.0
    assert lines[1] == padded  # (more than 40 characters of text: no box line, left as printed)


def test_a_padded_box_line_still_reads_as_before():
    lines = ["┌────┐", "│   社区 3   │", "└────┘"]
    unbox_heads(lines)
    assert lines == ["", "社区 3", ""]


def test_a_head_lines_long_gap_is_read_once_for_the_page_number_after_it():
    from builder.ingest.pagefurniture import _PAGE_NUMBER_AFTER

    start = _cpu()
    assert _PAGE_NUMBER_AFTER.sub("", "要闻" + " " * 20000 + "x").endswith("x")  # (before: some 4 s of CPU)
    assert _cpu() - start < 0.5
    assert _PAGE_NUMBER_AFTER.sub("", "县域　　　　　7") == "县域"
