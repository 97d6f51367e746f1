"""The stretch of lines to split on a page whose two columns the extraction read across (moved out of
interleave_starts.py, which finds where the second column starts): Columns, where the two columns start and where
the stretch ends, and stretch_end, how far the text lines from a start run, with the units riding among them (a
caption, a photo credit, a closing credit, a jump line with lines going on under it: they go with the line above)
and a full line of a column read as a headline.
"""

from __future__ import annotations

from dataclasses import dataclass

from builder.ingest.pagelines import BYLINE, CAPTION, CREDIT, HEADLINE, JUMP_OUT, TEXT, Unit
from builder.ingest.textrules import ends_sentence

_MAX_LINES = 400  # lines considered after the second start


@dataclass
class Columns:
    """Where the interleaved stretch is: the two headlines, the region of lines, the two starting chains."""

    first: int  # index of headline A
    second: int  # index of headline B
    start: int  # index of the first unit after B's first text line: the lines to assign begin here
    end: int  # one past the last unit of the stretch
    promote: bool = False  # B's headline was read as a text line: it becomes a headline opening its column
    heads: int = 1  # the lines of that headline (from `second`: one, or two when it wraps)
    blocks: bool = False  # blank lines part the blocks: each block stays whole (interleave_blockheads)
    # under stacked headlines (interleave_bylines): the paragraphs' indents may decide
    by_indents: bool = False


def stretch_end(units: list[Unit], start: int) -> int:
    """One past the last unit of the text lines from `start` (with the captions, photo credits and closing
    credits printed among them, which go where the line before them goes); `start` itself past the page's last
    unit (a lead on its last line) -> `start`, no stretch."""
    if start >= len(units):
        return start
    end = start + 1
    while end < len(units) and end - start < _MAX_LINES:
        if (
            units[end].kind != TEXT
            and not (_rides(units[end]) and end + 1 < len(units))
            and not _text_read_as_headline(units, end)
        ):
            break
        end += 1
    while units[end - 1].kind != TEXT:
        end -= 1
    return end


def _text_read_as_headline(units: list[Unit], index: int) -> bool:
    """A full line of a column read as a headline (`村一策”的发展思路，推动` / `“转型发展”与乡村振兴战`): as wide
    as the line above it, which it follows left mid-sentence, no blank line around it, ending no sentence, a
    text line under it. Inside the stretch it is a text line to split."""
    unit = units[index]
    if unit.kind != HEADLINE or index + 1 >= len(units) or index == 0:
        return False
    above, below = units[index - 1], units[index + 1]
    return (
        above.kind == TEXT
        and below.kind == TEXT
        and not (unit.blanks_before or below.blanks_before)
        and not ends_sentence(above.text)
        and not ends_sentence(unit.text)
        and abs(unit.width - above.width) <= 1.0
    )


def _rides(unit: Unit) -> bool:
    """A unit printed among a column's lines that goes with the line above it: a caption, a photo credit, a
    closing credit (`（通讯员 徐丽 郑一鸣）`), a jump line (`（下转第4版）`) with the lines still going on under it."""
    return unit.kind in (CAPTION, CREDIT, JUMP_OUT) or (
        unit.kind == BYLINE and unit.text.startswith(("（", "("))
    )
