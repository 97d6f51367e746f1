"""What each administrative level does (/levels/): themes and named practices by level. Pure: no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.render.glossary import Practice, practices_of

if TYPE_CHECKING:
    from builder.render.indexes import SiteIndex

PRACTICES_PER_LEVEL = 10


@dataclass(frozen=True)
class LevelColumn:
    slug: str
    count: int  # initiatives at this level
    practices: list[tuple[Practice, int]]  # the most named first, at most PRACTICES_PER_LEVEL
    more_practices: int  # how many more it names


@dataclass(frozen=True)
class ThemeRow:
    slug: str
    counts: list[int]  # initiatives of this theme at each level, in column order


def compare_levels(ix: SiteIndex) -> tuple[list[LevelColumn], list[ThemeRow]]:
    """One column per level that has initiatives (vocabulary order), one row per theme that has any."""
    columns: list[LevelColumn] = []
    for slug, slugs in ix.levels.items():
        named = practices_of(ix.practices, slugs)
        columns.append(
            LevelColumn(
                slug, len(slugs), named[:PRACTICES_PER_LEVEL], max(0, len(named) - PRACTICES_PER_LEVEL)
            )
        )
    rows = []
    for theme, slugs in ix.themes.items():
        members = set(slugs)
        counts = [sum(1 for s in ix.levels[c.slug] if s in members) for c in columns]
        rows.append(ThemeRow(theme, counts))
    return columns, rows
