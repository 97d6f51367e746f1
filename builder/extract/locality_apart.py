"""Units named apart from the article's address, for regions.py (split from locality.py, which finds the acting
unit below the county):
- `joint(gaz, split, zones)`: two places of comparable weight named in the lead as partners (A村与B社区).
- `page_unit(gaz, page, anchors, zones)`: an article naming only its own unit (粤海街道) takes the county the
  page names it with (an editor's note: 深圳市南山区粤海街道).
- `unlisted_zone(gaz, key, zones)`: a unit under a functional zone places.yaml does not list (贵州双龙航空港
  经济区小碧乡), named again: it acts (its level), the region stays where the article stops, and review says so.
- `zone_follows(zone, mention)`: a functional zone's name follows a place name (合肥高新区): an address.
"""

from __future__ import annotations

import re
from collections import Counter

from builder.extract.locality import _label, _named_apart
from builder.extract.unitnames import PROSE, units_after
from builder.places.gazetteer import Gazetteer
from builder.places.matching import Mention, Zone

__all__ = ["joint", "page_unit", "unlisted_zone", "zone_follows"]

_JOINT = re.compile(r"^(与|和|同|携手|联合)")

# A functional zone the gazetteer does not list (贵州双龙航空港经济区小碧乡): its name, then the unit under it.
_ZONE_KINDS = r"(?:新区|开发区|经济区|高新区|经开区|试验区|园区|管理区|示范区)"
_UNLISTED_ZONE = re.compile(r"[\u4e00-\u9fff]{0,10}?" + _ZONE_KINDS)
_ZONE_KIND = re.compile(_ZONE_KINDS + "$")


def zone_follows(zone: Zone, mention: Mention) -> bool:
    """A functional zone's name follows the place name right away (合肥高新区, 苏州工业园区): an address."""
    found = _UNLISTED_ZONE.match(zone.text, mention.end)
    return found is not None and not set(found.group(0)) & PROSE


def unlisted_zone(gaz: Gazetteer, key: str, zones: dict[str, Zone]) -> tuple[str, str | None] | None:
    """A functional zone that places.yaml does not list, right after the place the article stops at: (the zone,
    the township or community named after it and named again: 贵州双龙航空港经济区小碧乡 … 小碧乡), or (the
    zone, None) when the zone itself is named again (合肥高新区推行… 高新区已建成…): that unit acts. The zone
    cannot be recorded until an editor lists it."""
    text = zones["title"].text + "\n" + zones["body"].text
    for zone in (zones["title"], zones["body"]):
        for m in zone.mentions:
            found = _UNLISTED_ZONE.match(zone.text, m.end) if m.key == key and not m.dropped else None
            if found is None or set(found.group(0)) & PROSE:
                continue
            parts = units_after(gaz, zone.text, found.end(), zone.mentions)
            if parts and text.count(parts[-1]) >= 2:
                return found.group(0), "".join(parts)
            if not parts and text.count(found.group(0)) >= 2:
                return found.group(0), _unit_in_zone(gaz, found.group(0), text, zones)
    return None


def _unit_in_zone(gaz: Gazetteer, name: str, text: str, zones: dict[str, Zone]) -> str | None:
    """The unit inside an unlisted zone that the article is about: named at the start of a clause (新开街道
    丁香社区所辖…) and named at least as often as the zone's kind (开发区) is: that unit acts, not the zone."""
    parts = _named_apart(gaz, None, zones)
    kind = _ZONE_KIND.search(name)
    if parts and kind and text.count(parts[-1]) >= text.count(kind.group(0)):
        return "".join(parts)
    return None


def joint(gaz: Gazetteer, split: list[str], zones: dict[str, Zone]) -> tuple[str, list[str]] | None:
    """Two places of comparable weight named in the lead as partners (A村与B社区): their localities."""
    body = zones["body"]
    lead_end = body.text.find("\n") if "\n" in body.text else len(body.text)
    found: list[tuple[Mention, list[str]]] = []
    for child in split:
        for m in body.mentions:
            if (
                m.key
                and m.start < lead_end
                and (m.key == child or gaz.is_ancestor(child, m.key))
                and not m.prefix
            ):
                parts = units_after(gaz, body.text, m.end, body.mentions)
                if parts:
                    found.append((m, parts))
                break
    if len(found) != 2:
        return None
    (a, pa), (b, pb) = sorted(found, key=lambda f: f[0].start)
    between = body.text[a.end + sum(map(len, pa)) : b.start]
    if not _JOINT.match(between):
        return None
    names = [_label(gaz, a.key or ""), _label(gaz, b.key or "")]
    return f"{pa[-1]}、{pb[-1]}", names


def page_unit(
    gaz: Gazetteer, page: Zone, anchors: Counter[str], zones: dict[str, Zone]
) -> tuple[str, str] | None:
    """For an article that names no place of the gazetteer but a unit of its own (粤海街道): the county the page
    names that unit with (an editor's note: 深圳市南山区粤海街道), if the article names the unit twice or more."""
    article = zones["title"].text + "\n" + zones["body"].text
    for m in page.mentions:
        keys = [k for k in m.keys if gaz.places[k].level == "county"]
        if len(keys) > 1:  # a same-name county: the one whose parent the page names
            keys = [k for k in keys if gaz.places[k].parent in anchors]
        if m.dropped or len(keys) != 1:
            continue
        parts = units_after(gaz, page.text, m.end, page.mentions)
        if parts and article.count(parts[-1]) >= 2:
            return keys[0], "".join(parts)
    return None
