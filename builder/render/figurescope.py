"""The unit a figure counts when its sentence names one larger than the unit that acts: a community's article
saying 目前茄子溪街道已有280名网格志愿者 gives the subdistrict's volunteers, not the community's; 厦门市思明区在…等地，
设立了127个…驿站 the district's stations; 全市共划分网格3109个 in a county's article the city's grids.
/compare/ (builder.render.comparesections) charts such a figure at the level of the unit it counts, under that
unit's name. Pure and cheap (no gazetteer): the larger units it knows are those enclosing the acting one, its
region's province, city and county and the township its locality opens with (`enclosing_places`).

- In the figure's clause, before the figure: the last unit named, a scope word (全市, 全县, 全区, 全镇 …) or an
  enclosing unit's name (茄子溪街道, 银川市); a community or village named there, or after the township
  (莒县城阳街道桃园社区依托5个…: the address goes on down), is the acting unit.
- Else, when the clause has no subject of its own (社区…筹得善款5000元 has one), the sentence's subject: the
  address opening the sentence (after a time word), its innermost unit.
- A smaller unit than the acting one opening the sentence as its subject (smaller_unit), when the figure's
  clause names no unit: a community by its name in a larger unit's article (某某社区共签约…，覆盖社区网格8个: the
  community's grids, charted at its level), or one body (BODY: a company, an association, a party branch:
  某某有限公司是一家…企业，现有党员6名), which is no place's size at all."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

RANK = {"province": 0, "city": 1, "county": 2, "township": 3, "community": 4}
_CLAUSE_MARKS = re.compile(r"[，,；;。！？!?：:]")
_SENTENCE_END = re.compile(r"[。！？!?；;]")
# 全区 is a district's whole (a county); an autonomous region's is 全自治区 (or its name); 全区域 is the whole area
# of whatever unit speaks (社区全区域划分网格12个), no district's (全市域, 全县域 are the city's, the county's)
_SCOPE = re.compile(r"全(自治区|省|自治州|市|州|盟|地区|县|区(?!域)|旗|街道|镇|乡|苏木|村|社区|嘎查)")
_SCOPE_LEVEL = {
    "自治区": "province", "省": "province", "自治州": "city", "市": "city", "州": "city", "盟": "city",
    "地区": "city", "县": "county", "区": "county", "旗": "county", "街道": "township", "镇": "township",
    "乡": "township", "苏木": "township", "村": "community", "社区": "community", "嘎查": "community",
}  # fmt: skip
# the unit an article speaks of by a demonstrative (该县, 本镇, 该村): the acting unit or one its text named
_DEMONSTRATIVE = re.compile(
    r"[该本](自治区|省|自治州|市|州|盟|地区|县|区(?!域)|旗|街道|镇|乡(?!村)|苏木|村|社区|嘎查)"
)
_LOCALITY_TOWNSHIP = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:街道|镇|苏木|乡(?!村))")
# a community or village by its name (滨中社区, 高沟村), not every one of them (各社区, 全村, 该社区), nor a
# village-level thing (已成立村级集体经济合作社: 村级 names no village)
_COMMUNITY = re.compile(
    r"(?<![各每全所该本辖的])(?:(?![各每全所该本辖的内和与及等])[\u4e00-\u9fff]){2,6}?(?:社区|村(?!级)|嘎查)"
)
# the address going on down to a lower unit (城阳街道桃园社区, 沙坡头区滨河镇), not to every one (街道各社区)
_ADDRESS_DOWN = re.compile(
    r"(?:(?![各每全所辖的内在和与及等将把对为])[\u4e00-\u9fff]){1,6}?(?:街道|镇|乡(?!村)|苏木|社区|村|嘎查|小区)"
)
# the figure's clause opening with the acting unit's word as its subject (社区“红色关怀基金”…筹得善款5000元)
_OWN_SUBJECT = re.compile(r"(?:社区|村里|村|小区|居委会|村委会|本社区|该社区|该村|本村)")
_OPENING = re.compile(r"^(?:目前|当前|近年来|近期|近日|日前|去年|今年|\d{4}年(?:以来)?|今年以来)*")

Unit = tuple[int, int, str, str]  # start, end, name ("" for a scope word), level
Places = tuple[tuple[str, str], ...]  # (name, level) of the units enclosing the acting one


def _before_figure(quote: str, label: str) -> str:
    """The quote up to the thing the figure counts (its label, else its first digit)."""
    at = quote.find(label) if label else -1
    if at < 0:
        digit = re.search(r"\d", quote)
        at = digit.start() if digit else len(quote)
    return quote[:at]


def _scope_level(word: str, places: Places) -> str:
    """The level of 全市, 全区 …: the innermost enclosing unit's whose name ends with the word (全市 in a county-level
    city's article, 寿光市, is the county's whole), else the word's usual level."""
    named = [level for name, level in places if name.endswith(word)]
    return max(named, key=RANK.__getitem__) if named else _SCOPE_LEVEL[word]


def _units(text: str, places: Places) -> list[Unit]:
    """Every unit `text` names, in order of where it ends (the larger first of two ending together)."""
    units: list[Unit] = [(m.start(), m.end(), "", _scope_level(m[1], places)) for m in _SCOPE.finditer(text)]
    units += [(m.start(), m.end(), "", _scope_level(m[1], places)) for m in _DEMONSTRATIVE.finditer(text)]
    for name, level in places:
        units += [(m.start(), m.end(), name, level) for m in re.finditer(re.escape(name), text)]
    units += [(m.start(), m.end(), m[0], "community") for m in _COMMUNITY.finditer(text)]
    return sorted(units, key=lambda u: (u[1], RANK[u[3]]))


def enclosing_places(steps: Iterable[tuple[str, str]], locality: str | None) -> Places:
    """(name, level) of the units enclosing the acting one: its region's province, city and county (`steps`:
    (name, level)), and the township its locality opens with (茄子溪街道 of 茄子溪街道新港社区)."""
    places = [(name, level) for name, level in steps if name and level in RANK]
    township = _LOCALITY_TOWNSHIP.match(locality or "")
    if township and township.end() < len(locality or ""):
        places.append((township[0], "township"))
    return tuple(places)


def _innermost(text: str, units: list[Unit]) -> Unit | None:
    """The last unit, or None when a community or village follows it (the address goes on down)."""
    if not units:
        return None
    last = units[-1]
    if last[3] == "community" or (last[2] and _ADDRESS_DOWN.match(text, last[1])):
        return None
    return last


def _subject(opening: str, places: Places) -> tuple[str, list[Unit]]:
    """The sentence's first clause (after a time word) and the address opening it: its units, each starting
    where the last ended."""
    clauses = [c[_OPENING.match(c).end() :] for c in _CLAUSE_MARKS.split(opening)]  # type: ignore[union-attr]
    clause = next((c for c in clauses if c), "")  # a time word alone is no subject (近年来，厦门市思明区…)
    run: list[Unit] = []
    for unit in _units(clause, places):
        if unit[0] == (run[-1][1] if run else 0):
            run.append(unit)
    return clause, run


def sentence_opening(paragraphs: tuple[str, ...] | list[str], quote: str) -> str:
    """The text of the quote's sentence before the quote, in the first paragraph holding it ("" if none)."""
    for paragraph in paragraphs:
        at = paragraph.find(quote) if quote else -1
        if at >= 0:
            start = max((m.end() for m in _SENTENCE_END.finditer(paragraph, 0, at)), default=0)
            return paragraph[start:at]
    return ""


@lru_cache(maxsize=4096)
def counted_unit(
    quote: str, label: str, acting_level: str | None, places: Places = (), opening: str = ""
) -> tuple[str, str] | None:
    """(the unit's name, "" for a scope word; its level) when the figure's clause (or else its sentence's
    subject, `opening`: the sentence before the quote) names a unit larger than the acting one
    (`acting_level`) as the one it counts; None when it names none, or the acting unit."""
    if acting_level not in RANK:
        return None
    before = _before_figure(quote, label)
    start = max((m.end() for m in _CLAUSE_MARKS.finditer(before)), default=0)
    clause = before[start:]
    units = _units(clause, places)
    if units:
        unit = _innermost(clause, units)
    elif start == 0 and opening and not _OWN_SUBJECT.match(clause):  # the subject opens the sentence
        unit = _innermost(*_subject(opening, places))
    else:
        unit = None
    if unit is None or RANK[unit[3]] >= RANK[acting_level]:
        return None
    return unit[2], unit[3]


@lru_cache(maxsize=4096)
def subject_level(quote: str, label: str, places: Places = (), opening: str = "") -> str | None:
    """The level of the unit a figure's clause names before the figure (its last: a scope word 全镇, a
    demonstrative 该县, an enclosing unit's name, a village's; the clause opening with the village's own word,
    村里 or 该村, a village's), else the one opening its sentence as its subject (`opening`: the sentence before
    the quote); None when neither names one. A time word opening the clause is no village (去年村级…)."""
    before = _before_figure(quote, label)
    start = max((m.end() for m in _CLAUSE_MARKS.finditer(before)), default=0)
    clause = before[start:]
    clause = clause[_OPENING.match(clause).end() :]  # type: ignore[union-attr]
    if units := _units(clause, places):
        return units[-1][3]
    if _OWN_SUBJECT.match(clause):
        return "community"
    if start == 0 and opening and (units := _subject(opening, places)[1]):
        return units[-1][3]
    return None


BODY = "body"  # the "level" of a figure counting one body (a company, a party branch): no place's size
# one body as the sentence's subject, not a place: a company, a co-operative, an association, a party branch
# (甘肃某某有限公司是…企业，现有党员6名; 授予流动红旗的某某党支部成立于…，下设4个党小组; 公司党支部12名党员); not a
# unit that sets them up (街道通过成立合作社3个: its name holds no verb), nor every one of them (各党支部)
_BODY = re.compile(
    r"^(?![各每全所该本])[^，。；：、\d在为对将把通依领推指建组办设]{0,24}?"
    r"(?:公司|合作社|协会|商会|联合会|党支部|党总支)(?=是|现有|共有|有|成立|通过|下设|自|于|\d)"
)
# a community or village by its name opening the sentence as its subject (某某社区共签约…5名), not a kind of them
# (城市社区, 老旧小区) nor every one (各社区, 全村)
_NAMED_COMMUNITY = re.compile(
    r"^(?![各每全所该本辖]|城市|城乡|农村|城镇|老旧|试点|示范|重点|新建|安置)[\u4e00-\u9fff]{2,6}?(?:社区|村|嘎查)"
    r"(?=共|现有|有|建立|成立|组建|通过|依托|以|在|将|把|\d)"
)


@lru_cache(maxsize=4096)
def smaller_unit(
    quote: str, label: str, acting_level: str | None, places: Places = (), opening: str = ""
) -> tuple[str, str] | None:
    """(the unit's name, its level) when the figure's clause names a scope word below the acting unit's level
    (全镇 in a county's article: ("", township)), or its sentence opens with one unit below the acting one as its
    subject and the figure's clause names no unit of its own: a community or village by its name (level
    community) under a larger acting unit, or one body (BODY: a company, an association, a party branch) under
    a township or larger. Its figures are that unit's, not the acting unit's size (赛罕区's article: 某某社区共签约
    外卖配送员5名，覆盖社区网格8个 is the community's grids)."""
    if acting_level not in RANK or RANK[acting_level] >= RANK["community"]:
        return None
    before = _before_figure(quote, label)
    clause = before[max((m.end() for m in _CLAUSE_MARKS.finditer(before)), default=0) :]
    if scope := _SCOPE.search(clause):  # the figure's clause names its own unit (全区覆盖网格80个)
        level = _scope_level(scope[1], places)  # one below the acting unit: 全镇 in a county's article
        return ("", level) if RANK[level] > RANK[acting_level] else None
    if any(name in clause for name, _ in places):
        return None
    subject = _CLAUSE_MARKS.split(opening + before, maxsplit=1)[0]
    subject = subject[_OPENING.match(subject).end() :]  # type: ignore[union-attr]
    for name, _ in sorted(places, key=lambda p: -len(p[0])):  # the address down to it: 某某区某某社区
        subject = subject.removeprefix(name)
    if body := _BODY.match(subject):
        return body[0], BODY
    if community := _NAMED_COMMUNITY.match(subject):
        return community[0], "community"
    return None


_AROUND = {"province": "所在省", "city": "所在市", "county": "所在县区", "township": "所在乡镇街道"}
# a scope word below the acting unit: 全市 in a province's article, 全县 in a city's, 全镇 in a county's
_WITHIN = {"city": "下辖市州", "county": "下辖县区", "township": "下辖乡镇街道", "community": "下辖村社区"}


def _other_unit(
    item: Any, steps: Iterable[Any], paragraphs: Iterable[str], figure: Any
) -> tuple[str, str, Places] | None:
    """The unit other than the acting one that a figure's clause or sentence names as the one it counts: a
    larger one (counted_unit), else one below it as the sentence's subject (smaller_unit): (its name, "" for
    a scope word; its level, or BODY; the units enclosing the acting one); None: the acting unit's own
    figure. `item`: the initiative (its level and locality), `steps` its region's, `paragraphs` its body's."""
    opening = sentence_opening(tuple(paragraphs), figure.quote)
    places = enclosing_places(((step.name, step.rank) for step in steps), getattr(item, "locality", None))
    level = item.level
    unit = counted_unit(figure.quote, figure.label, level, places, opening)
    unit = unit or smaller_unit(figure.quote, figure.label, level, places, opening)
    return None if unit is None else (*unit, places)


def _entry_parts(entry: Any) -> tuple[Any, Iterable[Any], tuple[str, ...]]:
    """A site-index entry's initiative, its region's steps and its parsed body's paragraphs."""
    body = getattr(entry, "body", None)
    return entry.item, getattr(entry, "steps", ()), body.paragraphs if body is not None else ()


def _entry_unit(entry: Any, figure: Any) -> tuple[str, str, Places] | None:
    """_other_unit of a site-index entry's figure."""
    return _other_unit(*_entry_parts(entry), figure)


def figure_subject_level(
    item: Any, steps: Iterable[Any], paragraphs: Iterable[str], figure: Any
) -> str | None:
    """subject_level of an initiative's figure (`item`: its locality, `steps` its region's, `paragraphs` its
    body's)."""
    places = enclosing_places(((step.name, step.rank) for step in steps), getattr(item, "locality", None))
    return subject_level(
        figure.quote, figure.label, places, sentence_opening(tuple(paragraphs), figure.quote)
    )


def entry_subject_level(entry: Any, figure: Any) -> str | None:
    """figure_subject_level of a site-index entry's figure."""
    return figure_subject_level(*_entry_parts(entry), figure)


def counts_acting_unit(item: Any, steps: Iterable[Any], paragraphs: Iterable[str], figure: Any) -> bool:
    """Whether a figure counts the acting unit itself, no larger or smaller one (the theme tables' key figures
    are the row's own sizes); `paragraphs`: the body's text, paragraph by paragraph."""
    return _other_unit(item, steps, paragraphs, figure) is None


def counted_level(entry: Any, figure: Any) -> str:
    """The level of the unit a figure of an initiative counts (`entry`: builder.render.indexes.Entry, its
    item, steps and body): the acting unit's, a larger one its clause or sentence names (`counted_unit`), or
    one below it its sentence opens with (`smaller_unit`: a community's, or BODY for one body's); "" when the
    initiative names none."""
    unit = _entry_unit(entry, figure)
    return unit[1] if unit is not None else entry.item.level or ""


def counted_place(entry: Any, figure: Any) -> tuple[str, str]:
    """(the place a figure of an initiative counts, its level), as `counted_level`: a scope word's (全市) unit
    named from the enclosing units, else the acting unit's place and 所在市."""
    unit = _entry_unit(entry, figure)
    if unit is None:
        return entry.place, entry.item.level or ""
    name, level, places = unit
    if name:
        return name, level
    names = [place for place, rank in places if rank == level]
    if names:
        return names[0], level
    below = RANK[level] > RANK[entry.item.level]  # a unit was found: the acting level is known (counted_unit)
    return f"{entry.place}{_WITHIN[level] if below else _AROUND[level]}", level
