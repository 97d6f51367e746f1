"""Repairs of a metric label once metrics.py has cut it out of its clause: a label names the whole counted thing.

- Leading scope words and prepositions go only when they are words of their own (`全区有从业人员` -> 从业人员,
  but `从业人员` and `有效管理` keep their first character): `strip_lead`.
- The one who acts stands before an adverb of summing up (`服务站累计服务群众` -> 服务群众): `after_tally`.
- Speech opens with a speaker (`“我们小区有社区党员`): the label is what follows the speaker's 有/是.
- A place or an administrative word (`自治区`, `凯里市`, `平凉`) is where, not what: the noun after the number
  is tried instead (`凯里市以300—500户为标准划分基础网格` -> 基础网格).
- A verb alone (`推动完成`, `调研`, `捐助`) is what was done, not what was counted: it takes the thing the same
  unit counted just before in the same sentence (`对接形成项目清单415项，推动完成400项` -> 完成项目清单), else the unit's own noun
  (`调研126次` -> 调研次数, `捐助2000元` -> 捐助金额).
- A price of one serving (`为老人提供每餐12元的助餐服务`, `老年人每餐只要12元`, `一餐只需8元`) is no sum of money spent:
  每餐价格, or 每餐补贴 when it is what is paid towards it (`按每餐3元标准给予补贴`): `price_of_one`.
- A norm for each unit (`每个片区配备“红色管家”3至5名`) says so in its label: 每个片区红色管家, not a total of
  红色管家: `share_of_each`.
- A standard of so many per unit (`按照居民区每300户划分一个网格`) counts what each unit holds: 每个网格户数, not the
  place the standard is set in: `per_unit`.
- A unit that cannot count the label's thing (`170亩的茶园土地租金`: 租金 by 亩, `100多名群众办实事`: 实事 by 名) counts
  the thing before it (茶园土地, 群众); with none (`18栋楼的网格员`, `代表60余人就…等问题进行协商`: 问题 60 人) the number
  counts something the label does not name: the figure is left out (`unit_fits`).
- The same thing counted before the work and now, one opened by 原 and one by 现 (`原挂牌914块，清理507块，现挂牌
  407块`), is labelled so: 挂牌（此前）, 挂牌（现在), and what was done to the first between them names the thing
  (清理挂牌, not 清理原挂牌): `before_and_now`.
"""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.places.gazetteer import gazetteer
from builder.text.boundaries import starts_with_word
from builder.text.numerals import LIST_NUMBER
from builder.text.patterns import alternation

__all__ = [
    "after_tally",
    "before_and_now",
    "front_cut",
    "is_place",
    "per_unit",
    "price_of_one",
    "share_of_each",
    "strip_lead",
    "unit_fits",
    "unplaced",
    "unspoken",
    "verb_only",
    "with_counted_thing",
]

_LEAD_WORD = re.compile("^(?:" + alternation(words.LEAD) + "|为|向|对|从|由|到|将|把|而|在|有)")
_ADMINISTRATIVE_WORD = "(?:" + alternation(words.ADMINISTRATIVE) + ")"
_ADMINISTRATIVE = re.compile(f"^{_ADMINISTRATIVE_WORD}(?:、{_ADMINISTRATIVE_WORD})*$")
_COUNTED_NOUNS = frozenset(words.HEADS.split()) | frozenset(words.GENERIC.split())
_VERB_ONLY = re.compile("^(?:" + alternation(words.VERBS) + "|" + alternation(words.DEEDS) + ")+$")
_VERB_AT = re.compile("(?:" + alternation(words.VERBS) + "|" + alternation(words.DEEDS) + ")")
_VERB_LEAD = re.compile("^(?:" + alternation(words.VERBS) + ")")
_PLACE_PREFIX = re.compile("^[\u4e00-\u9fff]{1,8}[市区县旗州]$")
# 市委组织部, 区级, 县直, 区、县, and the words a 市/区/县 begins (市域, 区内, 市民, 县城): the place's own
_OWN_BODY = re.compile("委|党委|政府|人大|政协|级|直|属|的|、|和|与|及|域|内|外|民|容|貌|城|情|长")
_SPEAKER = re.compile(r"^.*?(?:我们|咱们|我|你们|大家)[^有是]{0,8}?(?:还有|有|是)")


def strip_lead(label: str) -> str:
    """Scope words and prepositions at the start of a label, each only when it is a word of its own."""
    while True:
        match = _LEAD_WORD.match(label)
        if match is None:
            return label
        single = (
            len(match.group(0)) == 1
        )  # (从, 有, 在: often the first character of a word; 全市, 分别为: not)
        if single and match.end() < len(label) and not starts_with_word(label, match.group(0)):
            return label
        label = label[match.end() :]


def front_cut(label: str) -> str:
    """What goes from the front of a label: a section's number, the group the counted are picked from (从…中),
    scope words, a speaker, the one who acts before 累计 or 共, a place."""
    label = LIST_NUMBER.sub(
        "", label
    )  # 三、村均集体经济收入: a section's number is no part of what is counted
    label = _PICKED_FROM.sub("", label)
    return after_tally(unspoken(strip_lead(unplaced(strip_lead(label)))))


def unplaced(label: str) -> str:
    """`东胜区老旧小区物业服务覆盖率` -> 老旧小区物业服务覆盖率: a city or county named before what is counted is
    where, not what (also one inside another, 鄂尔多斯市东胜区); never its party committee or government (市委…)."""
    while True:
        cut = next(
            (
                n
                for n in range(min(len(label) - 2, 10), 1, -1)
                if _PLACE_PREFIX.match(label[:n]) and _placed(label, n)
            ),
            0,
        )
        if not cut:
            return label
        label = label[cut:]


def _placed(label: str, n: int) -> bool:
    forms = gazetteer().forms.get(label[:n], ())
    return any(f.strength == "full" for f in forms) and not _OWN_BODY.match(label, n)


# 街道共吹哨, 联户长共报告…, 区里每年拿出…: the one who acts, then 共/还/每年 before the deed (not 公共, 共建, 共享;
# not the 还 of a verb of giving back, 偿还, 退还, 归还, 返还)
_ACTOR_BEFORE = re.compile(
    "^(?!每)[\u4e00-\u9fff]{2,10}?(?:(?<![公总一中])共(?![计建享治同有性识])|(?<![偿退归返交送奉发])还(?![原款])"
    "|每年(?=[\u4e00-\u9fff]{4}))"
    "(?=[\u4e00-\u9fff]{2})"
)
# 从返乡青年中发展党员: the group the counted are picked from is no part of what is counted
_PICKED_FROM = re.compile(r"^(?:又|还|也)?从[^从中，。；\d]{1,16}中(?=[\u4e00-\u9fff“]{2})")


def after_tally(label: str) -> str:
    """`服务站累计服务群众` -> 服务群众: the one who acts stands before the adverb of summing up (累计, 共计), or
    before 共, 还, 每年 and the deed (`街道共吹哨` -> 吹哨, `区里每年拿出专项经费` -> 拿出专项经费)."""
    for tally in words.TALLY.split():
        head, found, tail = label.partition(tally)
        if found and head and len(tail) >= 2:
            label = tail
    actor = _ACTOR_BEFORE.match(label)
    return _PICKED_FROM.sub("", label[actor.end() :] if actor else label)


def unspoken(label: str) -> str:
    """`我们小区有社区党员` -> 社区党员: the speaker is not what is counted."""
    match = _SPEAKER.match(label)
    return label[match.end() :] if match and len(label) - match.end() >= 2 else label


def is_place(label: str) -> bool:
    """A place name or an administrative word (or a 、-list of them): where something is, not what."""
    if not label or _ADMINISTRATIVE.match(label):
        return bool(label)
    if label in _COUNTED_NOUNS:  # 资源 (资源县's bare stem): a noun the vocabulary counts is no place
        return False
    return any(f.strength != "bare" or len(label) >= 2 for f in gazetteer().forms.get(label, ()))


def verb_only(label: str) -> bool:
    """Is the label nothing but verbs (推动完成, 调研, 捐助)?"""
    return bool(_VERB_ONLY.match(label))


_OBJECT_END = re.compile("(?:" + alternation(words.GENERIC) + ")$")


def with_counted_thing(label: str, unit: str, previous: str) -> str:
    """A verb-only label completed by what is counted: the same unit's previous label, else the unit's noun."""
    verb = list(_VERB_AT.finditer(label))[-1].group(0) if _VERB_AT.search(label) else label
    thing = _VERB_LEAD.sub("", previous)  # 收集问题 then 已解决196个: 解决问题, not 解决收集问题
    previous = thing if len(thing) >= 2 else previous
    has_object = _OBJECT_END.search(
        verb
    )  # 设立党员中心户1120户，联系服务群众1.4万户: the deed names whom it serves
    if previous and not has_object and not verb_only(previous) and verb not in previous:
        return verb + previous
    return label + words.UNIT_NOUNS.get(unit, "数量")


_EACH_BEFORE = re.compile(r"每\s*$")
_ONE_UNIT_AFTER = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{0,3}?(?:划分|划定|设立|设置|建立|组建|成立|配备|确定|编为|划为|设)|[\u4e00-\u9fff]{0,3}?(?=为))?"
    r"(?:为|成)?一个"
    r"([\u4e00-\u9fff]{1,4}?)(?=[的，,。；;、]|$)"
)


def per_unit(text: str, start: int, end: int, unit: str) -> str | None:
    """每300户划分一个网格 -> 每个网格户数: a standard counts what one unit holds (None: no such standard)."""
    if not _EACH_BEFORE.search(text, max(0, start - 2), start):
        return None
    match = _ONE_UNIT_AFTER.match(text, end)
    if match is None or is_place(match.group(1)):
        return None
    return f"每个{match.group(1)}{words.UNIT_NOUNS.get(unit, '数量')}"


_EACH_ITEM_BEFORE = re.compile(
    r"(?:每|一(?=\s*[餐顿]))\s*([餐份碗盒杯顿斤次])\s*(?:只需|只要|仅需|仅|只|需|均)?\s*(?:花费|支付|付|花|交|收取|收费)?\s*$"
)
_SUBSIDY = re.compile(r"\s*(?:的)?(?:标准)?(?:给予|发放)?补贴")


def price_of_one(text: str, start: int, end: int, unit: str) -> str | None:
    """每餐12元 -> 每餐价格 (每餐补贴 when it is what is paid towards it);
    None when no price of one serving stands there."""
    match = _EACH_ITEM_BEFORE.search(text, max(0, start - 10), start)
    if unit != "元" or match is None:
        return None
    each = f"每{match.group(1)}"
    if _SUBSIDY.match(text, end) or "补贴" in text[match.start() : start]:
        return f"{each}补贴"
    return f"{each}价格"


# 每个片区, 每名党员, 每村 (not 每年/每月/每次: a period, nor 每300户: a standard's size)
_EACH_UNIT = re.compile(
    r"每(个|名|位)?([\u4e00-\u9fff]{1,4}?)(?=配备|选派|选聘|设立|设置|配齐|明确|确定|安排|落实)"
)
_PERIOD = re.compile(r"^(?:年|月|天|日|周|季度|次|晚|人)")


def share_of_each(head: str, label: str) -> str:
    """`每个片区配备“红色管家”` + 红色管家 -> 每个片区红色管家: the label of a norm for each unit (else as it was)."""
    match = _EACH_UNIT.search(head)
    if not label or "每" in label or match is None or _PERIOD.match(match.group(2)):
        return label
    if is_place(match.group(2)) and not _ADMINISTRATIVE.match(match.group(2)):
        return label
    return f"{match.group(0)}{label}"


BEFORE_LABEL = "（此前）"
NOW_LABEL = "（现在）"
# 原 opening the label, maybe after a scope (全村原有党员, 村里原有党员; not 原则, 原因: the thing follows in 2+ characters)
_BEFORE_OPENING = re.compile(
    r"^(?:全[\u4e00-\u9fff]{1,2}|[\u4e00-\u9fff]{1,2}[里内])?(?P<said>原(?:有的?|来的|先的)?)(?=[\u4e00-\u9fff“]{2})"
)


def before_and_now(figures: list[tuple[str, str, str]]) -> list[str]:
    """The labels of one paragraph's figures (label, unit, quote), a thing counted before the work (原挂牌, 原有党员)
    and now (现挂牌, 现有党员: the same thing by the same unit after it, 现 in its label or its quote) labelled
    挂牌（此前） and 挂牌（现在）; a label between them ending in the first (清理原挂牌) names the thing (清理挂牌).
    Any other label is left as it is."""
    out = [label for label, _, _ in figures]
    for first, (label, unit, _) in enumerate(figures):
        opening = _BEFORE_OPENING.match(label)
        if opening is None:
            continue
        thing = label[opening.end() :]
        now = next(
            (
                at
                for at in range(first + 1, len(figures))
                if figures[at][1] == unit
                and (
                    figures[at][0] in ("现" + thing, "现有" + thing)
                    or (figures[at][0] == thing and re.search(f"现有?的?{re.escape(thing)}", figures[at][2]))
                )
            ),
            None,
        )
        if now is None:
            continue
        out[first], out[now] = thing + BEFORE_LABEL, thing + NOW_LABEL
        for at in range(first + 1, now):
            said = label[opening.start("said") :]  # 清理原挂牌: what was done to the thing before
            if figures[at][1] == unit and figures[at][0].endswith(said) and figures[at][0] != label:
                out[at] = figures[at][0][: -len(said)] + thing
    return out


# People (网格员, 楼栋长, 村民), sums of money (收入, 租金) and affairs (问题, 诉求) and the units that never count them:
# the number then counts something else, which the label does not name (18栋楼的网格员: the buildings)
_PEOPLE_END = re.compile(
    "(?:员|人员|党员|居民|村民|群众|志愿者|书记|代表|骑手|小哥|人口|劳动力|(?:网格|楼栋|单元|联户|楼|组|队|村)长)$"
)
_MONEY_END = re.compile("(?:收入|租金|收益|产值|分红|投资|资金|经费|金额)$")
_AFFAIR_END = re.compile("(?:问题|事项|诉求|纠纷|矛盾|实事|难事)$")
_NOT_FOR_PEOPLE = frozenset(
    ["栋", "间", "亩", "平方米", "公里", "米", "块", "张", "台", "套", "处", "座", "所"]
)
_NOT_FOR_MONEY = frozenset(["亩", "平方米", "公里", "米", "个", "栋", "间", "户", "人", "名", "位"])
_FOR_PEOPLE = frozenset(["人", "名", "位", "人次"])


_PEOPLE_IN = re.compile("(?:人员|党员|居民|村民|群众|志愿者|代表|骑手|小哥)")


def unit_fits(label: str, unit: str) -> str:
    """The label `unit` can count: the label itself, or the thing before the sum it runs on to (40个行政村收入…:
    行政村; 170亩的茶园土地租金: 茶园土地), or the people before their deed's affairs (100多名群众办实事: 群众);
    '' when it names nothing the unit counts (18栋楼的网格员, 60余人就…问题进行协商)."""
    if unit in _NOT_FOR_PEOPLE and _PEOPLE_END.search(label):
        return ""
    money = _MONEY_END.search(label) if unit in _NOT_FOR_MONEY else None
    if money:
        thing = label[: money.start()]
        return thing if len(thing) >= 2 and unit_fits(thing, unit) == thing else ""
    affair = _AFFAIR_END.search(label) if unit in _FOR_PEOPLE else None
    if affair:
        people = [m.end() for m in _PEOPLE_IN.finditer(label, 0, affair.start())]
        return label[: people[-1]] if people else ""
    return label
