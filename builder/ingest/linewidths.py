"""How wide the column is around one text line: measured among its own article's lines (moved out of
`builder.ingest.paragraphs`, whose paragraph breaks ask how far short of the column a line stops).
"""

from __future__ import annotations

from statistics import median

from builder.ingest.pagelines import ARTICLE_HEADS, TEXT, Unit
from builder.ingest.textrules import ends_sentence


class LocalWidths:
    """For each text line, the column width around it: the median width of nearby full lines of the same
    article (no headline or byline between them: the next article may be set in a narrower column, heldout6
    k08's commentary of 11 characters under a feature of 25), or of any nearby lines when its own article
    has too few. Taken from the lines as they are now (assemble() then grows paragraphs in place); each
    median only when asked."""

    def __init__(self, units: list[Unit]) -> None:
        text_units = [u for u in units if u.kind == TEXT]
        self.full = [u.width for u in text_units]
        self.open_line = [not ends_sentence(u.text) for u in text_units]
        self.index = {id(u): i for i, u in enumerate(text_units)}
        self.stretch = _stretches(units)
        self.memo: dict[int, float] = {}

    def of(self, unit: Unit) -> float:
        i = self.index.get(id(unit))
        if i is None:
            return unit.width
        found = self.memo.get(i)
        if found is None:
            low, high = max(0, i - 10), min(len(self.full), i + 11)
            window = [self.full[j] for j in range(low, high) if self.open_line[j]]
            own = [
                self.full[j]
                for j in range(low, high)
                if self.open_line[j] and self.stretch[j] == self.stretch[i]
            ]
            window = own if len(own) >= _MIN_OWN_LINES else window
            found = self.memo[i] = median(window) if window else self.full[i]
        return found


_MIN_OWN_LINES = 3  # full lines of its own article that measure a line's column


def _stretches(units: list[Unit]) -> list[int]:
    """For each text unit, the number of article heads (headline, byline …) before it: lines with the same
    number are one article's, set in one column width."""
    stretches: list[int] = []
    heads = 0
    for unit in units:
        if unit.kind in ARTICLE_HEADS:
            heads += 1
        elif unit.kind == TEXT:
            stretches.append(heads)
    return stretches
