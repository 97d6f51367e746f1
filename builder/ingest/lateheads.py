"""A headline and its byline printed after the first lines of their own body, put back over it.

Some extractions read a headline spanning the columns after the lines the column had begun with (heldout12
p08): the page opens with a body and no headline over it (`　　咸宁市咸安区永安街道…` … `　　楼栋长每周走访楼栋住户，收`),
then the headline and its byline stand in the middle of a sentence (`永安街道“楼栋长”撑起微治理` / `本报记者 吴倩`),
and the line under them goes on with the word the line above them began (`集意见建议…`: 收 / 集). Read as printed,
the body's first lines belong to no article and the rest is a report of its own opening mid-word.

`lift_late_heads(units)` moves such a head (a headline unit, maybe its kicker, and a byline standing whole on
its line) over the text it cuts, when that text opens the page (only furniture above it), the line above the head is left mid-sentence, and the line under the
head reads on from it (linejoin: a word or a figure across the break). Any other page is returned as it is.
"""

from __future__ import annotations

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, KICKER, TEXT, Unit
from builder.ingest.textrules import ends_sentence

_MIN_LINES = 2  # text lines of the body before its head
_MAX_LINES = 12  # …and at most: the head of a spanning headline stands in the column's first block


def lift_late_heads(units: list[Unit]) -> list[Unit]:
    """The units with a head printed inside the first lines of its own body moved over that body."""
    for at, unit in enumerate(units):
        if unit.kind != HEADLINE:
            continue
        head_start = at - 1 if at and units[at - 1].kind == KICKER else at
        end = at + 1
        while end < len(units) and _whole_byline(units[end]):
            end += 1
        if end == at + 1 or end >= len(units) or units[end].kind != TEXT or units[end].blanks_before:
            continue
        start = _headless_text_start(units, head_start)
        if start is None or not _cut_across(units[head_start - 1].text, units[end].text):
            continue
        head = units[head_start:end]
        head[0].blanks_before, units[start].blanks_before = units[start].blanks_before, 0
        return units[:start] + head + units[start:head_start] + units[end:]
    return units


def _whole_byline(unit: Unit) -> bool:
    """A byline standing whole on its line (`本报记者 吴倩`, `本报讯（记者 …）`), not a closing credit."""
    if unit.kind == BYLINE:
        return not unit.text.startswith(("（", "("))
    return unit.kind == TEXT and starts_byline(unit.text) and unit.text.endswith(("）", ")"))


def _headless_text_start(units: list[Unit], head: int) -> int | None:
    """The index where the text run right above `head` begins, when it opens the page (only furniture above
    it): a body with no head of its own; None otherwise."""
    start = head
    while start > 0 and units[start - 1].kind == TEXT:
        start -= 1
    if not _MIN_LINES <= head - start <= _MAX_LINES:
        return None
    return start if all(unit.kind == FURNITURE for unit in units[:start]) else None


def _cut_across(above: str, below: str) -> bool:
    """The line over the head is left mid-sentence, and the line under it reads on from it."""
    return not ends_sentence(above) and join_cost(above, below) < 0
