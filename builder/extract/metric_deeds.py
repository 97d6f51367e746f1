"""A bare generic noun is no label a reader can compare: what the clause says the counted did or are makes it one.

The compare pages set figures with the same label side by side, so `党员 25` (which members?) says nothing
beside another `党员 300`. metric_phrases.py cuts the noun a number counts; when that noun is only a generic one
(党员, 群众, 居民, 社区, 问题 …, `metric_words.GENERIC`) the deed of its clause is kept with it:

- the deed after the counted noun, to the clause's end: `引导25名党员亮明身份` -> 亮明身份的党员,
  `在全区52个社区推行“社区合伙人”计划` -> 推行社区合伙人计划的社区 (`deed_after`); never a clause that goes on
  with another count, a copula or a preposition (`12名党员有了新的家`, `25名党员及联户长` stay 党员);
- the verb of doing before it: `协商解决占道经营、噪音扰民等问题87件` -> 解决问题 (`with_deed`), never a verb
  of having (`现有党员6名` stays 党员);
- people counted after a verb and a thing that names no person: `纳入有效管理119人` -> 纳入有效管理的人员
  (`with_deed`): those the deed reached, not the deed;
- a bare measure keeps its verb: `接待人数就超过100人次` -> 接待人数 (`with_deed`);
- a count of times someone was reached (人次, 户次, 家次) counts the deed, not the people: the noun keeps its
  verb, `培训渔民2800人次` -> 培训渔民, `走访农户1.2万户次` -> 走访农户 (`with_deed`).
"""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.text.numerals import COUNT_NUMERALS
from builder.text.patterns import alternation

__all__ = ["PERSON_UNITS", "clean", "deed_after", "is_generic", "names_a_post", "times_deed", "with_deed"]

_GENERIC = frozenset(words.GENERIC.split())
PERSON_UNITS = frozenset({"人", "名", "位"})  # counting words that count people
_TIMES_UNITS = frozenset({"人次", "户次", "家次"})  # (培训渔民2800人次: the trainings are counted)
_DEED_WORDS = frozenset(
    words.DEEDS.split()
)  # (提供服务52万人次: a deed alone is labelled by its unit, 服务人次)
# The last character of a noun naming people (党员, 群众, 干部, 人口, 骑手, 乡亲, 儿童, 人才 …).
_PERSON_END = re.compile(
    "[员者人民众部工生师长手哥姐友户属侨眷亲子童女士兵才表记任干年口群客匠农嫂婆爷奶叔伯妈孩娃家警力]$"
)
# A label that already says what it counts (志愿者数量, 服务人次, 覆盖率) or lists several things (楼栋长、店铺长).
_BARE_MEASURES = frozenset(["人数", "次数", "人次", "户数", "件数", "数量", "总数", "金额", "面积"])
_SAYS_ITSELF = re.compile("(?:数量|总数|数|量|规模|人次|比例|率)$|、")
_HAVING = re.compile(
    "^(?:" + alternation(f"{words.HAVING} {words.FRAMING}") + ")$"
)  # (no deed: having, framing)
_ADVERB = re.compile("^(?:" + alternation(words.DEED_ADVERBS) + ")+")
# What opens no deed: a copula, a conjunction, a preposition of another kind, a count going on.
_NOT_DEED = re.compile("^(?:" + alternation(words.NOT_DEED) + ")")
_DIGIT = re.compile(rf"[\d{COUNT_NUMERALS}]\s*[个名人户家位支项件次场]|\d")
# What a label is read without: quote marks, asterisks, spaces and what stands in brackets (the one list of it;
# metric_phrases.py and metrics.py read labels through `clean`).
_NOISE = re.compile(r"[“”‘’「」『』\"'《》*\\\s]|（[^（）]*）|\([^()]*\)")
# The kinds of place an administrative noun stands for with it, in brackets after it (县（市、区）, 村（社区）,
# 乡镇（街道）): part of what is counted, no aside.
_KINDS_BRACKET = re.compile(
    r"(?<=[省市州盟县区旗乡镇道村])（(?:省|市|州|盟|地区|县|区|旗|乡|镇|乡镇|街道|村|社区|居|场)"
    r"(?:、(?:省|市|州|盟|地区|县|区|旗|乡|镇|乡镇|街道|村|社区|居|场))*）"
)


def clean(text: str) -> str:
    """A label's words without quote marks, asterisks, spaces and bracketed asides; the kinds of place in brackets
    after an administrative noun (`县（市、区）`) stay with it."""
    kept = [match.span() for match in _KINDS_BRACKET.finditer(text)]
    if not kept:
        return _NOISE.sub("", text)
    return _NOISE.sub(lambda noise: noise.group() if noise.span() in kept else "", text)


def past_kinds(label: str, end: int) -> int | None:
    """Where a label cut after its head noun at `end` ends: past the kinds of place in brackets right after it
    (`乡镇` + `（街道）`), which are part of the noun; None when that head is itself one of those kinds, inside their
    brackets (`镇（街道` of `镇（街道）市场监管分局`: no head of the label)."""
    for kinds in _KINDS_BRACKET.finditer(label):
        if kinds.start() < end <= kinds.end():
            return None
        if kinds.start() == end:
            return kinds.end()
    return end


_DEED_MAX = 12


def is_generic(label: str) -> bool:
    """Is the label a bare generic noun (党员, 群众, 社区, 问题), which says nothing to compare by?"""
    return label in _GENERIC


# The count of the things the deed made, closing it (14个村划定“党员责任区”312个): the deed is said without it
# (people placed there, 12个社区新增网格员30名, are counted on their own).
_HAVES = re.compile("^(?:" + alternation(f"{words.HAVING} {words.FRAMING}") + ")")
_MADE_COUNT = re.compile(r"(?<=[\u4e00-\u9fff]{2})\d+(?:\.\d+)?[余多]?[个家支项件场处座间]$")


def deed_after(rest: str) -> str:
    """The deed of the counted after their noun, to the clause's end (`亮明身份` of `…党员亮明身份`), or ""."""
    deed = _ADVERB.sub("", clean(rest).split("、")[0])
    made = _MADE_COUNT.sub("", deed)
    if made != deed and _HAVES.match(made):
        return ""  # (23个村拥有党员860名: what the units have is counted on its own, no deed of theirs)
    deed = made
    if not 2 <= len(deed) <= _DEED_MAX or _DIGIT.search(deed) or _NOT_DEED.match(deed) or "的" in deed:
        return ""  # (由28家单位组成的…制度: the count qualifies what follows 的)
    return deed


def with_deed(label: str, verb: str, unit: str) -> str:
    """The label cut after `verb` (metric_phrases.label_before) with the deed that makes it comparable: a
    generic noun keeps its verb (解决问题), people counted after a thing that names none are those the deed
    reached (纳入有效管理的人员); any other label is returned as it is."""
    if not verb or not label or _HAVING.match(verb):
        return label
    if label in _BARE_MEASURES:  # 接待人数就超过100人次: a measure alone says of what only with its verb
        return verb + label
    if _SAYS_ITSELF.search(label):
        return label
    if is_generic(label) or (unit in _TIMES_UNITS and label not in _DEED_WORDS):
        return verb + label
    if unit in PERSON_UNITS and not _PERSON_END.search(label) and len(verb + label) <= _DEED_MAX:
        return f"{verb}{label}的人员"
    return label


# A post, station or team the counted staff, printed right after them (设立86个党员先锋服务岗, 党员示范岗, 党员服务站):
# the counted noun and the post are one compound, the post counted, no deed of the members (a verb opens a deed:
# 12名党员入驻服务站 -> 入驻服务站的党员).
_POST_END = re.compile("(?:岗|站|队|室|点|角|屋|中心户|责任区)$")
_VERB_START = re.compile("^(?:" + alternation(words.VERBS) + ")")


def names_a_post(deed: str) -> bool:
    """Is the `deed` after a generic noun (deed_after) the rest of a post's name (先锋服务岗 of 党员先锋服务岗)?"""
    deed = deed.rstrip("。；;，,！!？?")
    return len(deed) <= 6 and bool(_POST_END.search(deed)) and not _VERB_START.match(deed)


# A count of times between who acts and what they did (上级党组织2次到村调研指导, 小区党组织2次上门协调): the visits
# are counted, so the deed after the figure is the label, not the actor before it.
_TIMES = frozenset({"次", "回", "趟", "轮"})
_GOING = re.compile("^(?:到|赴|上门|入户|深入|前往|走进|走访|进村|进社区|下沉|登门)")


def times_deed(unit: str, after: str) -> str:
    """The deed a count of times `unit` counts, printed right `after` it to the clause's end, or ""."""
    deed = clean(after).strip()
    if unit not in _TIMES or not 3 <= len(deed) <= _DEED_MAX or _DIGIT.search(deed) or "的" in deed:
        return ""
    return deed if _GOING.match(deed) or _VERB_START.match(deed) else ""
