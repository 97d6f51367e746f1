"""A head set inside the first lines of its own body, mid-sentence, between blank lines (real R10: a feature's
lead runs two or three lines, then its series label and headline stand apart, `【…在基层】` / `社区跃动“志愿红”`
or `—— 新春走基层 ——` / `第一书记和村民的幸福对账`, and the sentence goes on under them: `…一抹抹` / head /
`“志愿红”是最耀眼的色彩。`). Read as printed, the headline was text in the body, and the second feature, which
opens on a scene with no place and no byline, was merged into the first.

`lift_heads_in_sentences(units)` moves such a head over the lines it cuts, when the line above it is left
mid-sentence and the line under it reads on from it (linejoin), and those lines open an article: after the
page's furniture, or after a finished article and a blank line. The headline opens that article; its series
label is the page's furniture. Any other page is returned as it is. Run after `lateheads.lift_late_heads`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, SUBTITLE, TEXT, Unit
from builder.ingest.textrules import cjk_count, ends_sentence

_CLAUSE_END = re.compile(r"[，,、：:；;]$")  # a clause ended: the next line may open anything
_INDENTED = 3  # paragraphs opening indented: the page marks its paragraphs so
_LABELS = (FURNITURE, SUBTITLE)  # a series label over the headline (`【…】`, `—— 新春走基层 ——`)
_MAX_HEAD = 30  # characters of the headline
_MIN_LINES, _MAX_LINES = 1, 6  # lines of the body above its head


def lift_heads_in_sentences(units: list[Unit]) -> list[Unit]:
    """The units with each head printed inside its body's first sentence moved over that body."""
    return lift_each(units, _lift)


def lift_each(units: list[Unit], lift: Callable[[list[Unit], int], list[Unit] | None]) -> list[Unit]:
    """Each position in turn offered to `lift`, which returns the units with a head moved over its body, or None
    (innerheads.py reads the page so too)."""
    at = 0
    while at < len(units):
        moved = lift(units, at)
        if moved is not None:
            units = moved
        at += 1
    return units


def _lift(units: list[Unit], at: int) -> list[Unit] | None:
    head = units[at]
    if not _headline_apart(units, at):
        return None
    label = at - 1 if at and units[at - 1].kind in _LABELS and units[at - 1].blanks_before else None
    top = label if label is not None else at
    above, below = units[top - 1] if top else None, units[at + 1]
    if above is None or above.kind != TEXT or ends_sentence(above.text) or _CLAUSE_END.search(above.text):
        return None
    start = _body_start(units, top - 1)
    if start is None:
        return None
    # the line under the head reads on: evidence of a join, or (the body's paragraphs opening indented) no
    # evidence against one and no indent of a new paragraph
    reads_on = join_cost(above.text, below.text)
    indented = sum(1 for unit in units if unit.kind == TEXT and unit.indent) >= _INDENTED
    if not (reads_on < 0 or (reads_on < 1 and indented and not below.indent)):
        return None
    if label is not None:
        units[label].kind = FURNITURE  # the series label (`—— 新春走基层 ——`): furniture, not a subtitle
    head.kind, head.opens = HEADLINE, True
    block = units[top : at + 1]
    block[0].blanks_before, units[start].blanks_before = units[start].blanks_before, 0
    below.blanks_before = 0  # the sentence goes on across the head
    return units[:start] + block + units[start:top] + units[at + 1 :]


def _headline_apart(units: list[Unit], at: int) -> bool:
    """A short headline-shaped line with a blank line over and under it, text under it."""
    head = units[at]
    return (
        head.kind == TEXT
        and bool(head.blanks_before or (at and units[at - 1].kind in _LABELS and units[at - 1].blanks_before))
        and at + 1 < len(units)
        and units[at + 1].kind == TEXT
        and bool(units[at + 1].blanks_before)
        and cjk_count(head.text) <= _MAX_HEAD
        and not ends_sentence(head.text)
        and is_headline_shape(head.text)
    )


def _body_start(units: list[Unit], last: int) -> int | None:
    """Where the run of lines ending at `last` begins (its first line after a blank line, maybe its byline),
    when it opens an article: only furniture above it, or a finished article's last sentence; None otherwise."""
    start = last
    while start > 0 and units[start].kind in (TEXT, BYLINE) and not units[start].blanks_before:
        start -= 1
    if units[start].kind not in (TEXT, BYLINE) or not units[start].blanks_before:
        return None
    if not _MIN_LINES <= last - start + 1 <= _MAX_LINES:
        return None
    if any(unit.kind == TEXT and ends_sentence(unit.text) for unit in units[start:last]):
        return None  # a paragraph finished above: the head is not inside the lead's opening
    if all(is_headline_shape(unit.text) for unit in units[start : last + 1] if unit.kind == TEXT):
        return None  # headlines over headlines (a page's foot headlines over the next page's top), no lead
    before = [unit for unit in units[:start] if unit.kind != FURNITURE]
    closed = before and before[-1].kind == BYLINE and before[-1].text.startswith(("（", "("))
    if before and not closed and not (before[-1].kind == TEXT and ends_sentence(before[-1].text)):
        return None
    return start
