"""A line the furniture rule tries (furniture.is_furniture_line's composite of dates, page numbers, labels and
credits between gaps) is read in time bounded by its length, not by the ways its gaps and spaced pieces could be
split (review of session 26: a head-band line with a gap of 2 000 spaces took 38 s of CPU in classify_page, the
time growing as the gap's cube; 20 spaced `第 4 版` pieces over a line took 1.7 s, 40 never ended). Invented lines."""

from __future__ import annotations

import resource

from builder.ingest.furniture import is_furniture_line


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def test_a_long_gap_and_many_spaced_pieces_are_read_at_once() -> None:
    lines = [
        "2026年5月12日" + " " * 2000 + "要闻" + " " * 2000 + "x",
        "第 4 版" + " " * 3000 + "。",
        "第 4 版 " * 40 + "x",
        "版 第 " * 60 + "x",
    ]
    start = _cpu()
    verdicts = [is_furniture_line(line) for line in lines]
    assert _cpu() - start < 1.0
    assert verdicts == [False, False, False, False]


def test_head_lines_with_long_gaps_are_still_furniture() -> None:
    assert is_furniture_line("2026年11月26日 星期四" + " " * 20 + "齐鲁组工报" + " " * 20 + "第3版")
    assert is_furniture_line("本版编辑：薛 敏   校对：王 璐")
