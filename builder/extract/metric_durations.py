"""Numbers of time that metric_skips.is_skipped keeps as counts though hours and days are durations (split from
metric_skips.py): hours summed over many people or services (`累计存储服务时长9800小时`), and a time the work
shortened to or from (`办理时间由3天缩短为1天`); how long one thing may take stays a duration (`24小时受理`), lengthened too
(`保管时长由12小时延长至24小时`).
And the times a thing is done per period, roughly (`每周入户约2次`), which it skips: a rate, not a count.
"""

from __future__ import annotations

import re

from builder.extract.metric_text import clause_start, sentence_start
from builder.extract.numbers import Quantity

__all__ = ["PER_PERIOD", "hours_totalled", "time_shortened", "times_per_period"]

# Hours summed (累计…时长9800小时, 服务时长1.2万小时): a total, unlike a duration of one thing.
_HOURS = ("小时", "个小时")

_TOTALLED = re.compile("累计|共计|总计|合计|时长|时数")

# A period a figure is given for each of (每天, 每周, 每两周, 每个月, 每季度, 每年): a rate, not a total.
PER_PERIOD = "每(?:[两三半]?个?)(?:天|日|晚|周|星期|旬|月|季度|季|年)"

_PER_ONE = re.compile(f"平均|每[名人个户次]|{PER_PERIOD}|人均|单次|最长|最短")

_SERVED = re.compile("服务|志愿")  # hours of service given, in the clause before them

_MANY_HOURS = 100  # hours more than four days and nights: summed over many people, never one service's length

# One thing's time lengthened (保管时长由12小时延长至24小时, 开放时间延长到22小时): both ends of the change are
# how long one thing lasts, whatever 时长 names it.
# (a total raised, 服务时长增加到1.2万小时, stays a total: only 延长 lengthens one thing)
_LENGTHENED_BEFORE = re.compile(r"(?:延长|延至)(?:到|至|为)?\s*$")
_LENGTHENED_AFTER = re.compile(r"\s*延长(?:到|至|为)")

_WITHIN_AFTER = re.compile(r"\s*(?:以内|之内|内|左右|不间断|值守|在线|服务|受理|响应)")


def hours_totalled(text: str, q: Quantity) -> bool:
    """Hours summed over many people or services (累计存储服务时长9800小时, 志愿服务时长超过1.2万小时): a count
    of hours, not a duration (24小时受理, 须在2小时内响应, 平均每周减少6小时: how long one thing takes)."""
    if q.unit not in _HOURS or _WITHIN_AFTER.match(text, q.end):
        return False
    if _LENGTHENED_BEFORE.search(text, max(0, q.num_start - 6), q.num_start) or _LENGTHENED_AFTER.match(
        text, q.end
    ):
        return False  # 由12小时延长至24小时: one thing's time, lengthened
    clause = text[clause_start(text, q.num_start) : q.num_start]
    if _PER_ONE.search(clause):
        return False
    # (a 累计 opening the sentence sums every deed its clauses list: 累计认领…1580个，参与…志愿服务1.2万小时)
    if _SERVED.search(clause) and q.value >= _MANY_HOURS:
        return True  # 骑手志愿者…参与社区服务活动1.2万小时: hours of service given by many, no one thing's length
    return bool(
        _TOTALLED.search(clause) or _TOTALLED.search(text, sentence_start(text, q.num_start), q.num_start)
    )


_DURATIONS = ("分钟", "小时", "个小时", "天", "日", "个工作日", "工作日")

_SHORTENED_BEFORE = re.compile(
    r"(?:时间|时长|用时|周期|时限)[^，。；;\d]{0,6}?(?:[\d.]+个?(?:分钟|小时|工作日|天|日))?"
    r"(?:缩短|压缩|减少|降低|下降|降)(?:到|至|为)\s*$"
)

# The time a change starts from (办理时间由原来的3天缩短为1天, 平均时间由40分钟缩短到15分钟): the 由/从 of the
# change before it, the change and a time of the same kind after it.
_SHORTENED_FROM = re.compile(r"(?:时间|时长|用时|周期|时限)[^，。；;\d]{0,6}?(?:由|从)[^，。；;\d由从]{0,6}$")

_SHORTENED_AFTER = re.compile(
    r"\s*(?:缩短|压缩|减少|降低|下降|降)(?:到|至|为)[^，。；;\d]{0,4}[\d.]+(?:个)?(?:分钟|小时|工作日|天|日)"
)


def time_shortened(text: str, q: Quantity) -> bool:
    """A time the work shortened to (平均响应时间缩短到25分钟, 办理时间压缩至3个工作日): a level reached, counted,
    and the time it was shortened from (由40分钟缩短到15分钟: the change's start, so that the two make one change);
    how long one thing may take (24小时受理, 须在2小时内响应) and the time saved (填表时间平均每周减少6小时) stay
    durations."""
    if q.unit not in _DURATIONS:
        return False
    if _SHORTENED_BEFORE.search(text, max(0, q.num_start - 24), q.num_start):
        return True
    return bool(
        _SHORTENED_FROM.search(text, max(0, q.num_start - 24), q.num_start)
        and _SHORTENED_AFTER.match(text, q.end)
    )


_TIMES = ("次", "回")

# The most times per period a habit is done (每周约2次, 每月3次以上, 每年12次左右); more is a volume of work done
# (每年开展志愿服务活动100余次): a count.
_MOST_TIMES_OF_A_HABIT = 12
_PER_PERIOD_BEFORE = re.compile(f"{PER_PERIOD}[^\\d，。；;：:]{{0,12}}$")


def times_per_period(text: str, q: Quantity) -> bool:
    """How often a thing is done, roughly, its times per period in its clause (网格员每周入户约2次, 每年调研3次以上,
    每周至少两次): a habit's estimate or a norm's floor, a small number, no count of what was done (全年入户走访320次,
    每年开展活动100余次 are counts). An exact schedule (讲堂每月开讲2次, 每年组织2次研学互访) is a figure of the practice, as the golds count it."""
    if q.unit not in _TIMES or not q.approx or q.value > _MOST_TIMES_OF_A_HABIT:
        return False
    return bool(_PER_PERIOD_BEFORE.search(text, clause_start(text, q.num_start), q.num_start))
