"""What a page shows of an initiative's cross-links: the related initiative, its score and the reason in
words, and a theme's strongest cross-region pairs. Pure functions; `builder.render.pages` renders them."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping
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
        shared = themes_of[link.slug]
        for theme in themes_of[s]:
            if theme in shared and theme in found:
                found[theme].append((s, link))
    pairs = {
        theme: heapq.nsmallest(limit, candidates, key=lambda p: (-float(p[1].score), p[0], p[1].slug))
        for theme, candidates in found.items()
    }
    return {theme: strongest for theme, strongest in pairs.items() if strongest}
