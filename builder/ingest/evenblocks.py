"""Two narrow columns an extraction read across in long blocks of one length, on a page printing no blank line.

Some extractions read a page of two narrow columns (9 to 16 characters) block by block: N lines of the left
column (its headline among them), N of the right, N of the left again …; once one column's text has ended the
other runs on alone to the page's end (R15 r15_03: two 13-character columns in blocks of 14 lines, the right
one an item with no headline of its own). The blocks run past what narrowcolumns' search lets a block run
(narrow_costs.MAX_BLOCK), and the text shows them only at the few changes of column.

`unweave_even_blocks(text, numbers)` tries each block length: the right column's first block opens with an
indented lead right under a line the left column left mid-sentence; at no change of column does the printed
order read on (a word or figure across the printed break); at two changes or more only the columns read on
(linejoin through narrow_costs.LineCosts.pair: `…有了新的创` / `新，针对…`); the columns read clearly better
than the printed order. A column ends where a paragraph's short last line is followed by a line not indented
(a page indenting its paragraphs). The page is then the left column, a blank line, the right one, each line
keeping the number of its printed line (a drawn rule between them when the right one is an item of its own: its
lead names a place the left one never names); any other page is returned as it is.
"""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineplaces import known_places
from builder.ingest.narrow_costs import Line, LineCosts
from builder.ingest.textrules import display_width, ends_sentence, full_width, indented

_SHORTEST, _LONGEST = 8, 20  # lines of a block
_NARROWEST, _WIDEST = 9.0, 16.0  # characters of the columns' full lines
_OVER = 2.0  # a head or the masthead over the columns: wider than this past their full lines
_MIN_LINES = 40  # lines of the region
_MIN_BLOCKS = 4
_MIN_EVIDENCE = 2  # changes of column where only the columns read on
_MARGIN = 6.0  # how much better the columns read than the printed order
_MAX_LINES = 300
_LEAD_LINES = 4  # lines of the right column's lead
_RULE = "━━━━━━"  # (page furniture: never written)


def unweave_even_blocks(text: str, numbers: list[int] | None = None) -> tuple[str, list[int] | None]:
    """The page with two narrow columns read across in blocks of one length put back as left, then right."""
    lines = text.split("\n")
    if any(not line.strip() for line in lines[_first_text(lines) : _last_text(lines) + 1]):
        return text, numbers  # a page printing blank lines: the other passes read it
    region = _region(lines)
    if region is None:
        return text, numbers
    start, end = region
    items = [Line(line.strip(), indented(line), 0, line.rstrip()) for line in lines[start:end]]
    costs = LineCosts(items)
    best: tuple[float, list[int]] | None = None
    for length in range(_SHORTEST, _LONGEST + 1):
        labels = _labels(costs, length)
        gain = _gain(costs, labels) if labels else None
        if gain is not None and (best is None or gain > best[0]):
            best = (gain, labels)
    if best is None or best[0] < _MARGIN:
        return text, numbers
    numbers = numbers or list(range(1, len(lines) + 1))
    left = [start + i for i, label in enumerate(best[1]) if label == 0]
    right = [start + i for i, label in enumerate(best[1]) if label == 1]
    between = [-1, -2, -1] if _item_of_its_own(lines, left, right) else [-1]
    order = list(range(start)) + left + between + right + list(range(end, len(lines)))
    out = [lines[i] if i >= 0 else "" if i == -1 else _RULE for i in order]
    out_numbers = [numbers[i] if i >= 0 else numbers[right[0]] for i in order]
    return "\n".join(out), out_numbers


def _item_of_its_own(lines: list[str], left: list[int], right: list[int]) -> bool:
    """The right column is an item of its own: the left one ends a sentence, the right one's lead names a place
    the gazetteer knows that the left one never names. A rule then parts them, as a page draws one between two items, so the
    right one opens an article though it prints no headline (itemends.texts_after_item_ends)."""
    left_text = "".join(lines[i].strip() for i in left)
    lead = "".join(lines[i].strip() for i in right[:_LEAD_LINES])
    return ends_sentence(left_text) and any(place not in left_text for place in known_places(lead))


def _first_text(lines: list[str]) -> int:
    return next((i for i, line in enumerate(lines) if line.strip()), 0)


def _last_text(lines: list[str]) -> int:
    return max((i for i, line in enumerate(lines) if line.strip()), default=0)


def _region(lines: list[str]) -> tuple[int, int] | None:
    """The lines under the page's head (its masthead: wider than the columns, or furniture) to its foot (furniture
    lines left out); None when too few or too many, or their full lines are no narrow column's."""
    start, end = _first_text(lines), _last_text(lines) + 1
    while end > start and is_furniture_line(lines[end - 1].strip()):
        end -= 1
    texts = [line.strip() for line in lines[start:end]]
    if not _MIN_LINES <= len(texts) <= _MAX_LINES:
        return None
    full = full_width(texts)
    if not _NARROWEST <= full <= _WIDEST:
        return None
    while start < end and (
        is_furniture_line(lines[start].strip()) or display_width(lines[start].strip()) > full + _OVER
    ):
        start += 1
    return (start, end) if end - start >= _MIN_LINES else None


def _labels(costs: LineCosts, length: int) -> list[int] | None:
    """Each line's column (0 left, 1 right) when the columns take turns in blocks of `length` lines, a column
    ending at a paragraph's short last line with a line not indented under it; None when the right column's first
    block opens with no indented lead under a line left mid-sentence, or the blocks are too few."""
    items = costs.items
    if len(items) < length * _MIN_BLOCKS:
        return None
    first = length
    if not (items[first].indented and not ends_sentence(items[first - 1].text)):
        return None
    labels: list[int] = []
    ended: int | None = None  # the column whose text has ended
    for i in range(len(items)):
        column = (i // length) % 2 if ended is None else 1 - ended
        if ended is None and i and labels[-1] == column and _ends_column(costs, i - 1, i):
            ended = column
            column = 1 - column
        labels.append(column)
    return labels


def _ends_column(costs: LineCosts, last: int, i: int) -> bool:
    """The column's line `last` is a paragraph's short last line and line `i` under it opens no paragraph."""
    before = costs.items[last]
    return ends_sentence(before.text) and costs.short(before) and not costs.items[i].indented


def _gain(costs: LineCosts, labels: list[int]) -> float | None:
    """How much better the columns read than the printed order at their changes of column; None when the printed
    order reads on at one of them, or only the columns read on at too few."""
    last: dict[int, int] = {}
    gain, evidence = 0.0, 0
    for i, column in enumerate(labels):
        if i and column != labels[i - 1]:
            printed = costs.pair(i - 1, i)
            split = costs.pair(last[column], i) if column in last else costs.start(i)
            if printed < 0:
                return None
            evidence += split < 0
            gain += printed - split
        last[column] = i
    return gain if evidence >= _MIN_EVIDENCE else None
