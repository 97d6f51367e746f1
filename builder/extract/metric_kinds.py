"""What kind of figure a metric is, read from its own label, unit and quote (pure; no other metric needed).

    change  a before → after pair (调解成功率从65%提升到92%) or a change given as a percentage
            (投诉同比下降11.11%, 精简社区工作事项超50%; not a level reached, 满意度提高到95%: a share)
    target  a goal, not a result (力争到2025年覆盖率达到100%, 今年将新建志愿服务站点30个, 规划建设服务站173个;
            争取贷款1.6亿元 is done)
    ratio   so much per unit (每个网格1名网格员, 每300户划分一个网格, 每个社区每年30万元)
    share   a share or a rate in % (覆盖率95.6%, 党员占比80%)
    money   an amount of money (元)
    total   a total of parts (社会工作人才总数1699人)
    count   anything else: so many of something

The rules are tried in that order: the first that holds gives the kind.
"""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.model import Metric
from builder.text.numerals import COUNT_NUMERALS, COUNTS_TO_TEN, HUNDRED_MILLION
from builder.text.patterns import alternation

KINDS: tuple[str, ...] = ("change", "target", "ratio", "share", "money", "total", "count")

# 从65%提升至92% / 由20人发展到200人 / 将63个城市社区优化调整为95个: a number, a verb of change, a number of
# the same thing (将9个城市社区划分为335个网格 counts two things: no pair)
_NUM = rf"[\d.{COUNT_NUMERALS}{HUNDRED_MILLION}]+[%％]?[余多]?"
_PAIR = re.compile(
    rf"(?:从|由|将)[^，。；\d{COUNTS_TO_TEN}]*?{_NUM}(?P<first>[^，。；]*?)(?:到|至|为)[^，。；\d{COUNTS_TO_TEN}]{{0,8}}?{_NUM}(?P<second>[^，。；]*)"
)
_UNIT_HEAD = re.compile(r"^[个名人件次户支家处项条座所%％元亿万]*")
# a bound after the second number (精简到4块以内, 减少到1次以内, 提高到90%以上) is no other thing counted
_BOUND_AFTER_UNIT = re.compile(r"^([^，。；\d]{0,2}?)(?:以内|之内|以下|以上|左右)")
CHANGE_WORDS = f"{words.CHANGE} 翻番"
_CHANGE = re.compile(alternation(CHANGE_WORDS))
# a change given as a percentage (投诉同比下降11%), not a level reached (满意度提高到95%: a share)
_CHANGE_BY = re.compile(f"(?:{alternation(CHANGE_WORDS)})(?![到至])")
TARGET_WORDS = "力争 目标 预计 计划到 到20 将达到 确保"
# 争取 a goal (争取到2025年…, 争取实现…, 争取年底前建成…), not money or help secured (争取贷款1.6亿元, 争取到上级资金
# 500万元, 成功争取到企业家捐赠的300吨混凝土: results)
_STRIVE = r"(?<!成功)争取(?:到?\d{4}年|在|于|用|实现|达到|完成|建成|打造|创建|年底|今年|明年|早日|全面|全部)"
# a plan said in the future: 今年将新建…30个, 计划新增…, 规划建设…173个 (planned, not built); not 将 as 把
# (将9个城市社区划分为335个网格, 将新建成的充电桩20个交付使用), nor what was done as planned (按计划完成…30个,
# 完成计划建设任务15项, 按规划建设…: results)
_FUTURE = r"(?:将|(?<![按照依])(?<!完成)(?:计划|规划)|拟)(?:新建|建成|新增|打造|实现|完成|建设|培育|投入|增设|推广到)(?![成好]?的)"
_TARGET = re.compile(alternation(TARGET_WORDS) + "|" + _FUTURE + "|" + _STRIVE)
# 每个网格 / 每300户 / 每年 / 一个网格配备1名 / 以300—500户为标准 / 每个网格覆盖200—300户的原则
_RATIO = re.compile(
    r"每|一个[^，。；\d]{1,6}(?:配备|配置|设立|设置|覆盖)|以[^，。；]{0,12}为(?:标准|单位)|的标准|的原则|人均|户均|平均"
)
TOTAL_WORDS = "总数 总量 合计 总计 共计"
_TOTAL = re.compile(alternation(TOTAL_WORDS))


def is_pair(quote: str) -> bool:
    """Whether `quote` gives one thing before and after a change (从65%提升至92%)."""
    match = _PAIR.search(quote)
    if match is None:
        return False
    second = _BOUND_AFTER_UNIT.sub(r"\1", _UNIT_HEAD.sub("", match["second"]))[:2]
    return not second or _UNIT_HEAD.sub("", match["first"]).startswith(second)


def is_money(unit: str) -> bool:
    return unit.endswith("元")


def metric_kind(metric: Metric) -> str:
    """The kind of `metric` (one of KINDS)."""
    label, quote, unit = metric.label, metric.quote or "", metric.unit
    if is_pair(quote) or (unit == "%" and (_CHANGE.search(label) or _CHANGE_BY.search(quote))):
        return "change"
    if _TARGET.search(quote):
        return "target"
    if _RATIO.search(quote):
        return "ratio"
    if unit == "%":
        return "share"
    if is_money(unit):
        return "money"
    if _TOTAL.search(label):
        return "total"
    return "count"
