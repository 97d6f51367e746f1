"""The city a reporter's outlet is named after (深圳商报记者…, 正观新闻·郑州晚报记者…): where a report that names
no place of its own was written about, before the places other articles on its page name.

A city paper reports on its city: a byline reading `读创/深圳商报记者巫伟敏` over a report naming only 新阁社区
places it in 深圳市, whatever the page's other reports name. Only a paper, a station or a city's media centre
named after a city or county counts (a province's paper, 江西日报, says too little; so does a name a province
shares, 河南日报, 吉林日报), and only one such place. A county is named with its suffix (光明区融媒体中心): its stem
alone is weak evidence (places/names.py), a word as often as a place (光明日报, 新民晚报, 江南时报 are no county's).

A province's or a municipality's paper (海南日报, 天津日报: the page's masthead or sidecar) says where an article is
only when the article writes that place as its own (我省/全省, 我市/全市: own_paper_place).
"""

from __future__ import annotations

import re

from builder.places.gazetteer import Gazetteer
from builder.places.matching import clean
from builder.places.names import Form

# What follows an outlet's place: a paper, a station, a media centre, or a news app of that place.
_OUTLET_AFTER = re.compile(r"(?:日报|晚报|早报|商报|都市报|时报|广播电视台|电视台|融媒体中心|新闻网|发布)")
_OUTLET_LEVELS = ("city", "county")


def outlet_place(gaz: Gazetteer, byline: str) -> tuple[str, str] | None:
    """(place key, the outlet as printed) of the one city or county the byline's outlet is named after, or None."""
    text = clean(byline)
    found: dict[str, str] = {}
    for start, end, surface in gaz.scan(text):
        after = _OUTLET_AFTER.match(text, end)
        if after is None:
            continue
        keys = {f.key for f in gaz.forms[surface] if not _bare_county(gaz, f)}
        if any(gaz.places[k].level == "province" for k in keys):
            continue
        places = [k for k in keys if gaz.places[k].level in _OUTLET_LEVELS and not gaz.places[k].zone]
        if len(places) == 1:
            found.setdefault(places[0], text[start : after.end()])
    if len(found) != 1:
        return None
    key, outlet = next(iter(found.items()))
    return key, outlet


def _bare_county(gaz: Gazetteer, form: Form) -> bool:
    """A county's stem without its suffix (光明 of 光明区): a word as often as a place."""
    return form.strength == "bare" and gaz.places[form.key].level == "county"


# Words ending in 全 (健全, 完全, 安全…): 健全乡村, 完全市场 hold no 全乡, 全市.
_WORD_ENDING_QUAN = "健完安齐周保成万俱双"


def writes_own_place(body: str, kinds: str = "省市州盟县区旗镇乡") -> bool:
    """Whether the body writes a place of one of the kinds (their suffixes: 省, 市, 县…) as its own (我县, 全县,
    本市, 我镇), as a word: not the 全乡 of 健全乡村, the 全市 of 完全市场 or 全市场, nor 全县级, 本区域, 市内."""
    own = f"(?:[我本]|(?<![{_WORD_ENDING_QUAN}])全)[{kinds}](?![域内外级场])"
    return re.search(own, body) is not None


def own_paper_place(gaz: Gazetteer, publication: str, body: str) -> str | None:
    """The province or municipality the page's paper is named after (`海南日报`, `天津日报`: its masthead or
    sidecar), when the body writes it as the paper's own (我省…, 全市…): the place the article speaks of; else None."""
    paper = clean(publication.strip())
    keys = {
        f.key
        for start, end, surface in gaz.scan(paper)
        if start == 0 and paper[end:] == "日报"
        for f in gaz.forms[surface]
        if gaz.places[f.key].level == "province"
    }
    if len(keys) != 1:
        return None
    key = next(iter(keys))
    kind = gaz.places[key].name[-1]
    return key if kind in "省市" and writes_own_place(body, kind) else None
