"""Quantitative facts in an article body: `extract_metrics(body) -> list[Metric]` (front matter `metrics`).

`body` is the Markdown body ingest writes: paragraphs separated by blank lines, `## ` headings and trailing
`图：` captions. Headings and captions are skipped; every number with a counting word in the paragraphs
becomes a `Metric(label, value, unit, approx, quote)`, in order of appearance.

Rules
-----
- Value, unit and approximation come from `numbers.py` (万/亿 multiplied out, 成 -> %, 余/多/近/超/约/左右/以上/
  不低于 -> approx, vague Chinese numerals keep their lower bound with approx).
- Counts only: the unit must be a counting word (个, 人, 名, 元, 亩, %, 人次 …). Dates and years (2024年,
  6月27日), durations (连续3年, 5分钟, 3个月; hours summed are counted, 累计服务时长9800小时), ages (72岁,
  90后), anniversaries (104周年), serial numbers (3号楼, 下转3版) are therefore not metrics. Also skipped: ordinals (第七届, 第3个), formula names and numbers
  inside short quotes or 《titles》 (“1+2+N”, “5.8 博爱周”, “3人专班”, 《…“1+10”系列文件》), the explanation in
  brackets after such a formula (`“1+1+N”(1名网格员、…)`), the Chinese numeral 一 (一名社区干部, 一个网格: a
  norm or an idiom) and Chinese numerals glued to another number (三个100%, 三位一体, 村二组), and per-person
  norms of one or two (`分别联系1个街道`, `每名党员志愿者…认领1—2个岗位`). Standards are kept (`每300户划分
  一个网格`, `每个社区每年30万元`); an explicit range is two metrics, `…（下限）` and `…（上限）`
  (`300—500户` -> 300 and 500, exact); a vague Chinese numeral keeps its lower bound, approx (`二三十件` -> 20).
- Label = what is counted. If a noun follows the counting word it is the label (`5730名在职党员`,
  `组建63支622人的“青城义警”队伍`); otherwise the noun phrase before the number, after the last verb
  (`建立网格党支部492个` -> 网格党支部, `选优配强网格党支部书记1159人`, `覆盖率达95.6%` -> the whole
  `非公有制企业党组织覆盖率`; a verb before 型/式 is part of the noun: `组建各类党支部领办型合作社264家` ->
  党支部领办型合作社, 各类 being a scope word like 全市). Quotes, brackets and 等-lists are cleaned
  (`选派楼栋长（单元长）2399人` -> 楼栋长); 中 opening the noun after the counting word is part of it
  (`35座中高温大棚`), a verb of resizing ends it (`9个大网格细化为38个小网格` -> 大网格).
  A time span or a -式 kind after the counting word qualifies the noun (`3个24小时自助式“暖心驿站”` -> 暖心驿站);
  a 从-phrase before the number is where a change starts (`社区挂牌从平均每个社区21块减少到6块` -> 社区挂牌); a
  verb alone keeps the deed or the noun before it (`企业招工300余人`), never a name (`乡贤王某捐资100多万元` ->
  捐资金额). A count of classes after their quoted names names what is divided (`将…重点人群和家庭分为“…”“…”“…”三类`
  -> 重点人群和家庭分类), never the classes.
  A number that only continues the previous one (`从65%提升至92%`, `6222亩、2065座`, `36.18万元和42.45万元`,
  `优化调整为95个`) takes its label; a bare change verb is prefixed with the previous label
  (`清理撤牌1.4万块、减少44.9%` -> 撤牌减少).
- Quote = the clause the number stands in (between ，。；：！？, at most 120 characters either side of the
  number), exactly as printed in `body`, except that a paragraph cut inside a number (a page break:
  `店铺长4300余` / `名`) is joined again, in the text and in the quote. A heading that is a sentence (ingest
  took a long line with ，；for one) is read as a paragraph.
- Which numbers are no metric at all is decided by metric_skips.py (also: a run `连续两次上“黑榜”的企业`, the
  parts announced before an enumeration `做法主要有三条：一是…`; 分 counts points only in a sentence about
  points: `累计发放积分186万分`, not `9时30分`).
- Labels are repaired by metric_labels.py (no place, no verb alone, no word cut at its first character, no
  speaker); a bare generic noun keeps the deed of its clause (metric_deeds.py: `引导25名党员亮明身份` ->
  亮明身份的党员, `协商解决…等问题87件` -> 解决问题, `纳入有效管理119人` -> 纳入有效管理的人员); what the counted
  make up names them (`4000余名以快递员…为主的新就业形态劳动者`), and where a change starts is labelled by what
  changes (`报表从23张精简为6张` -> 报表, `挂牌数量由平均每村16块精简到4块` -> 挂牌数量). Not counts either: a duration (`持续3个多月`), a per-day norm (`一天能摘20斤`) and a small Chinese
  numeral before the parts of a scheme (`组建三支队伍`, `建立五个机制`; a list printed before it is counted:
  `“骑手帮、…、骑手带”五项行动`). A clause that lists several counted items with 、 is cut into its
  items (`网格党支部 226个`), the way a reader quotes it.
- `三个100%` (and `A、B均为100%`): one number shared by several listed items is one metric per item, each
  with its own label and the shared clause as quote (`实现全区非公企业党组织覆盖率、社会组织党组织覆盖率、
  党建指导员选派三个100%` -> 非公企业党组织覆盖率 / 社会组织党组织覆盖率 / 党建指导员选派, 100 %). For this
  reason duplicates are removed on (quote, value, unit, label): the same number quoted twice from the same
  clause for the same thing appears once.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from builder.extract import metric_words as words
from builder.extract.metric_deeds import times_deed
from builder.extract.metric_labels import (
    before_and_now,
    is_place,
    per_unit,
    price_of_one,
    share_of_each,
    unit_fits,
    verb_only,
    with_counted_thing,
)
from builder.extract.metric_phrases import (
    DATE,
    VERB,
    changed_thing,
    clause_before,
    clean,
    divided_label,
    hide_quoted,
    label_after,
    label_before,
    share_used,
    tidy,
)
from builder.extract.metric_shares import rate_of, share_done, share_of_group, share_of_members, share_of_sum
from builder.extract.metric_skips import is_skipped
from builder.extract.metric_text import SENTENCE_END, joined_quote, masked_spans, paragraphs, sentence_start
from builder.extract.numbers import COUNT_UNITS, Quantity, find_quantities
from builder.model import Metric
from builder.text.patterns import alternation

__all__ = ["extract_metrics"]


_CLAUSE_END = re.compile(r"[，。；;！!？?：…]|,(?!\d{3}(?!\d))|:(?!\d)")
_CN_SMALL_NUM = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}

_PREPOSITION_END = re.compile("(?:在|于|以|按|按照|对|向|自|将|把)$")
_CHANGE = "提升|提高|增加|增长|上升|跃升|扩大|下降|降低|减少|缩小|缩短|精简|精减|压减|压缩"
_CHANGE_ONLY = re.compile(rf"^(?:同比|环比|较上年|较去年|比上年|比去年)?(?:{_CHANGE})$")
_RATE_ONLY = re.compile(r"^(?:每(?:户|人)?(?:每)?(?:年|月|季度|天|日|周)|年均|月均|日均)$")
_CHANGE_AFTER = re.compile(rf"\s*(?:{_CHANGE}|调整|缩减|减|扩展|拓展)(?:至|到|为)")
_CHANGE_FROM = re.compile(r"由[^由，。；、]{1,10}$")
_CONTINUES = re.compile(
    rf"^[、和与及或共]?$|^合计$|(?:{_CHANGE}|调整|发展|扩展|增)(?:至|到|为)(?:现在|目前|如今)?的?$"
)
_SHARED = re.compile(r"(?:均|都)(?:为|达|达到|是|在)?$|(?P<n>[两二三四五六七八九十])个$")
_REACH = 120
# The counted receive what follows (每天为2100余名老人提供助餐服务, 对全区856个小区精准画像): no deed of theirs.
_FOR_WHOM = re.compile(r"(?:为|给|替|向|对)[^，。；、\d]{0,6}$")
_DUN = re.compile("、")
_DIGIT = re.compile(r"\d")
_FOR_START = re.compile(r"^\s*(?:为|作为)")
_AFTER_FRAME = re.compile(
    "^(?:为|作为)?(?:标准|原则|目标|要求|规模|水平|基础|方式|形式|比例)?(?:" + alternation(words.VERBS) + ")?"
)
# What qualifies the counted noun right after the counting word: a time span, a -式/-型 kind (3个24小时自助式“暖心驿站”).
_IMPLIED_UNIT = tuple((re.compile(f"(?:{alternation(ends)})$"), unit) for ends, unit in words.IMPLIED_UNITS)


def _cuts(text: str, clause: tuple[int, int]) -> list[int]:
    """Positions of the 、 that separate the items of a clause (not those inside quotes or brackets)."""
    start, end = clause
    hidden = hide_quoted(text[start:end])
    return [start - 1, *(start + m.start() for m in _DUN.finditer(hidden)), end]


def _segment(text: str, cuts: list[int], q: Quantity) -> tuple[int, int]:
    """The 、-item(s) of the clause that belong to this number (items without a number of their own join)."""
    index = bisect_right(cuts, q.num_start) - 1
    lo, hi = index, index + 1
    while lo > 0 and not _DIGIT.search(text, cuts[lo - 1] + 1, cuts[lo]):
        lo -= 1
    while hi < len(cuts) - 1 and not _DIGIT.search(text, cuts[hi] + 1, cuts[hi + 1]):
        hi += 1
    return cuts[lo] + 1, cuts[hi]


def _clause(text: str, ends: list[int], pos: int) -> tuple[int, int]:
    """The clause around `pos`, at most _REACH characters on either side (unpunctuated text stays fast)."""
    i = bisect_right(ends, pos)
    start = ends[i - 1] + 1 if i > 0 else 0
    end = ends[i] if i < len(ends) else len(text)
    return max(start, pos - _REACH), min(end, pos + _REACH)


def _span(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces and stray Markdown emphasis at both ends of a quote."""
    while start < end and text[start] in " \t\n\u3000*":
        start += 1
    while end > start and text[end - 1] in " \t\n\u3000*":
        end -= 1
    return start, end


def _shared_labels(head: str) -> list[str]:
    """Labels when one number is shared by a 、-list (`A、B均为100%`, `A、B、C三个100%`); else []."""
    plain = DATE.sub("", clean(head))
    match = _SHARED.search(plain)
    if match is None:
        return []
    items = [item for item in plain[: match.start()].split("、") if item]
    if match.group("n"):
        items = items[-_CN_SMALL_NUM[match.group("n")] :]
    if len(items) < 2:
        return []
    labels = [label_before(items[0]), *(tidy(item) for item in items[1:])]
    return [label for label in labels if label]


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


def _paragraph_metrics(text: str) -> Iterator[_Found]:
    quantities = [
        replace(q, unit="元") if q.scaled and not q.unit and _MONEY_AFTER.match(text, q.end) else q
        for q in find_quantities(text)
    ]
    if not quantities:
        return
    masked = masked_spans(text)
    ends = [m.start() for m in _CLAUSE_END.finditer(text)]
    context = _Context(text, {q.start: q for q in quantities})
    cuts: dict[tuple[int, int], list[int]] = {}
    for q in quantities:
        if is_skipped(text, q, masked):
            continue
        clause = _clause(text, ends, q.num_start)
        if clause not in cuts:
            cuts = {clause: _cuts(text, clause)}
        segment = _segment(text, cuts[clause], q)
        shared = _shared_labels(text[clause[0] : q.start])
        if shared:
            quote = _span(text, *clause)
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
    quote = _span(text, seg_start, seg_end)
    same_clause = previous is not None and previous.quantity.num_start >= clause[0]
    gap = clean(text[previous.quantity.end : q.start]) if previous and same_clause else None
    if previous is not None and gap is not None and _CONTINUES.search(gap):
        return previous.label, _span(text, max(previous.quote_start, clause[0]), seg_end)
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
    if _PREPOSITION_END.search(clean(head)):  # 以300—500户为标准: what the number is for
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
        quote = _span(text, max(previous.quote_start, q.num_start - _REACH), seg_end)
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
        label = label or share_of_group(text[sentence_start(text, q.start, None) : q.start], after)
    joined = _JOINED_AFTER.match(after)
    if not label and joined and not context.by_unit.get(q.unit):  # 已有2.1万户参与。: who took part
        label = joined.group(1) + words.UNIT_NOUNS.get(q.unit, "数量")
    return label or context.by_unit.get(q.unit, ""), quote


def _counts_in(previous: _Found, unit: str) -> bool:
    """The figure before counts in `unit` too: its own unit, or a label whose noun is counted in it (…土地租金 in
    元); 为200名老人提供助餐服务，每月300元 is no sum of the 老人."""
    return previous.quantity.unit == unit or any(
        implied == unit and pattern.search(previous.label) for pattern, implied in _IMPLIED_UNIT
    )


# A part of the figure before (其中58起当场达成协议), nothing counted after its number but what is said of it.
_SUBSET = re.compile(r"其中$")
_SUBSET_DEED = re.compile(r"^\s*(?:已|均|都|全部|已经)?([\u4e00-\u9fff“”「」]{2,12})\s*$")

# Nothing counted but a verb of taking part closing the clause (已有2.1万户参与。): the label is who took part.
_JOINED_AFTER = re.compile(
    r"\s*(参与|参加|加入|报名|受益|入驻|签约|注册)(?:其中|进来|了)?\s*(?:[，。；！]|$)"
)


def extract_metrics(body: str) -> list[Metric]:
    """Every quantitative fact in a Markdown body, in order of appearance, without duplicates: the same quote, or
    the same figure printed again in another sentence (7个乡镇 … 全市7个乡镇; 5个行政村 … 5个村集体经济组织 … in one
    paragraph, the same villages by a unit word of the label; two alike in one sentence are two:
    选派1名科级干部担任指导员、1名科级干部兼任委员)."""
    metrics: list[Metric] = []
    seen: set[tuple[str, float, str, str]] = set()
    sentence_of: dict[tuple[float, str, str], int] = {}
    counted: dict[tuple[float, str, str], int] = {}  # counts of the units themselves (5个行政村), by sentence
    for offset, text in paragraphs(body):
        # the same count of the same units: within a paragraph whatever is said of them, in a later one only
        # after a count of the units themselves (5个行政村); 社区“大党委”75个 and, paragraphs on, 社区矛盾调解中心75个
        # are two things each community has
        units_of: dict[tuple[float, str, str], int] = {}
        opened = len(metrics)
        for found in _paragraph_metrics(text):
            q = found.quantity
            quote = joined_quote(body[offset + found.quote_start : offset + found.quote_end])
            fact, sentence = (q.value, q.unit, found.label), offset + sentence_start(text, q.num_start, None)
            units = {(q.value, q.unit, word) for word in _UNIT_WORD.findall(found.label)}
            if (quote, *fact) in seen or sentence_of.get(fact, sentence) != sentence:
                continue
            if any(units_of.get(key, counted.get(key, sentence)) != sentence for key in units):
                continue  # 河鱼乡5个行政村 … 5个村集体经济组织累计收益…: the same villages again
            seen.add((quote, *fact))
            sentence_of[fact] = sentence
            units_of.update(dict.fromkeys(units, sentence))
            counted.update(dict.fromkeys((k for k in units if found.label.endswith(k[2])), sentence))
            unit = _with_alternative(q.unit, _ALTERNATIVE_UNIT.match(text, q.end))
            metrics.append(Metric(found.label, q.value, unit, q.approx, quote))
        labels = before_and_now([(m.label, m.unit, m.quote) for m in metrics[opened:]])  # 原挂牌…现挂牌
        metrics[opened:] = [
            replace(m, label=label) for m, label in zip(metrics[opened:], labels, strict=True)
        ]
    return metrics


# The unit a label counts by (行政村, 村集体经济组织, 村（社区）党支部书记: villages): the same figure of the same
# units in a later sentence is the same set again, whatever it is said of there (村民 are people, not villages).
_UNIT_WORD = re.compile(r"村(?!民|务)|社区|乡镇|街道|小区|网格")  # (村务: the affairs, no villages)
# A unit printed with its alternative in brackets (认领街巷、楼院682条（个）: streets by 条, courtyards by 个): both.
_ALTERNATIVE_UNIT = re.compile(r"（[个条名人家处次户件项座所间支]）")


def _with_alternative(unit: str, alternative: re.Match[str] | None) -> str:
    """The unit with the alternative printed after it in brackets: both (条（个）), or, when the bracket holds 次
    and makes a count of times with the unit (1.6万人（次）, 20多场（次）), that count's unit (人次, 场次)."""
    if alternative is None:
        return unit
    if alternative.group() == "（次）" and unit + "次" in COUNT_UNITS:
        return unit + "次"
    return unit + alternative.group()
