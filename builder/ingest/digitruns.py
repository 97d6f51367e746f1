"""A page whose extraction set a space around every run of digits (`全区已在 312 个无物业院落选出院落长 346 名`,
`2026 年 6 月 3 日`): pdftotext's way with a PDF setting figures in another font. Read with the runs closed up, so a
page line (`A2 2026年6月3日 星期三 …`), a figure split by the wrap (`21` / `50 件`) and a metric read as printed.

Only a page that does it throughout (most digit runs beside Chinese spaced, four at least) is closed up; a space a
page prints once (`第 3 版`, a spaced label) is the furniture rules' and stray-space rules' to read. Lines holding a
column gap (three spaces or more: columns side by side) are left as they are, so their columns keep their edge.
"""

from __future__ import annotations

import re

_HAN = "\u4e00-\u9fff，。、；：！？”）"
_FIGURE = r"\d+(?:\.\d+)?%?"
_SPACED = re.compile(f"(?<=[{_HAN}]) (?={_FIGURE})|(?<=[0-9%]) (?=[{_HAN}])")
_CLOSE = re.compile(f"(?<=[{_HAN}]){_FIGURE}|{_FIGURE}(?=[{_HAN}])")
_MIN_SPACED = 4
_COLUMN_GAP = "   "


def closed_digit_runs(text: str) -> str:
    """The page with the spaces around its digit runs dropped when it spaces them throughout; else unchanged."""
    spaced = len(_SPACED.findall(text))
    if spaced < _MIN_SPACED or spaced < 2 * len(_CLOSE.findall(text)):
        return text
    return "\n".join(line if _COLUMN_GAP in line else _SPACED.sub("", line) for line in text.split("\n"))
