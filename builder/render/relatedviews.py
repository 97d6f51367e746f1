"""What a page shows of an initiative's cross-links: the related initiative, its score and the reason in
words, and a theme's strongest cross-region pairs. Pure functions; `builder.render.pages` renders them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from builder.render.indexes import Entry


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


def theme_pairs(
    entries: Mapping[str, Entry],
    related: Callable[[str], list[RelatedView]],
    slugs: list[str],
    theme: str,
    limit: int = 12,
) -> list[tuple[Entry, RelatedView]]:
    """Cross-region pairs within a theme, strongest first, each pair once."""
    seen: set[tuple[str, str]] = set()
    pairs: list[tuple[Entry, RelatedView]] = []
    for s in slugs:
        for view in related(s):
            key = (min(s, view.entry.slug), max(s, view.entry.slug))
            if theme in view.entry.item.themes and key not in seen:
                seen.add(key)
                pairs.append((entries[s], view))
    pairs.sort(key=lambda p: (-p[1].score, p[0].slug, p[1].entry.slug))
    return pairs[:limit]
