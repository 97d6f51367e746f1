"""Putting back the blank lines of a blank-less stretch is linear in the stretch: no step may read the rest of
the stretch for every line. `_head_under_its_body` (a headline printed under its body, the stretch's last one or
two lines) read every line to the stretch's end at every line: 2.8 s for 5 000 lines, 53 s for 20 000 on 2
cores. It reads the rest only near the end now. This test counts the rows read, so it fails on a quadratic scan
however fast the machine is."""

from __future__ import annotations

from builder.ingest import blanklines
from tests.ingest.test_page_reading_scale import _CountingList

_HEAD = "某街道：骑手有了歇脚处"
_LINE = "　　某街道为骑手建起休息室，骑手可以免费充电、加热饭菜，休息室全天开放。"  # invented


def _reads(lines: int) -> int:
    rows = _CountingList([(_HEAD, 1), *((_LINE, n) for n in range(2, lines + 2))])
    _CountingList.reads = 0
    blanklines._restore(rows)
    return _CountingList.reads


def test_the_rows_read_grow_with_the_stretch_not_its_square():
    small, large = _reads(200), _reads(800)
    assert small > 0
    assert large <= 5 * small, (small, large)  # 16 times as many when quadratic
