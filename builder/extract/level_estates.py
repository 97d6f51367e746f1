"""An estate below the first place named as the acting unit (issue 14, real articles): level community.

- A property company's project named as the subject of the story (…物业…公司凯旋门项目，成功入选…小区; a
  headline's 长沙凯旋门项目树…): the project is one residential estate, run by its property company.
- A headline whose subject is one bare unit of the community level (小区设“解忧铺”…, 村里办起…) while the body
  names one such unit: the story is that unit's, even when the lead gives the 街道 it lies in.

A unit of a kind set up everywhere (各小区设…, 每个小区…), a building project (重点项目, 建设项目) and a project
with no property company are not one estate.
"""

from __future__ import annotations

import re

from builder.places.matching import body_text, clean
from builder.text.numerals import NUMBERS_TO_TEN

# A named project (2-4 characters of its own before 项目) of a property company named in the same opening.
_PROJECT = re.compile(r"([\u4e00-\u9fff]{2,4})项目(?![部组资建化库])")
_NOT_A_NAME = re.compile(
    r"(重点|建设|民生|试点|示范|样板|该|这个|一个|此|公司|工程|帮扶|服务|合作|招商|产业)$"
)
_PROPERTY = re.compile(r"物业")
# A headline opening with a bare unit of the community level, then what it did (小区设“解忧铺”).
_TITLE_UNIT = re.compile(r"^(小区|社区|村里?)(?=[设建开办搭推用请来有])")
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]+")
_UNNAMED = re.compile(rf"^(?:的|了|在|和|与|及|各|每个?|全部|所有|该|本|这个?|一个|[\d{NUMBERS_TO_TEN}]+个)")


def _opening(title: str, body: str) -> str:
    first = body_text(body).split("\n", 1)[0]
    return clean(title) + "\n" + first[:160]


def estate_project(title: str, body: str) -> str | None:
    """The named project of a property company the title or opening makes the story's subject."""
    text = _opening(title, body)
    if not _PROPERTY.search(text):
        return None
    for match in _PROJECT.finditer(text):
        name = match.group(1)
        if not _NOT_A_NAME.search(name) and not _NOT_A_NAME.search(text[: match.start(1)]):
            return match.group(0)
    return None


def title_unit(title: str, body: str) -> str | None:
    """A named unit of the community level, when the headline's subject is one such bare unit (小区设…): the
    name the body gives that kind of unit at least twice (红树湾小区 …红树湾小区), the longest such."""
    unit = _TITLE_UNIT.match(clean(title))
    if not unit:
        return None
    kind = unit.group(1)[:2] if unit.group(1).startswith(("小区", "社区")) else "村"
    text = body_text(body)
    counts: dict[str, int] = {}
    for match in re.finditer(kind, text):
        before = text[max(0, match.start() - 5) : match.start()]
        for size in range(2, 6):
            name = before[-size:]
            if len(name) == size and _HAN_NAME.fullmatch(name) and not _UNNAMED.match(name):
                counts[name] = counts.get(name, 0) + 1
    named = [name for name, n in counts.items() if n >= 2]
    return max(named, key=lambda name: (counts[name], len(name))) + kind if named else None
