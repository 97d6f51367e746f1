"""The article's place mentions resolved and weighed (moved out of `regions`): each mention given one place by
its kin among the article's places and the page's (PAGE_WEIGHT), or dropped (a review note for a same-name
place left open); the weight of every place up the chain; the descent from China while one child dominates;
the page's unambiguous places and its one city (cached per gazetteer and page).
"""

from __future__ import annotations

import copy
from collections import Counter
from functools import lru_cache

from builder.extract import region_mentions
from builder.places.gazetteer import Gazetteer, gazetteer
from builder.places.matching import Mention, Zone, clean, find_mentions

PAGE_WEIGHT = 0.4


def _relation(gaz: Gazetteer, key: str, other: str, close: bool = False) -> float:
    """How much a mention of `other` supports reading a name as `key` (close: only itself, parent, child, sibling)."""
    if key == other:
        return 3.0
    a, b = gaz.places[key], gaz.places[other]
    if close:
        related = a.parent == other or b.parent == key
    else:
        related = gaz.is_ancestor(other, key) or gaz.is_ancestor(key, other)
    if related:
        return 2.0
    return 1.0 if a.parent and a.parent == b.parent else 0.0


def _anchor(m: Mention) -> bool:
    return bool(m.key) and not m.dropped and (m.strength != "bare" or len(m.surface) >= 3)


def _support(gaz: Gazetteer, key: str, anchors: Counter[str], close: bool = False) -> float:
    return sum(n * _relation(gaz, key, a, close) for a, n in anchors.items())


def resolve_mentions(
    gaz: Gazetteer, article: list[Mention], page: Counter[str], texts: tuple[str, ...] = ()
) -> list[str]:
    """Give each mention one place, or drop it; returns review notes for unresolved same-name places.
    `texts`: the article's own texts, whose township names may decide a same-name county."""
    standalone = Counter(m.surface for m in article if m.needs_support and m.strength == "full" and m.free)
    for m in article:
        if not m.dropped and len(m.keys) == 1 and (not m.needs_support or standalone[m.surface] >= 2):
            m.key = m.keys[0]  # (a short name written on its own twice or more is meant: 岷县 …)
    for _ in range(2):
        near = Counter(m.key for m in article if _anchor(m))
        for m in article:
            if m.dropped or m.key:
                continue
            if m.strength == "bare" and not m.chained:  # a bare stem needs its own kin in the article
                scores = {k: _support(gaz, k, near, close=True) for k in m.keys}
            else:
                scores = {k: _support(gaz, k, near) + PAGE_WEIGHT * _support(gaz, k, page) for k in m.keys}
            ranked = sorted(scores.items(), key=lambda kv: -kv[1])
            best = ranked[0][1]
            second = ranked[1][1] if len(ranked) > 1 else 0.0
            if best > 0 and best >= 2 * second:
                m.key = ranked[0][0]
    region_mentions.pair_up(gaz, article)
    region_mentions.own_townships(gaz, article, texts)
    notes: list[str] = []
    for m in article:
        # (two-character names such as 城区, 郊区 are far more often ordinary words: no note for them)
        unresolved = not m.dropped and not m.key and len(m.keys) > 1 and len(m.surface) > 2
        if unresolved and m.strength != "bare":
            where = " / ".join(_where(gaz, k) for k in m.keys)
            note = f"region: {m.surface} is ambiguous ({where}); not resolved from the context"
            if note not in notes:
                notes.append(note)
    return notes


def _where(gaz: Gazetteer, key: str) -> str:
    return "".join(p.name for p in gaz.chain(key)[:-1]) or gaz.places[key].name


def totals(gaz: Gazetteer, mentions: list[Mention]) -> dict[str, float]:
    total: dict[str, float] = {}
    for m in mentions:
        if m.key and not m.dropped:
            for place in gaz.chain(m.key):
                total[place.key] = total.get(place.key, 0.0) + m.weight
    return total


def descend(gaz: Gazetteer, total: dict[str, float]) -> tuple[str | None, list[str]]:
    """From China down while one child dominates: (acting place key, the comparable children where it stopped)."""
    node: str | None = None
    provinces = [k for k in total if gaz.places[k].level == "province"]
    kids = provinces
    while True:
        kids = sorted((k for k in kids if gaz.places[k].level != "township"), key=lambda k: -total[k])
        if not kids:
            return node, []
        whole = total[node] if node else sum(total[k] for k in kids)
        first = total[kids[0]]
        second = total[kids[1]] if len(kids) > 1 else 0.0
        need = min(0.75, 0.5 + 0.05 * (len(kids) - 1))
        if whole < 1.0 or first < need * whole or first < 2 * second:
            own = whole - sum(total[k] for k in kids)
            split = kids[:2] if len(kids) > 1 and first < 2 * second and own < first else []
            return node, split
        node = kids[0]
        kids = [k for k in gaz.children.get(node, ()) if k in total]


def page_anchors(page_text: str) -> Counter[str]:
    """Places named unambiguously on the page, with their counts (context for every article on it)."""
    if not page_text:
        return Counter()
    return _anchors_in(gazetteer(), page_text)


@lru_cache(maxsize=16)
def page_zone(gaz: Gazetteer, page_text: str) -> Zone:
    """The page's place names (cached per gazetteer too: another places.yaml gives other mentions)."""
    zone = Zone("page", clean(page_text))
    find_mentions(gaz, zone)
    return zone


@lru_cache(maxsize=16)
def _anchors_in(gaz: Gazetteer, page_text: str) -> Counter[str]:
    """Cached per gazetteer too: another places.yaml (`use_places_file`) gives other anchors."""
    zone = copy.deepcopy(page_zone(gaz, page_text))
    for m in zone.mentions:
        if not m.dropped and len(m.keys) == 1 and not m.needs_support:
            m.key = m.keys[0]
    return Counter(m.key for m in zone.mentions if m.key and _anchor(m))


def page_city(gaz: Gazetteer, page: Counter[str]) -> str | None:
    """The one city nearly every place named on the page belongs to, if there is one."""
    cities: Counter[str] = Counter()
    for key, n in page.items():
        city = next((p.key for p in gaz.chain(key) if p.level == "city"), None)
        if city:
            cities[city] += n
    if not cities:
        return None
    best, n = cities.most_common(1)[0]
    return best if n >= 3 and n >= 0.75 * sum(cities.values()) else None
