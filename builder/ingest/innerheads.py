"""A headline printed among the first lines of its own body with no gap around it (heldout16 p06): under a column
label, the lead's first lines (`渔船出海一走就是几个月，党员怎么` / `过组织生活？普陀区沈家门街道给出`), then the
headline wrapped over one or two lines short of the column (`海上“流动支部”让渔民党员` / `离港不离党`), then the
sentence going on (`的答案是把支部建到船上。`). Read as printed, the headline was text and the report was merged
into the article above.

`lift_inner_heads(units)` makes such lines the headline over the lines they cut, when those lines open an
article (under page furniture, or after a finished sentence and a blank line), the line above the head is a full
line left mid-sentence, each head line is short of the column and ends no clause, the line under the head opens
with no new sentence (no indent) and is not short, no word runs across either break (a ragged column's line, `…巾`
/ `帼志愿服务者…`), and the body under it names the headline's words (a quoted name, or three of its two-character
words). Any other page is returned as it is. Run after midheads.
"""

from __future__ import annotations

import re

from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.midheads import lift_each
from builder.ingest.pagelines import FURNITURE, HEADLINE, TEXT, Unit
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.text.boundaries import word_across
from builder.text.patterns import QUOTED_NAME

_MIN_LINES, _MAX_LINES = 1, 6  # lines of the body above its head
_SHORT = 2.0  # a head line is at least this much narrower than the column (display width)
_MIN_HEAD = 8  # characters of the headline
_BODY_SPAN = 30  # lines of the body searched for the headline's words
_CLAUSE = re.compile(r"[，。！？；：,.!?;:、]")


def lift_inner_heads(units: list[Unit]) -> list[Unit]:
    """The units with each headline printed among its body's first lines moved over that body."""
    return lift_each(units, _lift)


def _opens_article(units: list[Unit], start: int) -> bool:
    """The text unit at `start` opens an article: under furniture, or after a finished sentence and a gap."""
    if start == 0:
        return False
    above = units[start - 1]
    if above.kind == FURNITURE:
        return True
    return above.kind == TEXT and units[start].blanks_before > 0 and ends_sentence(above.text)


def _lift(units: list[Unit], start: int) -> list[Unit] | None:
    if units[start].kind != TEXT or not _opens_article(units, start):
        return None
    run = start
    while run + 1 < len(units) and units[run + 1].kind == TEXT and not units[run + 1].blanks_before:
        run += 1
    lines = units[start : run + 1]
    if len(lines) < _MIN_LINES + 3:
        return None
    column = max(unit.width for unit in lines)
    for above in range(_MIN_LINES - 1, min(_MAX_LINES, len(lines) - 2)):
        for size in (1, 2):
            after = above + size + 1
            if after >= len(lines):
                continue
            head = lines[above + 1 : after]
            body = [unit for unit in units[start + after : start + after + _BODY_SPAN] if unit.kind == TEXT]
            if _is_inner_head(lines[above], head, lines[after], column, body):
                return _moved(units, start, start + above + 1, start + after)
    return None


def _is_inner_head(above: Unit, head: list[Unit], below: Unit, column: float, body: list[Unit]) -> bool:
    if ends_sentence(above.text) or _CLAUSE.search(above.text[-1:]) or above.width < column - 1:
        return False  # the line above is a full line left mid-sentence
    if below.indent or (below.width < column - _SHORT - 1 and not ends_sentence(below.text)):
        return False  # the sentence goes on under the head
    if any(unit.width > column - _SHORT or _CLAUSE.search(unit.text) or unit.indent for unit in head):
        return False
    title = "".join(unit.text for unit in head)
    if cjk_count(title) < _MIN_HEAD or not is_headline_shape(title):
        return False
    if word_across(above.text, head[0].text) or word_across(head[-1].text, below.text):
        return False  # a word runs across the break (`…巾` / `帼志愿服务者…`): one sentence's lines, ragged
    return _named_below(title, "".join(unit.text for unit in body))


def _named_below(title: str, text: str) -> bool:
    """The body names the headline's words: a quoted name of it, or three of its two-character words."""
    if any(name in text for name in QUOTED_NAME.findall(title)):
        return True
    plain = re.sub(r"[“”‘’「」]", "", title)
    pairs = {plain[i : i + 2] for i in range(len(plain) - 1)}
    return sum(1 for pair in pairs if pair in text) >= 3


def _moved(units: list[Unit], start: int, head: int, end: int) -> list[Unit]:
    title = "".join(unit.text for unit in units[head:end])
    first = units[head]
    headline = Unit(HEADLINE, title, first.line, False, units[start].blanks_before, first.width, opens=True)
    units[start].blanks_before = 0
    return [*units[:start], headline, *units[start:head], *units[end:]]
