"""For interleave.py: B's headline standing alone between A's first block and B's first block.

Two columns read across in blocks of lines parted by blank lines (R16's kind: blocks of four lines), A's
headline on top with no byline, its first block, then B's headline on a block of its own, then B's first
block: the headline-shaped line between blank lines cuts A's last line off mid-sentence and does not read on
from it, and B's lead stands under it. `heads_between_blocks` names where the columns start; interleave.py
splits them (and makes the line a headline) only when the split reads clearly better than the printed order.
"""

from __future__ import annotations

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.interleave_split import ColumnSplit
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import BYLINE, HEADLINE, TEXT, Unit
from builder.ingest.textrules import ends_sentence

_MAX_FIRST_BLOCK = 8  # text lines of A's first block


def heads_between_blocks(units: list[Unit]) -> list[tuple[int, int]]:
    """(A's headline, B's headline-shaped text line) for each such pair: A's headline (maybe over a byline),
    a block of text lines with no blank line among them, the last left mid-sentence, then, after a blank
    line, a headline-shaped line ending no sentence that does not read on from it, over a text line after
    a blank line (B's lead)."""
    found: list[tuple[int, int]] = []
    for first in range(len(units) - 3):
        if units[first].kind != HEADLINE:
            continue
        top = first + 1 + (units[first + 1].kind == BYLINE)
        end = top
        while end < len(units) and units[end].kind == TEXT and (end == top or not units[end].blanks_before):
            end += 1
        if not 0 < end - top <= _MAX_FIRST_BLOCK or end + 1 >= len(units):
            continue
        if _head_alone(units[end - 1], units[end], units[end + 1]):
            found.append((first, end))
    return found


def _head_alone(above: Unit, head: Unit, lead: Unit) -> bool:
    """`head` stands between blank lines under A's line left mid-sentence, reading on from none of it."""
    return (
        head.kind == TEXT
        and head.blanks_before > 0
        and not head.indent
        and is_headline_shape(head.text)
        and not ends_sentence(head.text)
        and not ends_sentence(above.text)
        and join_cost(above.text, head.text) >= 0
        and lead.kind == TEXT
        and lead.blanks_before > 0
    )


def by_blocks(problem: ColumnSplit, opens: list[bool]) -> list[bool]:
    """The columns taking turns block by block (a block: the lines between two blank lines), B's first (its
    lead opens the stretch), until one column ends and the other goes on alone: of these, the one that reads
    best (True = A; of two reading alike, the one whose columns end their sentences, a closing credit after
    the last one counted, then the one taking turns longer). A block between blank lines is never shared by the columns."""
    block, blocks = [], -1
    for opened in opens:
        blocks += opened or blocks < 0
        block.append(blocks)
    turns = {
        (t, tail): [b % 2 == 1 if b < t else tail for b in block]
        for t in range(blocks + 2)
        for tail in (True, False)
    }

    def open_ends(in_a: list[bool]) -> int:
        return sum(not _ends(_last(problem, in_a, column)) for column in (True, False))

    best = min(turns, key=lambda k: (problem.reading(turns[k]), open_ends(turns[k]), -k[0]))
    return turns[best]


def _last(problem: ColumnSplit, in_a: list[bool], column: bool) -> str:
    """The last line of `column` in the assignment `in_a`."""
    return next(
        (line for line, a in zip(reversed(problem.lines), reversed(in_a), strict=True) if a == column),
        problem.text(column, -1),
    )


def _ends(text: str) -> bool:
    """The line ends a sentence, maybe with its closing credit after it (`…的目标。（王小川）`)."""
    sentence, credit = split_closing_names(text)
    return ends_sentence(sentence if credit is not None else text)
