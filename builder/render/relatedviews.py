"""What a page shows of an initiative's cross-links: the related initiative, its score and the reason in
words, and a theme's strongest cross-region pairs. Pure functions; `builder.render.pages` renders them."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from builder.render.indexes import Entry

THEME_PAIRS = 12  # pairs a theme page shows


@dataclass(frozen=True)
class RelatedView:
    entry: Entry
    score: float
    reason: str


def reason_text(reason: Any, theme_name: Any) -> str:
    """'同市 · 同为 网格化治理 · 共同做法：双报到 · 关键词：网格员、楼栋长' (empty parts left out; 同县/同市
    first, so that a neighbour is never taken for a place elsewhere)."""
    parts = [reason.scope] if getattr(reason, "scope", "") else []
    if getattr(reason, "themes", ()):
        parts.append("同为 " + "、".join(theme_name(t) for t in reason.themes))
    if getattr(reason, "practices", ()):
        parts.append("共同做法：" + "、".join(reason.practices))
    if getattr(reason, "keywords", ()):
        parts.append("关键词：" + "、".join(reason.keywords))
    return " · ".join(parts)


def related_view(entries: Mapping[str, Entry], link: Any, theme_name: Callable[[str], str]) -> RelatedView:
    """How a page shows one cross-link (a related.Link): the initiative it leads to, score, reason."""
    return RelatedView(entries[link.slug], float(link.score), reason_text(link.reason, theme_name))


def theme_pairs(
    themes: Mapping[str, list[str]],
    related: Mapping[str, list[Any]],
    themes_of: Mapping[str, Any],
    limit: int = THEME_PAIRS,
) -> dict[str, list[tuple[str, Any]]]:
    """Per theme, its strongest cross-region pairs: (initiative, link) for links between two initiatives of
    the theme, each pair once, strongest first, then by the two slugs. `themes`: theme -> its initiatives
    in site order; `related`: slug -> its links (related.Link), in the same order; `themes_of`: slug -> its
    themes. A pair is the link of the first of the two (in site order) that links to the other: the same
    link whichever theme the two share, so the pairs are found once for every theme. A theme page reads
    its own theme's pairs from the site index (`SiteIndex.theme_pairs`), so that a page is made again only
    when the pairs it shows change, not whenever a link of one of the theme's initiatives does."""
    chosen: dict[tuple[str, str], tuple[str, Any]] = {}
    for s, links in related.items():
        for link in links:
            chosen.setdefault((s, link.slug) if s < link.slug else (link.slug, s), (s, link))
    found: dict[str, list[tuple[str, Any]]] = {theme: [] for theme in themes}
    for s, link in chosen.values():
        for theme in _shared_themes(themes_of, s, link.slug):
            if theme in found:
                found[theme].append((s, link))
    pairs = {theme: _strongest(candidates, limit) for theme, candidates in found.items()}
    return {theme: strongest for theme, strongest in pairs.items() if strongest}


def _strongest(candidates: Iterable[tuple[str, Any]], limit: int) -> list[tuple[str, Any]]:
    """The `limit` strongest pairs, then by the two slugs (each pair's key is its own: a total order)."""
    return heapq.nsmallest(limit, candidates, key=lambda p: (-float(p[1].score), p[0], p[1].slug))


def _shared_themes(themes_of: Mapping[str, Any], a: str, b: str) -> list[str]:
    shared = themes_of[b]
    return [theme for theme in themes_of[a] if theme in shared]


def patched_theme_pairs(
    last: Mapping[str, list[tuple[str, Any]]],
    themes: Mapping[str, list[str]],
    related: tuple[Mapping[str, Sequence[Any]], Mapping[str, Sequence[Any]]],
    moved: Iterable[str],
    themes_of: Mapping[str, Any],
    position: Mapping[str, int],
    limit: int = THEME_PAIRS,
) -> dict[str, list[tuple[str, Any]]]:
    """`theme_pairs(themes, after, themes_of, limit)`, given `last`, the same of the links `before`
    (`related`: (before, after), slug -> its links), when the two differ only in the links of the
    initiatives `moved` (`position`: each initiative's place in site order). Only the pairs those links
    touch are looked at (a title edit at N=10 000 moves a few hundred initiatives' links of 50 000): a
    pair's link is the first end's (in site order) that links to the other, so a touched pair's link before
    and after is found from its two ends' links alone. A theme whose last pairs hold a touched pair's link
    before that is not its link after (gone, or another score or reason) is made again from its
    initiatives' links (`theme_pairs`: the pair the cut left out may now be among the strongest); any
    other theme's pairs are its last ones with the touched pairs' new links taken in, the strongest kept."""
    before, after = related
    touched: set[tuple[str, str]] = set()
    for slug in moved:
        for links in (before.get(slug, ()), after.get(slug, ())):
            touched.update((slug, link.slug) if slug < link.slug else (link.slug, slug) for link in links)
    removed: dict[str, list[tuple[str, Any]]] = {}
    added: dict[str, list[tuple[str, Any]]] = {}
    for a, b in sorted(touched):
        old, new = _pair_link(before, position, a, b), _pair_link(after, position, a, b)
        if old == new:
            continue
        for theme in _shared_themes(themes_of, a, b):
            if theme not in themes:
                continue
            if old is not None:
                removed.setdefault(theme, []).append(old)
            if new is not None:
                added.setdefault(theme, []).append(new)
    pairs: dict[str, list[tuple[str, Any]]] = {}
    for theme in themes:
        kept = last.get(theme, [])
        if any(pair in kept for pair in removed.get(theme, ())):
            members = sorted(themes[theme], key=position.__getitem__)
            made = theme_pairs({theme: members}, {s: after.get(s, []) for s in members}, themes_of, limit)
            kept = made.get(theme, [])
        elif theme in added:
            kept = _strongest([*kept, *added[theme]], limit)
        if kept:
            pairs[theme] = kept
    return pairs


def _pair_link(related: Mapping[str, Sequence[Any]], position: Mapping[str, int], a: str, b: str) -> Any:
    """The pair of `a` and `b` as `theme_pairs` takes it: (the first of the two in site order that links
    to the other, its link), or None when neither links to the other."""
    first, second = (a, b) if position[a] < position[b] else (b, a)
    for s, other in ((first, second), (second, first)):
        for link in related.get(s, ()):
            if link.slug == other:
                return (s, link)
    return None
