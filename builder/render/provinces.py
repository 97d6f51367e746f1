"""The /regions/ page: one summary per province, so that the page stays the size of the country, not of the
corpus. Each province gives its number of initiatives, of cities and counties with initiatives, and what it is
doing most: its top themes, the named practices most of its initiatives use and the comparable indicators with
most of its figures. The province's own page (/regions/<code>/) carries its tree (city → county); every
region is reached from there. Pure: from the site index's plain parts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.render.glossary import Practice
from builder.render.indicators import Indicator
from builder.render.regions import RegionNode

if TYPE_CHECKING:
    from builder.render.indexes import Entry, SiteIndex

TOP_THEMES = 3
TOP_PRACTICES = 4
TOP_INDICATORS = 3


@dataclass(frozen=True)
class ProvinceSummary:
    node: RegionNode
    places: Mapping[str, int]  # rank ("city", "county") -> regions of that rank with initiatives
    themes: list[tuple[str, int]]  # theme slug, initiatives of the province on it; most first
    practices: list[tuple[Practice, int]]  # practice, initiatives of the province naming it; most first
    indicators: list[tuple[Indicator, int]]  # indicator, figures of the province in it; most first


def _province_of(entries: Mapping[str, Entry]) -> dict[str, str]:
    return {slug: e.steps[0].key for slug, e in entries.items() if e.steps}


def _below(nodes: Mapping[str, RegionNode], key: str) -> Counter[str]:
    """How many regions of each rank lie below `key` (all of them have initiatives: the tree is built so)."""
    counts: Counter[str] = Counter()
    stack = list(nodes[key].children)
    while stack:
        node = nodes[stack.pop()]
        counts[node.rank] += 1
        stack.extend(node.children)
    return counts


def _top(counts: Counter[str], order: Mapping[str, int], limit: int) -> list[tuple[str, int]]:
    """The `limit` largest counts, ties by `order` (the site's order of the keys)."""
    return sorted(counts.items(), key=lambda kn: (-kn[1], order.get(kn[0], len(order)), kn[0]))[:limit]


def province_summaries(ix: SiteIndex) -> list[ProvinceSummary]:
    """One summary per province, in the site's order of provinces; ties in order of the themes, of the
    glossary's shared practices (most places first) and of the indicators."""
    entries, practices, indicators = ix.entries, ix.practices, ix.indicators
    province_of = _province_of(entries)
    provinces = ix.provinces
    themes: dict[str, Counter[str]] = {p: Counter() for p in provinces}
    for slug, entry in entries.items():
        if slug in province_of:
            themes[province_of[slug]].update(entry.item.themes)
    theme_order = {slug: i for i, slug in enumerate(ix.themes)}
    named: dict[str, Counter[str]] = {p: Counter() for p in provinces}
    for slug, practice in practices.items():
        for use in {u.slug for u in practice.uses}:
            if use in province_of:
                named[province_of[use]][slug] += 1
    figures: dict[str, Counter[str]] = {p: Counter() for p in provinces}
    by_slug = {rows.indicator.slug: rows.indicator for rows in indicators}
    for rows in indicators:
        for slug, _figure in rows.rows:
            if slug in province_of:
                figures[province_of[slug]][rows.indicator.slug] += 1
    indicator_order = {slug: i for i, slug in enumerate(by_slug)}
    shared = sorted(practices.values(), key=lambda p: (-p.places, -len(p.uses), p.slug))
    ranked = {p.slug: i for i, p in enumerate(shared)}
    return [
        ProvinceSummary(
            node=ix.regions[key],
            places=_below(ix.regions, key),
            themes=_top(themes[key], theme_order, TOP_THEMES),
            practices=[(practices[s], n) for s, n in _top(named[key], ranked, TOP_PRACTICES)],
            indicators=[(by_slug[s], n) for s, n in _top(figures[key], indicator_order, TOP_INDICATORS)],
        )
        for key in provinces
    ]
