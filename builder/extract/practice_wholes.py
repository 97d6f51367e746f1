"""The whole name a quote is only part of (practices.py asks, moved out of it): a one-character quote inside a name
that ends like one (暖“新”友好行动 -> 暖新友好行动), a quoted number inside one (暖新“365”行动计划), a two-character
category of people or a likeness and the room or venue named after it (“五老”调解室 -> 五老调解室, “一杯茶”议事点 ->
一杯茶议事点).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.extract import practice_signs as signs
from builder.extract.practice_around import AROUND
from builder.extract.practice_quotes import Quote, words_after
from builder.extract.practice_refusals import DIALLED_AFTER, MEASURED_AFTER, VENUE_AFTER
from builder.text.numerals import NUMBERS_TO_TEN, ZEROS
from builder.text.patterns import alternation

__all__ = ["NUMBER_CODE", "embedded_name", "number_inside", "number_named", "one_per_role", "with_room"]

# A room or team named after a category of people (“五老”调解室): the whole is the name.
_ROOM_AFTER = re.compile(
    "(?:调解室|工作室|议事室|议事厅|活动室|服务队|志愿队|调解队|巡逻队|宣讲团|帮帮团|服务团|调解团)"
)


# A unit opening the head of such a name (社区暖“新”驿站): whose it is, no part of the name.
_OWNER_FIRST = re.compile("^(?:社区|小区|街道|村|镇|乡)(?=.)")


def embedded_name(text: str, q: Quote) -> str | None:
    """暖“新”友好行动 -> 暖新友好行动: a one-character quote inside a name that ends like one (not in a
    subheading: `## 暖“新”服务` is the heading of a section, not a name)."""
    if text[text.rfind("\n", 0, q.start) + 1 : q.start].lstrip().startswith("#"):
        return None
    before = AROUND["embed_before"].search(signs.WHITESPACE.sub("", text[max(0, q.start - 8) : q.start]))
    after = AROUND["embed_after"].match(text[q.end : q.end + 10])
    if before is None or after is None:
        return None
    head = signs.EMBED_CUT.split(before.group(0))[-1][-3:]
    head = (
        _OWNER_FIRST.sub("", head) or head
    )  # 打造社区暖“新”驿站: the community has it, 暖新驿站 is its name
    return head + q.text + after.group(0) if head else None


def with_room(text: str, q: Quote) -> str:
    """建了“五老”调解室 -> 五老调解室: a two-character category of people (a numeral and what they are: 五老, 两新)
    is no name alone; the room or team named after it is (a longer quote is a name: “老娘舅”调解队 -> 老娘舅);
    so is a likeness (a handful of a thing) and the place named after it: “一杯茶”议事点 -> 一杯茶议事点."""
    room = _ROOM_AFTER.match(text, q.end) if len(q.text) == 2 and q.text[0] in signs.NUMERAL else None
    if room is None and AROUND["handful"].match(q.text):
        room = VENUE_AFTER.match(text, q.end)  # 打造“一杯茶”议事点 -> 一杯茶议事点
    return q.text + room.group(0) if room else q.text


def number_inside(text: str, q: Quote) -> str | None:
    """暖新“365”行动计划 -> 暖新365行动计划: a quoted number of digits (not a code one dials, not a formula) between
    a head of two characters or more (not a scope, 全市) and a name's ending, the endings run on (行动计划) kept."""
    name = embedded_name(text, q) if re.fullmatch(r"\d{2,}", q.text) else None  # (not a formula: “1+3”机制)
    if (
        name is None
        or name.index(q.text) < 2
        or name[0] in "全我该本"
        or DIALLED_AFTER.match(words_after(text, q.end))
        or MEASURED_AFTER.match(words_after(text, q.end))
    ):
        return None
    more = signs.SUFFIX_RUN.match(text, q.end + len(name) - name.index(q.text) - len(q.text))
    return name + more.group(0) if more else name


# A quoted number: digits, maybe a formula of them with a letter for "many" (135, 1173, 1+3, 1+3+N), or two Chinese
# digits or more (一三五); never one with another character (“四双”, “三个一”: the numeral shape of a policy's name).
_CN_DIGITS = NUMBERS_TO_TEN + ZEROS
NUMBER_CODE = re.compile(
    rf"(?=[^\d]*\d)[\dNnXx]+(?:[+×][\dNnXx]+)*|[{_CN_DIGITS}]{{2,}}(?:[+×][{_CN_DIGITS}]+)*"
)
# The head noun of a method named by its number, right after the quote (“135”工作法, “135”工作机制, “365”行动计划,
# “1+3+N”模式): the endings run on (行动计划, 服务模式).
_METHOD_HEAD = re.compile(
    f"(?=(?:工作)?(?:{alternation('工作法 机制 模式 服务 行动 工程 计划 体系 制度 品牌 项目 经验')}))"
    f"(?:工作)?(?:{signs.SUFFIXES})+"
)
# A field of work between a quoted number and its mechanism word (“1173”物业管理模式: 物业管理, “1+3+N”组团服务模式:
# 组团), when no head noun follows the quote right away.
_FIELD_NAMED = re.compile(f"([\u4e00-\u9fff]{{2,6}}?)(?:{signs.SUFFIXES})")


def number_named(text: str, q: Quote) -> str | None:
    """推行“135”工作法 -> 135工作法, 认真学习“1173”物业管理模式 -> 1173物业管理模式, 推出“1+3+N”组团服务模式 ->
    1+3+N组团服务模式: a quoted number (NUMBER_CODE) with the head noun of a method after it, maybe a field of work
    before that, is the method's number; the method's whole name is the name, never the number alone (a number is
    nothing a reader could look up). Not a code one dials nor a count (“12345”热线, “15”分钟服务圈)."""
    if not NUMBER_CODE.fullmatch(q.text):
        return None
    after = words_after(text, q.end)
    if DIALLED_AFTER.match(after) or MEASURED_AFTER.match(after):
        return None
    head = _METHOD_HEAD.match(text, q.end)
    if head is not None:
        return q.text + head.group(0)
    field = _FIELD_NAMED.match(text, q.end)
    if field is None or signs.SUFFIX_RUN.fullmatch(field.group(1)):
        return None
    more = signs.SUFFIX_RUN.match(text, field.end())  # the endings run on (管理模式, 服务体系)
    return q.text + text[q.end : more.end() if more else field.end()]


def one_per_number(names: list[str], quoted: set[str]) -> list[str]:
    """推出“1+3+N”组团服务模式 … “1+3+N”模式 …: the names opening with one quoted number (a key of `quoted`) are one
    method printed in full once and shortened after (or in a headline: “1+3+N”激活…); its fullest name stands at
    the first one's place."""
    fullest: dict[str, str] = {}
    for name in names:
        code = NUMBER_CODE.match(name)
        if code is not None and code.group(0) in quoted and len(name) > len(fullest.get(code.group(0), "")):
            fullest[code.group(0)] = name
    result: list[str] = []
    for name in names:
        code = NUMBER_CODE.match(name)
        if code is None or code.group(0) not in fullest:
            result.append(name)
        elif fullest[code.group(0)] not in result:
            result.append(fullest[code.group(0)])
    return result


_JOB_END = re.compile("[员长]$")  # a job people hold (网格员, 调解员, 楼栋长)
# what qualifies the job in a role's name (移动网格员); a formula joining it to others is no role (楼门党小组+红色代办员)
_QUALIFIER = re.compile("[\u4e00-\u9fff]{1,4}")


def one_per_role(names: list[str], key: Callable[[str], str]) -> list[str]:
    """… 多了一个“移动网格员”的身份 … 受聘担任“网格员”以来 …: a job that is only the tail of a role named before it
    (compared by `key`) is that role shortened, counted once as the whole (a name that is no job, 阳光票决 after
    村级事务阳光票决, stays: the report names both; so does a job a formula joins to others, 楼门党小组+红色代办员)."""
    result: list[str] = []
    for name in names:
        job = key(name)
        if not (
            _JOB_END.search(job)
            and any(
                key(role).endswith(job) and _QUALIFIER.fullmatch(key(role)[: -len(job)]) for role in result
            )
        ):
            result.append(name)
    return result
