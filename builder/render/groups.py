"""Province groups of a list page: the initiatives of a list under their province, packed into pages, and
where each group starts. Pure functions; the site index groups each list once (`SiteIndex.province_groups`,
groups of slugs) and `builder.render.pages` gives the groups of the page it renders their initiatives."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from builder.render import paging

UNPLACED = "地区未标明"


@dataclass(frozen=True)
class Group:
    key: str | None  # province region key (anchor), None for "no region"
    name: str
    entries: list[Any]  # the initiatives (Entry), or their slugs in the site index's groups


def by_province(province_of: Mapping[str, tuple[str, str]], slugs: list[str]) -> list[Group]:
    """The slugs grouped under their province ((key, name) by slug; site order is region order), the
    initiatives without a region (not in `province_of`) last."""
    groups: list[Group] = []
    for slug in slugs:
        key, name = province_of.get(slug) or (None, UNPLACED)
        if not groups or groups[-1].key != key:
            groups.append(Group(key, name, []))
        groups[-1].entries.append(slug)
    return groups


def province_pages(groups: list[Group], limit: int) -> list[list[Group]]:
    """Province groups packed into pages of at most `limit` initiatives; a province stays on one page
    unless it alone has more."""
    return paging.group_pages(
        groups, limit, lambda g: len(g.entries), lambda g, a, b: Group(g.key, g.name, g.entries[a:b])
    )


def group_places(
    page_urls: Sequence[str], pages: list[list[Any]], page: int
) -> tuple[dict[str | None, str], set[str | None]]:
    """`where`: the URL of the page each group (by key) starts on; `elsewhere`: the keys of the groups
    that are not on page `page`. Items that are not groups have no place."""
    where: dict[str | None, str] = {}
    for number, items in enumerate(pages, 1):
        for group in items:
            if isinstance(group, Group):
                where.setdefault(group.key, page_urls[number - 1])
    elsewhere = set(where) - {g.key for g in pages[page - 1] if isinstance(g, Group)}
    return where, elsewhere
