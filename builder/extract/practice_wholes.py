"""The whole name a quote is only part of (practices.py asks, moved out of it): a one-character quote inside a name
that ends like one (暖“新”友好行动 -> 暖新友好行动), a quoted number inside one (暖新“365”行动计划), a two-character
category of people or a likeness and the room or venue named after it (“五老”调解室 -> 五老调解室, “一杯茶”议事点 ->
一杯茶议事点).
"""

from __future__ import annotations

import re

from builder.extract import practice_signs as signs
from builder.extract.practice_around import AROUND
from builder.extract.practice_quotes import Quote, words_after
from builder.extract.practice_refusals import DIALLED_AFTER, MEASURED_AFTER, VENUE_AFTER

__all__ = ["embedded_name", "number_inside", "number_named", "with_room"]

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


# A field of work between a quoted number and its mechanism word (“1173”物业管理模式: 物业管理); never the generic 工作
# or 行动 (“135”工作法, “135”工作机制, “365”行动计划: the number names the method, as before).
_FIELD_NAMED = re.compile(f"(?!工作|行动)([\u4e00-\u9fff]{{2,6}}?)(?:{signs.SUFFIXES})")


def number_named(text: str, q: Quote) -> str | None:
    """认真学习“1173”物业管理模式 -> 1173物业管理模式: a quoted number of digits alone with a field of work and a
    mechanism word after it is a model's number; the model's whole name is the name, never the digits alone."""
    if not re.fullmatch(r"\d{2,}", q.text):
        return None
    after = words_after(text, q.end)
    if DIALLED_AFTER.match(after) or MEASURED_AFTER.match(after):
        return None
    field = _FIELD_NAMED.match(text, q.end)
    if field is None or signs.SUFFIX_RUN.fullmatch(field.group(1)):
        return None
    more = signs.SUFFIX_RUN.match(text, field.end())  # the endings run on (管理模式, 服务体系)
    return q.text + text[q.end : more.end() if more else field.end()]
