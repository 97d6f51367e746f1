"""A body's column blocks an extraction read right to left, put back in reading order (a pass of
workers.process_page on the page's text, after the column passes).

Some extractions read the columns of one article from the right: under its headline the body's last block
comes first and the block holding its lead, opening with its indented dateline (`　　本报讯（记者 …）…`), last,
blank lines between them and each block cut mid-sentence by the column (heldout25 p07). Read as printed, the
body opens mid-sentence and a sentence breaks off right over the indented dateline, which then stays in the
body. `unreverse_blocks(text, numbers)` finds such a run: a head (one or two short lines, no sentence) over two
blocks or more, the first opening unindented, the last opening with an indented dateline; in reverse order
every block but the last ends mid-sentence over a block opening unindented and no join reads against it
(linejoin). The run is then written in reverse, its blocks run together (the blanks between them were the
column's breaks, not paragraph gaps), each line keeping its printed number; any other page is returned as it is.
"""

from __future__ import annotations

from itertools import pairwise

from builder.ingest.datelines import BAOXUN
from builder.ingest.linejoin import join_cost
from builder.ingest.textrules import ends_sentence, indented

_HEAD_LINES = 2  # lines of the head over the run
_HEAD_WIDTH = 40  # characters of a head line
_NO_EVIDENCE = 0.5  # linejoin's cost of a join with no evidence either way


def unreverse_blocks(text: str, numbers: list[int] | None = None) -> tuple[str, list[int] | None]:
    """The page with each body read in column blocks right to left put back in reading order."""
    lines = text.split("\n")
    blocks = _blocks(lines)
    order: list[int] | None = None
    for at, (start, end) in enumerate(blocks):
        if not _dateline_block(lines, start):
            continue
        first = _first_of_run(lines, blocks, at)
        if first is None or not _reads_reversed(lines, blocks[first : at + 1]):
            continue
        order = order or list(range(len(lines)))
        run = blocks[first : at + 1]
        reordered = [i for block in reversed(run) for i in range(block[0], block[1])]
        order[run[0][0] : end] = reordered + [-1] * (end - run[0][0] - len(reordered))
    if order is None:
        return text, numbers
    numbers = numbers or list(range(1, len(lines) + 1))
    kept = [i for i in order if i >= 0]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """The runs of non-blank lines: (first line, line after the last)."""
    blocks: list[tuple[int, int]] = []
    start = None
    for index, line in enumerate([*lines, ""]):
        if line.strip() and start is None:
            start = index
        elif not line.strip() and start is not None:
            blocks.append((start, index))
            start = None
    return blocks


def _dateline_block(lines: list[str], start: int) -> bool:
    return indented(lines[start]) and BAOXUN.match(lines[start].strip()) is not None


def _first_of_run(lines: list[str], blocks: list[tuple[int, int]], at: int) -> int | None:
    """The first block of the run ending at the dateline block `at`: blocks opening unindented back to a head
    (one or two short lines, no sentence in them); None with no such head or fewer than two blocks."""
    first = at
    while first > 0 and not indented(lines[blocks[first - 1][0]]) and _body(lines, blocks[first - 1]):
        first -= 1
    if first == at or first == 0 or not _head(lines, blocks[first - 1]):
        return None
    return first


def _body(lines: list[str], block: tuple[int, int]) -> bool:
    """A block of a body: lines more than a head's, a clause mark among them (not headlines stacked together)."""
    texts = [line.strip() for line in lines[block[0] : block[1]]]
    return len(texts) > _HEAD_LINES and any(mark in text for text in texts for mark in "，。；")


def _head(lines: list[str], block: tuple[int, int]) -> bool:
    texts = [line.strip() for line in lines[block[0] : block[1]]]
    return len(texts) <= _HEAD_LINES and all(
        len(text) <= _HEAD_WIDTH and not ends_sentence(text) and "。" not in text for text in texts
    )


def _reads_reversed(lines: list[str], run: list[tuple[int, int]]) -> bool:
    """Read last block first, each block but the last ends mid-sentence over one opening unindented, and no
    join reads against it."""
    backwards = list(reversed(run))
    for upper, lower in pairwise(backwards):
        last, opening = lines[upper[1] - 1], lines[lower[0]]
        if ends_sentence(last.strip()) or indented(opening):
            return False
        if join_cost(last.strip(), opening.strip()) > _NO_EVIDENCE:
            return False
    return True
