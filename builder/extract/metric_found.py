"""The figures of one paragraph with their labels and quotes (paragraph_metrics; moved out of `metrics`): the
label after the counting word, else before the number, the previous figure's when this one goes on with it, a
change, a rate, a share, a part of the figure before, a unit implied by what is counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from builder.extract import metric_words as words
from builder.extract.metric_after import label_after
from builder.extract.metric_clauses import (
    CLAUSE_END,
    REACH,
    clause_around,
    item_cuts,
    item_segment,
    shared_labels,
    trimmed_span,
)
from builder.extract.metric_deeds import PERSON_UNITS, times_deed
from builder.extract.metric_labels import (
    is_place,
    per_unit,
    price_of_one,
    share_of_each,
    unit_fits,
    unplaced,
    verb_only,
    with_counted_thing,
)
from builder.extract.metric_phrases import (
    VERB,
    changed_thing,
    clause_before,
    clean,
    divided_label,
    label_before,
)
from builder.extract.metric_shares import (
    bonus_share,
    rate_of,
    share_described,
    share_done,
    share_of_count,
    share_of_group,
    share_of_members,
    share_of_sum,
    share_used,
)
from builder.extract.metric_skips import is_skipped
from builder.extract.metric_text import SENTENCE_END, masked_spans, sentence_start
from builder.extract.numbers import COUNT_UNITS, COUNTED_NOUNS, Quantity, find_quantities
from builder.text.numerals import COUNT_NUMERALS, COUNTS_TO_TEN
from builder.text.patterns import alternation

_PREPOSITION_END = re.compile("(?:在|于|以|按|按照|对|向|自|将|把)$")
_CHANGE = alternation(f"{words.CHANGE} {words.RESIZE}") + "|降|升"
# (比两年前提高: a change against the past goes on with the figure before it, 满意度)
_CHANGE_ONLY = re.compile(
    rf"^(?:同比|环比|(?:较|比)(?:上年|去年|前年|往年|过去|以前|同期|[\d{COUNTS_TO_TEN}]+年前))?(?:{_CHANGE})$"
)
_RATE_ONLY = re.compile(r"^(?:每(?:户|人)?(?:每)?(?:年|月|季度|天|日|周)|年均|月均|日均)$")
_CHANGE_AFTER = re.compile(rf"\s*(?:{_CHANGE}|调整|缩减|减|扩展|拓展)(?:至|到|为)")
_CHANGE_FROM = re.compile(r"由[^由，。；、]{1,10}$")
# (增加到2023年的25万元: the year the level was reached; 从34个到160个再到204个: a series goes on)
_CONTINUES = re.compile(
    rf"^[、和与及或共]?$|^合计$|(?:{_CHANGE}|调整|发展|扩展|增)(?:至|到|为)(?:现在|目前|如今|\d{{4}}年(?:底|末)?)?的?$"
    r"|^(?:再|又|后来|然后)?(?:到|至)$"
)


# The counted receive what follows (每天为2100余名老人提供助餐服务, 对全区856个小区精准画像): no deed of theirs.
_FOR_WHOM = re.compile(r"(?:为|给|替|向|对)[^，。；、\d]{0,6}$")


_FOR_START = re.compile(r"^\s*(?:为|作为)")
_AFTER_FRAME = re.compile(
    "^(?:为|作为)?(?:标准|原则|目标|要求|规模|水平|基础|方式|形式|比例)?(?:" + alternation(words.VERBS) + ")?"
)
# What qualifies the counted noun right after the counting word: a time span, a -式/-型 kind (3个24小时自助式“暖心驿站”).
_IMPLIED_UNIT = tuple((re.compile(f"(?:{alternation(ends)})$"), unit) for ends, unit in words.IMPLIED_UNITS)


@dataclass(frozen=True, slots=True)
class _Found:
    label: str
    quote_start: int
    quote_end: int
    quantity: Quantity


@dataclass(slots=True)
class _Context:
    """What labelling a number in a paragraph needs to know of the numbers before it."""

    text: str
    starts: dict[int, Quantity]  # position -> the number that starts there
    previous: _Found | None = None  # the last number with a label
    by_unit: dict[str, str] = field(default_factory=dict)  # unit -> the last label it had


# A sum in 万/亿 with 元 left out before what money it is (为村集体增加40余万纯利润, 筹集50万资金): money.
_MONEY_AFTER = re.compile(
    r"(?:纯利润|利润|纯收入|收入|收益|资金|经费|分红|工资|补贴|奖金|租金|营业额|产值|善款)"
)


def paragraph_metrics(text: str) -> Iterator[_Found]:
    quantities = [
        replace(q, unit="元") if q.scaled and not q.unit and _MONEY_AFTER.match(text, q.end) else q
        for q in find_quantities(text)
    ]
    if not quantities:
        return
    masked = masked_spans(text)
    ends = [m.start() for m in CLAUSE_END.finditer(text)]
    context = _Context(text, {q.start: q for q in quantities})
    cuts: dict[tuple[int, int], list[int]] = {}
    for q in quantities:
        if is_skipped(text, q, masked) or (
            q.unit == "%" and bonus_share(text[max(0, q.start - 6) : q.start])
        ):
            continue  # (上红榜的农户可以多兑换一成商品: the bonus a standing earns, a norm)
        clause = clause_around(text, ends, q.num_start)
        if clause not in cuts:
            cuts = {clause: item_cuts(text, clause)}
        segment = item_segment(text, cuts[clause], q)
        shared = shared_labels(text[clause[0] : q.start])
        if shared:
            quote = trimmed_span(text, *clause)
            for label in shared:
                yield _Found(label, *quote, q)
            continue
        label, quote = _label_and_quote(context, q, clause, segment)
        if not q.unit:  # 人口278万: the unit comes from what is counted
            unit = next((u for pattern, u in _IMPLIED_UNIT if pattern.search(label)), "")
            if not unit:
                continue
            q = replace(q, unit=unit)
        if not label:
            continue
        found = _Found(label, *quote, q)
        context.by_unit[q.unit] = label
        context.previous = found
        fitted = unit_fits(label, q.unit)  # 18栋楼的网格员: the number counts what the label does not name
        if not fitted:
            continue
        if fitted != label:  # 40个行政村收入…: 行政村 (the next figure of the clause goes on with the label)
            found = replace(found, label=fitted)
        if q.upper is not None:  # 300—500户: the two bounds
            yield _Found(f"{fitted}（下限）", *quote, q)
            yield _Found(f"{fitted}（上限）", *quote, replace(q, value=q.upper, upper=None))
        else:
            yield found


def _label_and_quote(
    context: _Context, q: Quantity, clause: tuple[int, int], segment: tuple[int, int]
) -> tuple[str, tuple[int, int]]:
    """The label and quote of `_first_label`, repaired: a place gives way to the noun after the number, a
    verb alone is completed by what is counted (metric_labels.py)."""
    label, quote = _first_label(context, q, clause, segment)
    standard = per_unit(context.text, q.start, q.end, q.unit)  # 每300户划分一个网格: 每个网格户数
    if standard:
        return standard, quote
    price = price_of_one(context.text, q.start, q.end, q.unit)  # 每餐12元: 每餐价格, no sum spent
    if price:
        return price, quote
    if is_place(label):
        after = _AFTER_FRAME.sub("", context.text[q.end : clause[1]].lstrip())
        label = (
            label_after(after, frames=False)
            or context.by_unit.get(q.unit, "")
            or words.UNIT_NOUNS.get(q.unit, "")
        )
    if label and verb_only(label):
        prev = context.previous
        same = prev is not None and prev.quantity.unit == q.unit
        same = same and not SENTENCE_END.search(context.text, prev.quantity.end, q.start)
        label = with_counted_thing(label, q.unit, prev.label if same and prev else "")
    label = _of_the_groups_before(context, q, label)  # 下辖5个村民小组620户: 村民小组户数, not 村民小组
    prev = context.previous  # 留言量128件，回复率100%: the rate of what the figure before counts
    if prev is not None and not SENTENCE_END.search(context.text, prev.quantity.end, q.start):
        label = rate_of(label, prev.label, prev.quantity.unit)
    return share_of_each(context.text[clause[0] : q.start], label), quote


def _first_label(
    context: _Context, q: Quantity, clause: tuple[int, int], segment: tuple[int, int]
) -> tuple[str, tuple[int, int]]:
    """The label of a number and the span of its quote: the previous number's when this one continues it,
    else the noun after the counting word, else the noun phrase before the number."""
    text, previous = context.text, context.previous
    seg_start, seg_end = segment
    quote = trimmed_span(text, seg_start, seg_end)
    same_clause = previous is not None and previous.quantity.num_start >= clause[0]
    gap = clean(text[previous.quantity.end : q.start]) if previous and same_clause else None
    if (
        previous is not None
        and gap == ""
        and previous.label == _HOUSEHOLDS
        and q.unit in _PEOPLE_OF_HOUSEHOLDS
    ):
        return _POPULATION, trimmed_span(text, max(previous.quote_start, clause[0]), seg_end)  # 215户|719人
    if previous is not None and gap is not None and _CONTINUES.search(gap):
        return previous.label, trimmed_span(text, max(previous.quote_start, clause[0]), seg_end)
    near = max(0, q.num_start - _BEFORE_REACH)  # (the patterns below end at the number)
    opens = _SERIES_START.search(text, near, q.num_start) and _SERIES_NEXT.match(text, q.end)
    if opens or _SERIES_ON.search(text, near, q.num_start):
        # 从34个到160个再到204个，…，全市党支部领办合作社就已…: what a bare series counts is named after it
        return _series_label(text, clause[1]), quote
    noun = next((n for n in COUNTED_NOUNS if text.endswith(n, q.num_end, q.end)), "")
    if noun:  # 联结起小区1800余住户: the counting word is the noun, in the place named before the number
        owner = _OWNER_BEFORE.search(text, near, q.num_start)
        return (owner.group(1) if owner else "") + noun, quote
    after = text[q.end : clause[1]]
    nxt = context.starts.get(q.end + len(after) - len(after.lstrip()))
    # a second count hands on the noun after both (63支622人的队伍); a share is a flattened row's next cell
    # (民生代办1260件100%矛盾调解…: the noun after it names the next row)
    if nxt is not None and nxt.unit in COUNT_UNITS and nxt.unit not in ("%", "‰"):
        after = text[nxt.end : clause[1]]
    changes = _CHANGE_AFTER.match(after)  # 报表从23张精简为6张: where a change starts, its label is before
    if q.unit not in ("%", "") and not changes and not (q.unit.endswith("元") and VERB.match(after.lstrip())):
        label = label_after(
            after, deeds=not _FOR_WHOM.search(text, max(0, q.start - 8), q.start), unit=q.unit
        )
        # (but 投资1.5亿元建设…: a verb follows money, the label is before)
        if label:
            return label, quote
        label = times_deed(q.unit, after)  # 上级党组织2次到村调研指导: the visits are counted, not the actor
        if label:
            return label, quote
    head_start = max(seg_start, previous.quantity.end) if previous and same_clause else seg_start
    head = text[head_start : q.start]
    if changes:  # 挂牌数量由平均每村16块精简到4块: the 由-phrase is where the change starts, not what changes
        head = _CHANGE_FROM.sub("", head) or clause_before(text, clause[0]) or head
    label = ""
    if q.unit == "%" and previous is not None and previous.quantity.is_count:
        between = text[
            previous.quantity.end : q.start
        ]  # 1200名网格员中，超三成是…: a share of the group counted
        label = share_of_count(previous.label, between, after)
    if not label and _PREPOSITION_END.search(clean(head)):  # 以300—500户为标准: what the number is for
        label = label_after(_FOR_START.sub("", after))
    subset = _SUBSET_DEED.match(after) if _SUBSET.search(clean(head)) else None
    if not label and subset:  # 纠纷64起，其中58起当场达成协议: the part is what is said of it, not the whole
        label = clean(subset.group(1))
    label = label or divided_label(head) or label_before(head, q.unit)
    if not label and head.lstrip().startswith(("由", "从")):
        label = changed_thing(text, clause[0], q.unit)  # 由57.03%下降至32.69%: the clause before names it
    if (
        _CHANGE_ONLY.match(label)
        and previous is not None
        and not SENTENCE_END.search(text, previous.quantity.end, q.start)
    ):
        label = previous.label + label
        quote = trimmed_span(text, max(previous.quote_start, q.num_start - REACH), seg_end)
    elif (
        not label
        and _RATE_ONLY.match(clean(head))
        and previous is not None
        and not SENTENCE_END.search(text, previous.quantity.end, q.start)
        and _counts_in(previous, q.unit)
    ):  # …170亩的茶园土地租金，每年8000元: a clause of a rate alone, of what the clause before names
        label = previous.label
    if label == "占比":  # 全村党员中60岁以上的占七成: the members of the group the 的-phrase names
        label = share_of_members(text[sentence_start(text, q.start, None) : q.start]) or label
    if label and q.unit == "%":  # 合作社拿出70%收益: a share of the sum named after it
        label = share_of_sum(label, after)
    if not label and q.unit == "%":
        label = (
            share_used(after) or label_after(after) or share_done(after)
        )  # 30%用于…, 60%的社区, 100%已成立…
        # (群众反映的问题中，七成以上与社区生活息息相关: the share of the group named before)
        opening = text[sentence_start(text, q.start, None) : q.start]
        label = label or share_of_group(opening, after) or share_described(opening, q.approx)
    joined = _JOINED_AFTER.match(after)
    if not label and joined and not context.by_unit.get(q.unit):  # 已有2.1万户参与。: who took part
        label = joined.group(1) + (joined.group(2) or "") + words.UNIT_NOUNS.get(q.unit, "数量")
    achieved = _ACHIEVED_AFTER.match(after) if q.unit in PERSON_UNITS else None
    if (
        not label and achieved
    ):  # 412人通过职业资格考试: people counted opening their clause, what they achieved
        label = clean(achieved.group(1))
    if not label and q.unit == "户" and not clean(after):
        label = _HOUSEHOLDS  # 全村…，215户719人: households counted bare, a place's make-up
    return label or context.by_unit.get(q.unit, ""), quote


# A place's households counted bare, then right after them its people (全村下辖3个自然村，215户719人): 户数 and 人口,
# the people of those households, never the households' figure as a label.
_HOUSEHOLDS, _POPULATION = words.UNIT_NOUNS["户"], "人口"
_PEOPLE_OF_HOUSEHOLDS = ("人", "口", "口人")


# A series of bare figures over time (从34个到160个再到204个), its first figure: what is counted is named after it.
_SERIES_START = re.compile(r"(?:^|[，。；：\s])(?:从|由)$")
_STEP = r"[\d.]+[个家名人项座处户]?"
# (a later figure of the series: 再到204个 after 从34个到160个)
_SERIES_ON = re.compile(rf"(?:^|[，。；：\s])(?:从|由){_STEP}(?:(?:到|至){_STEP})*(?:再|又)?(?:到|至)$")
_SERIES_NEXT = re.compile(rf"\s*(?:到|至)\s*[\d{COUNT_NUMERALS}]")
# the noun of a later clause of the sentence the deed is told of (…党支部领办合作社就已覆盖全县)
_SERIES_NOUN = re.compile(r"[，,]([^，,。；;！？]{2,24}?)(?:就已经|就已|已经|已|就|均|都)")


def _series_label(text: str, clause_end: int) -> str:
    """What a series of bare figures counts: the noun a later clause of its sentence tells of, without its place
    (蓬莱市党支部领办合作社 -> 党支部领办合作社); nothing when no clause names it (never 再, 到)."""
    end = SENTENCE_END.search(text, clause_end)
    noun = _SERIES_NOUN.search(text, clause_end - 1, end.start() if end else len(text))
    if noun is None:
        return ""
    return unplaced(clean(noun.group(1)))


# How far before a number the series and owner patterns look (each ends at the number; searched from the text's
# start, every number read the whole text again: a 700 000-character line took minutes).
_BEFORE_REACH = 80
# The place whose households a counted noun (住户, 农户) names, right before the number (小区1800余住户).
_OWNER_BEFORE = re.compile(r"(小区|社区|村|楼栋|网格|辖区)(?:内|里)?(?:共有|有|的|近|约|超)?$")


def _of_the_groups_before(context: _Context, q: Quantity, label: str) -> str:
    """A place's make-up listed count after count (下辖5个村街1800余户, 8个村民小组620户2300人, 3支队伍120人): the
    households or people are those of the groups the count right before counted, so the label names both
    (村街户数, 村民小组人数), not the groups alone."""
    prev = context.previous
    if prev is None or q.unit not in ("户", "人", "名") or prev.quantity.unit == q.unit:
        return label
    groups = _UNIT_NOUN_END.sub("", prev.label)
    gap = clean(context.text[prev.quantity.end : q.start])
    named_after = clean(context.text[q.end : q.end + len(label) + 4]).lstrip("的“「")
    if not groups or label != prev.label or gap not in ("", groups) or named_after.startswith(groups):
        return (
            label  # (63支622人的“青城义警”队伍: both count the noun after them, the teams and their people)
        )
    return groups + words.UNIT_NOUNS[q.unit]


_UNIT_NOUN_END = re.compile(f"(?:{'|'.join(sorted(set(words.UNIT_NOUNS.values()), key=len, reverse=True))})$")


def _counts_in(previous: _Found, unit: str) -> bool:
    """The figure before counts in `unit` too: its own unit, or a label whose noun is counted in it (…土地租金 in
    元); 为200名老人提供助餐服务，每月300元 is no sum of the 老人."""
    return previous.quantity.unit == unit or any(
        implied == unit and pattern.search(previous.label) for pattern, implied in _IMPLIED_UNIT
    )


# A part of the figure before (其中58起当场达成协议), nothing counted after its number but what is said of it.
_SUBSET = re.compile(r"其中$")
_SUBSET_DEED = re.compile(r"^\s*(?:已|均|都|全部|已经)?([\u4e00-\u9fff“”「」]{2,12})\s*$")

# Nothing counted but a verb of taking part closing the clause (已有2.1万户参与。), maybe with what they took part in
# (已有1100人参与积分): the label is who took part.
_JOINED_AFTER = re.compile(
    r"\s*(参与|参加|加入|报名|受益|入驻|签约|注册)(?:其中|进来|了)?([\u4e00-\u9fff]{2,6})?\s*(?:[，。；！]|$)"
)
# People counted opening their clause, then what they passed or won (412人通过社会工作者职业资格考试, 58人获评优秀
# 社工): the label is what they achieved.
_ACHIEVED_AFTER = re.compile(
    r"\s*((?:通过|考取|取得|获得|获评|荣获|考入|考上)[\u4e00-\u9fff“”]{2,14})\s*(?:[，。；！]|$)"
)
