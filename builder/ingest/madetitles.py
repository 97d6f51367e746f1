"""Made titles: the headline written for a report printed without one, once its practices and themes are known.

A made title reads like a headline (issue 14): the acting place's shortest unambiguous name, `：`, and the named
practice (`马坡镇：小院议事厅`), else what the lead says the place did, as a verb-object phrase
(`俞邦村：党支部领办小吃合作社`, `临翔区：发展壮大村集体经济` from `把发展壮大村集体经济作为…`), else the
name of its top theme (`和寨村：乡村振兴与集体经济`, not `…和寨村已经成为…的一个缩影`). A lead whose first
deed names one place and is short reads as a headline as it is (`银川市以党建引领破解基层治理难题`): the
first pass (`titles.title_from_lead`, while the page is segmented) stays; a long one names the place an official
visited and what was looked into (`四川天府新区：社区基层治理和推进科技创新`), else the event the place held
(`呼伦贝尔市：爱警暖警讲座义诊`), else the top theme. The title stays listed in `review`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from builder.content.loader import Label
from builder.ingest.titles import GENERIC_AREAS, TOWNSHIP_LEVEL, lead_clauses, unit_level
from builder.places import townships
from builder.places.gazetteer import gazetteer
from builder.text.patterns import INSPECTING, RESOLVE_ADVERBS, alternation

if TYPE_CHECKING:
    from builder.extract.fields import Extracted
    from builder.ingest.draft import Draft

MAX_MADE_TITLE = 24  # characters: a made title longer than this is no headline to scan
_AS_IS = 24  # a deed of one place up to this long reads as a headline as it is
_MAX_PHRASE = 14  # a verb-object phrase longer than this is a clause

_UNIT = re.compile(
    r"[\u4e00-\u9fff]{1,10}?(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|县|区|旗|街道|乡|镇|社区|小区|村|嘎查|苏木)"
)
# `干部走进荷塘村`, `紧抓党建引领乡…`: a deed, no place's name
_NOT_IN_NAME = re.compile(
    r"[的在把到给为抓]|党建|引领|开展|组织|服务|工作|治理|振兴|走进|进入|来到|深入|前往|干部|党员|群众"
    # `先后成立小区…`, `相继建起村…`: a deed founding the unit, no place's name
    r"|成立|建立|组建|创建|设立|打造|建起|建成|选派|依托|先后|陆续|相继|分别"
    # `公安局党委携手赤峰市…`: a unit's organ and its partner, no place's name (联合 is: 联合村, 联合社区)
    r"|党委|党组|党工委|携手"
)
_COUNTY_ENDS = ("县", "区", "旗", "市")

_QUOTES = re.compile(r"[“”‘’\"'\s]")
_QUOTED = re.compile(r"[“‘]([^“”‘’，。！？]{3,16})[”’]")
_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]?")
_CLAUSE = re.compile(r"[^，；：,;:。！？!?]+")
# `把发展壮大村集体经济作为…重要抓手`, `紧抓党建引领乡村振兴这一重要引擎`: the deed's object is its theme
_MAKE_INTO = re.compile(r"^把(.{4,14}?)(?:作为|当作|当成|摆在)")
_FOCUS_ON = re.compile(
    r"^(?:紧抓|抓住|抓好|聚焦|紧扣|紧紧围绕|围绕|坚持|立足)(.{4,14}?)(?:这一|这个|这项|这条|$)"
)
# a visit (`…赴四川天府新区调研社区基层治理和推进科技创新工作`): the place visited and what was looked into
_VISIT = re.compile(rf"(?:赴|到|前往|深入)([^，。、]{{2,12}}?)(?:{INSPECTING})(.{{4,16}}?)(?:等?工作|情况)?$")
# an event held (`…携手…开展爱警暖警讲座义诊活动`): what it was
_HELD = re.compile(r"(?:开展|举办|举行|组织)(?:了)?([^，。“”]{4,12}?)(?:活动|行动)$")
_ADVERB = re.compile(f"^(?:{alternation(RESOLVE_ADVERBS + ' 深入 全力 始终')})")
# a clause that says what a place is or sees, not what it did: `…已经成为…的一个缩影`, `居民都会看到这样一道…`
_NO_DEED = re.compile(r"[这那]|已经?|成为|正在|都会|一个|[的了着]$|^(?:是|也|还|都|将|并|有)")


def place_units(text: str) -> list[str]:
    """The places `text` opens with, going down the levels (`三明市沙县区夏茂镇俞邦村党支部…` -> 三明市, 沙县区,
    夏茂镇, 俞邦村): the gazetteer's names, short forms too (`福州`, `六盘水`), and below them units by their
    suffix (街道, 镇, 村, 社区, 小区); never an area (`辖区`) or a scope (`全区`)."""
    units: list[str] = []
    position, level = 0, -1
    places = gazetteer()
    while position < len(text):
        place = places.place_opening(text[position : position + 12])
        township = _township_at(text, position)
        if township and not (place is not None and len(place) >= len(township)):
            unit, below = township, TOWNSHIP_LEVEL  # `登州路街道`, not the city `登州` and `路街道`
        elif place is not None and (not units or _full_form(place)):
            unit = place
            below = _listed_level(unit)
        else:
            match = _UNIT.match(text, position)
            if not match or _NOT_IN_NAME.search(match.group(0)[:-1]):
                break
            unit = match.group(0)
            below = unit_level(unit, estates=True)
        if unit in GENERIC_AREAS or (len(unit) == 2 and unit[0] in "全各本该") or below < level:
            break
        units.append(unit)
        position, level = position + len(unit), below
    return units


def _township_at(text: str, position: int) -> str | None:
    """The township or subdistrict the table knows whose name stands at `position` (`潍州路街道`, as printed)."""
    found = townships.find(text[position : position + 12])
    return text[position : position + len(found[0][1])] if found and found[0][0] == 0 else None


def _full_form(name: str) -> bool:
    """A place written in full (`凤阳县`), not by its short form (`凤阳` of `凤阳社区`, `古城` of `古城镇`): below
    the chain's first place, only a name in full is a place (a short form opens a township's or a village's)."""
    return any(form.strength == "full" for form in gazetteer().forms.get(name, ()))


_RANKS = {"province": 0, "city": 1, "county": 2, "township": 3}


def _listed_level(name: str) -> int:
    """The level of a place the gazetteer lists, however written (`福州` a city, `六盘水` a city)."""
    places = gazetteer()
    ranks = [
        _RANKS.get(places.places[form.key].level, 4)
        for form in places.forms.get(name, ())
        if form.key in places.places
    ]
    return min(ranks) if ranks else unit_level(name, estates=True)


def display_place(units: Sequence[str]) -> str:
    """The acting unit's shortest unambiguous name: the lowest of the chain, with the place over it when its name
    is a county's that several counties bear (`乐山市市中区`, not `市中区`; `马坡镇`, `钟山区` alone)."""
    lowest = units[-1]
    if len(units) > 1 and lowest.endswith(_COUNTY_ENDS):
        counties = {form.key for form in gazetteer().forms.get(lowest, ()) if form.key in gazetteer().places}
        if len({key for key in counties if gazetteer().places[key].level == "county"}) > 1:
            return units[-2] + lowest
    return lowest


def _squashed(text: str) -> str:
    return _QUOTES.sub("", text)


def _central_practice(clause: str, lead: str, practices: Sequence[str]) -> str | None:
    """The practice the title names: one the deed's clause names, else a name it quotes, else the lead's
    (_practice_of_lead)."""
    named = _nameable(practices)
    for practice in named:
        if _squashed(practice) in _squashed(clause):
            return practice
    quoted = _QUOTED.search(clause)
    if quoted:
        return quoted.group(1)
    return _practice_of_lead(lead, practices)


def _practice_of_lead(lead: str, practices: Sequence[str]) -> str | None:
    """The practice a lead names (no clause of a deed to go by): one its first sentence names, else a name it
    quotes twice, else the one practice the report names."""
    named = _nameable(practices)
    first = next(iter(_SENTENCE.findall(lead)), "")
    for practice in named:
        if _squashed(practice) in _squashed(first):
            return practice
    repeated = [q for q, n in Counter(_QUOTED.findall(lead)).most_common() if n >= 2]
    if repeated:
        return repeated[0]
    return named[0] if len(practices) == 1 and named else None  # the one practice the report names


def _nameable(practices: Sequence[str]) -> list[str]:
    """The practices short enough for a title, no `+` compound (`党建+物业`)."""
    return [p for p in practices if 3 <= len(p) <= 16 and "+" not in p and "＋" not in p]


def _deed_phrase(rest: str) -> str | None:
    """What the place did, as a short verb-object phrase of the clause after its name: the object of
    `把…作为` or `紧抓…这一`, else the rest itself when short and a deed."""
    rest = _ADVERB.sub("", rest)
    found = _MAKE_INTO.match(rest) or _FOCUS_ON.match(rest)
    if found:
        return found.group(1)
    if 4 <= len(rest) <= _MAX_PHRASE and not _NO_DEED.search(rest) and "“" not in rest:
        return rest
    return None


def _acting_clause(lead: str) -> tuple[str, bool] | None:
    """The clause naming the place the report is about, and whether it says what that place did: the place a
    lead opens by setting its subject in (`在南关区园中园小区，有一支…服务队`); else the lead's first deed of a
    place named in full, or of a township or subdistrict named alone coming before it; else a clause opening with a place's short name (`福州紧抓…`); else a place named in
    reported speech, or as where things happen (`在北京朝阳区…艺水芳园社区南门，几名老人…`)."""
    sentences = [s for s in _SENTENCE.findall(lead) if not s.startswith("“") and not s.endswith(("？", "?"))]
    clauses = [c for sentence in sentences for c in _CLAUSE.findall(sentence)]
    for sentence in sentences[:3]:
        opening = _CLAUSE.findall(sentence)[:2]
        setting = len(opening) == 2 and opening[0].startswith("在") and opening[1].startswith("有")
        if setting and place_units(opening[0][1:]):
            return opening[0][1:], False
    speech = None
    township = _township_deed(clauses)
    for clause, is_speech in lead_clauses([lead]):
        if not is_speech:
            if township and 0 <= lead.find(township) < lead.find(clause):
                break  # the subdistrict's deed comes first: it acts, a community it leads comes on later
            return clause, True
        speech = speech or clause
    for clause in clauses:
        units = place_units(clause)
        if (
            units
            and (_listed(units[0]) or len(units) > 1 or clause == township)
            and len(clause) >= 8
            and not _SPEECH.search(clause)
        ):
            return clause, True
    if speech:
        return speech, False
    for clause in clauses:
        if clause.startswith("在") and place_units(clause[1:]):
            return clause[1:], False
    return None


def _township_deed(clauses: Sequence[str]) -> str | None:
    """The first clause opening with a township or subdistrict the table knows and saying what it did
    (`2026年以来，登州路街道充分利用“…”…`): the place that acts, named alone as a local paper names it (the
    lead's clauses of a place in full read only cities and counties, and a community by its `…区`)."""
    for clause in clauses:
        if len(clause) >= 8 and _township_at(clause, 0) and not _SPEECH.search(clause):
            return clause
    return None


_SPEECH = re.compile(r"(?:告诉|表示|说|介绍|强调)$|记者")


def _listed(name: str) -> bool:
    return name in gazetteer().forms


def remade_title(lead: Sequence[str], practices: Sequence[str], theme: Label | None) -> str | None:
    """The headline for an untitled report (see the module's doc), or None when the first pass stays."""
    text = "".join(lead[:3])
    found = _acting_clause(text)
    if found is None:
        return None
    clause, deed = found
    units = place_units(clause)
    if not units:
        return None
    place = display_place(units)
    rest = clause[sum(map(len, units)) :]
    focus = _MAKE_INTO.match(_ADVERB.sub("", rest)) or _FOCUS_ON.match(_ADVERB.sub("", rest))
    if deed and len(units) == 1 and len(clause) <= _AS_IS and not focus:
        return clause  # `银川市以党建引领破解基层治理难题` reads as a headline as it is
    visit = _VISIT.search(rest) if deed and len(units) == 1 else None
    if visit and place_units(visit.group(1)):
        # `成都市委副书记、市长某某赴四川天府新区调研社区基层治理…工作`: the place visited, what was looked into
        place, rest = display_place(place_units(visit.group(1))), visit.group(2)
        candidates = [rest]
    elif deed and len(units) == 1:  # one place whose deed is long: the practice it names, the event it held
        quoted = _QUOTED.search(clause)
        held = _HELD.search(rest)
        candidates = [
            focus.group(1) if focus else None,
            quoted.group(1) if quoted else None,
            held.group(1) if held else None,
            theme.zh if theme else None,
        ]
    else:
        candidates = [
            _central_practice(clause, text, practices),
            _deed_phrase(rest) if deed else None,
            theme.zh if theme else None,
        ]
    for phrase in candidates:
        if phrase and len(place) + 1 + len(phrase) <= MAX_MADE_TITLE:
            return f"{place}：{phrase}"
    return None


def retitle(drafts: Sequence[Draft], extracted: Sequence[Extracted], themes: Mapping[str, Label]) -> None:
    """Remake the title of every draft printed without a headline from its lead, its practices and its top
    theme (`remade_title`); a title printed on the page stays."""
    for draft, fields in zip(drafts, extracted, strict=True):
        if draft.lead:
            top = themes.get(fields.themes[0]) if fields.themes else None
            draft.title = (
                remade_title(draft.lead, fields.practices, top)
                or _placeless_title(draft.title, draft.lead, fields, top)
                or draft.title
            )


def _placeless_title(title: str, lead: Sequence[str], fields: Extracted, theme: Label | None) -> str | None:
    """For a report whose lead names no place that acts (a reporter's scene: `近日，记者走进…小区，道路干净整洁…`)
    and whose first pass is a clause naming no place (`先后成立小区党支部和业主委员会`): the place the
    extractors found (its locality, else its most specific division), `：`, and its central practice, else its
    top theme (`长泰社区：红色物业`). None when the first pass opens on a place, or nothing is found."""
    if "：" in title or place_units(title):  # (`石桥村：“老党员”`, `银川市以…`: a place's title already)
        return None
    region = fields.region
    place = fields.locality or region.county or region.city or region.province
    phrase = _practice_of_lead("".join(lead[:3]), fields.practices) or (theme.zh if theme else None)
    if not place or not phrase or len(place) + 1 + len(phrase) > MAX_MADE_TITLE:
        return None
    return f"{place}：{phrase}"
