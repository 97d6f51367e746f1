"""Where a number's quote stands (moved out of `metrics`): its clause (at most REACH characters either side), the
、-items of the clause that belong to it, a quote's ends trimmed, the labels of a 、-list sharing one number.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from builder.extract.metric_phrases import (
    DATE,
    clean,
    hide_quoted,
    label_before,
    tidy,
)
from builder.extract.numbers import Quantity
from builder.text.numerals import NUMBERS_TO_TEN, TWO_COUNTED

CLAUSE_END = re.compile(r"[，。；;！!？?：…]|,(?!\d{3}(?!\d))|:(?!\d)")
_CN_SMALL_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


_SHARED = re.compile(rf"(?:均|都)(?:为|达|达到|是|在)?$|(?P<n>[{TWO_COUNTED}{NUMBERS_TO_TEN[1:]}])个$")
REACH = 120


_DUN = re.compile("、")
_DIGIT = re.compile(r"\d")


def item_cuts(text: str, clause: tuple[int, int]) -> list[int]:
    """Positions of the 、 that separate the items of a clause (not those inside quotes or brackets)."""
    start, end = clause
    hidden = hide_quoted(text[start:end])
    return [start - 1, *(start + m.start() for m in _DUN.finditer(hidden)), end]


def item_segment(text: str, cuts: list[int], q: Quantity) -> tuple[int, int]:
    """The 、-item(s) of the clause that belong to this number (items without a number of their own join)."""
    index = bisect_right(cuts, q.num_start) - 1
    lo, hi = index, index + 1
    while lo > 0 and not _DIGIT.search(text, cuts[lo - 1] + 1, cuts[lo]):
        lo -= 1
    while hi < len(cuts) - 1 and not _DIGIT.search(text, cuts[hi] + 1, cuts[hi + 1]):
        hi += 1
    return cuts[lo] + 1, cuts[hi]


def clause_around(text: str, ends: list[int], pos: int) -> tuple[int, int]:
    """The clause around `pos`, at most REACH characters on either side (unpunctuated text stays fast)."""
    i = bisect_right(ends, pos)
    start = ends[i - 1] + 1 if i > 0 else 0
    end = ends[i] if i < len(ends) else len(text)
    return max(start, pos - REACH), min(end, pos + REACH)


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and stray Markdown emphasis at both ends of a quote."""
    while start < end and text[start] in " \t\n\u3000*":
        start += 1
    while end > start and text[end - 1] in " \t\n\u3000*":
        end -= 1
    return start, end


def shared_labels(head: str) -> list[str]:
    """Labels when one number is shared by a 、-list (`A、B均为100%`, `A、B、C三个100%`); else []."""
    plain = DATE.sub("", clean(head))
    match = _SHARED.search(plain)
    if match is None:
        return []
    items = [item for item in plain[: match.start()].split("、") if item]
    if match.group("n"):
        items = items[-_CN_SMALL_NUM[match.group("n")] :]
    if len(items) < 2:
        return []
    labels = [label_before(items[0]), *(tidy(item) for item in items[1:])]
    return [label for label in labels if label]
