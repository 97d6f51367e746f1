"""What turns a quoted term down as a practice's name (practices.py asks): numbers, dates, described states,
category labels, problems and roles (`not_a_name`), a title of honour or what someone is called
(`honour_or_label`), a predicate ending its clause (`is_result`), a likeness of unity after a field of work
(“服务一盘棋”) and a set phrase of four opening a clause as the manner of the work after it (`manner_of_work`).
See practices.py's docstring for the kinds.
"""

from __future__ import annotations

import re

from builder.extract import practice_signs as signs
from builder.extract.practice_around import AROUND
from builder.extract.practice_quotes import CLAUSE_SPLIT, Quote
from builder.text.numerals import NUMBERS_TO_TEN
from builder.text.patterns import alternation

__all__ = [
    "DIALLED_AFTER",
    "MEASURED_AFTER",
    "VENUE_AFTER",
    "honour_or_label",
    "is_result",
    "manner_of_work",
    "not_a_name",
]

_NUMERAL = signs.NUMERAL
_SHAPE = signs.SHAPE
_SHORT_NUMERAL = signs.SHORT_NUMERAL
_DOING_BEFORE = signs.DOING_BEFORE
_AROUND = AROUND
_WHITESPACE = signs.WHITESPACE

_CODE = re.compile(r"^[0-9]{3,}$")
_PAIRS = re.compile(
    rf"^[{NUMBERS_TO_TEN[2:]}]双$"
)  # “四双”: four pairs of duties (双报到、双服务…), not a date
DIALLED_AFTER = re.compile(r"^(?:服务)?(?:平台|热线|专线|电话|号码|网(?!格))")  # (网格: a grid, no website)
# a quoted number a measure follows counts minutes, people or households (“15”分钟服务圈): no name's digits
MEASURED_AFTER = re.compile(
    r"^(?:分钟|小时|天|周|个月|年|公里|千米|米|个|名|位|户|人|元|万|家|项|件|次|场|岁|平方)"
)
# A place or room named after a likeness (打造“一杯茶”议事点): the whole is the name, the likeness alone is none.
VENUE_AFTER = re.compile(
    "(?:议事点|议事角|议事厅|议事室|议事亭|驿站|服务站|调解室|工作室|活动室|小屋|书屋|茶室|茶馆|会客厅)"
)

# A way from one end to another in a quote (“从枝头一秒直达舌尖”, “从田间直达餐桌”, “从没人管到大家管”): how fast or how far
# something goes, a slogan of its course, never a name (a practice names what is done, not a journey).
_FROM_TO = re.compile(
    r"^从[\u4e00-\u9fff]{1,8}?(?:直达|直通|直抵|走向|走进|迈向|变成|变为|到|至)[\u4e00-\u9fff]{1,8}$"
)

# A field of work and a likeness of unity after it (下活“服务一盘棋”, 织密“服务一张网”, 拧成“党群一股绳”): the likeness
# with what it is of, a metaphor like 一盘棋 alone (a mechanism word after it makes a name: “智慧治理一张网”平台).
# Only likenesses of unity: a thing counted by one (“惠民一张卡”, “民情一张表”) is a tool, maybe a name.
_LIKENESS_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,4}一[张盘条股根片颗][棋网绳心]$")
# The work a four-character set phrase opening a clause is the manner of (…120件，“多措并举”破解停车难题; 共化解纠纷
# 57起，“立说立行”解决…): an adverbial of how, not a name (“海校大妈”服务居民: 服务 is not among them). Only a set
# phrase of manner, by its ending (多措并举, 多管齐下, 精准施策, 同向发力, 立说立行, 立行立改): a practice's own name
# opens its clause before its work as well (“接诉即办”推动诉求解决, “党员联户”化解邻里矛盾).
_MANNER_PHRASE = re.compile("(?:并举|齐下|施策|发力|立行|立改|即改|边改|下药|制宜|实干|并进|共管)$")
_MANNER_OF_WORK_AFTER = re.compile(
    "^(?:"
    + alternation(
        """破解 解决 推进 推动 落实 化解 回应 办理 处置 处理 整改 攻坚 应对 助力 护航 提升 打通 抓好 做好 破题 答好
        保障 优化 强化 整治 补齐 疏通 压实 筑牢 织密 打好 跑出 按下 激活 赋能"""
    )
    + ")"
)


def manner_of_work(text: str, end: int, bare: str, own_after: str) -> bool:
    """…120件，“多措并举”破解停车难题: a set phrase of four opening a clause (its quote ends at `end`), the work it
    is the manner of right after it and no figure of what it achieved there (“未访先办”化解纠纷33件: the
    practice's own result, a name)."""
    clause = CLAUSE_SPLIT.split(text[end : end + 40], maxsplit=1)[0]
    return (
        len(bare) == 4
        and bool(_MANNER_PHRASE.search(bare))
        and bool(_MANNER_OF_WORK_AFTER.match(own_after))
        and not any(ch.isdigit() for ch in clause)
    )


def not_a_name(bare: str, own_after: str, mechanism_after: bool, listed_before: bool = False) -> bool:
    """Numbers, dates, described states, category labels and problems (see the module docstring);
    `listed_before`: a 、-list stands before the quote in its clause."""
    code = _CODE.match(bare) and DIALLED_AFTER.match(own_after)
    if _AROUND["ladder"].match(bare) or _FROM_TO.match(bare):
        return True  # (区—街道—社区—居民户: the levels an organisation is built on; 从枝头直达舌尖: a course)
    if (
        _PAIRS.match(bare)
        and not listed_before
        and (
            mechanism_after or signs.GENERIC_AFTER.match(own_after) or signs.MECHANISM_AFTER.match(own_after)
        )
    ):
        return False  # “四双”工作开展以来: so many pairs of duties, a policy's name (双报到's kind), no date
        # (after a 、-list in its clause, the list decides: names_list_before)
    if _AROUND["number_only"].match(bare) and (
        len(bare) <= 2 or not mechanism_after or code or MEASURED_AFTER.match(own_after)
    ):
        return (
            True  # (“1+1”, “五一”; a code, “832”平台, “12345”热线: a number to reach; a count, 党员“100”名;
            # “135”工作法 names a method whole, practice_wholes.number_named)
        )
    if (
        _AROUND["description"].match(bare)
        or _AROUND["generic_noun"].match(bare)
        or _AROUND["bare_kind"].match(bare)
        or _AROUND["directed_verb"].match(bare)
        or _AROUND["wish"].match(bare)
        or _AROUND["last_stretch"].match(bare)
        or (_LIKENESS_TAIL.match(bare) and not mechanism_after)
        or _AROUND["festival"].match(bare)
        or (_AROUND["casual_verb"].match(bare) and not mechanism_after)
        or _AROUND["money"].match(bare)
        or _AROUND["count"].match(bare)
        or (_AROUND["open_formula"].match(bare) and not mechanism_after)
        or (_AROUND["going_to"].match(bare) and not mechanism_after)
        or (_AROUND["familiar_office"].match(bare) and not mechanism_after)
        or _AROUND["document"].search(bare)
        or (_AROUND["heritage_site"].match(bare) and not mechanism_after)
        or _AROUND["official_organ"].match(bare)
        or _AROUND["party_category"].match(bare)
        or _AROUND["ism"].search(bare)
        or (_AROUND["handful"].match(bare) and not mechanism_after and not VENUE_AFTER.match(own_after))
        or (_AROUND["force"].match(bare) and not mechanism_after)
        or _AROUND["zero_target"].match(bare)
        or _AROUND["people_group"].match(bare)
        or (_AROUND["honour_words"].match(bare) and _AROUND["selection_after"].match(own_after))
        or (_AROUND["role_after"].match(own_after) and not _forces_of(bare, own_after))
        or (_AROUND["people_after"].match(own_after) and not mechanism_after)
        or _AROUND["process_noun"].match(bare)
        or _AROUND["state_phrase"].search(bare)
        or _AROUND["ideal_after"].match(own_after)
    ):
        return True
    return len(bare) == 2 and bare[0] in _NUMERAL and bool(_AROUND["category_after"].match(own_after))


def _forces_of(bare: str, own_after: str) -> bool:
    """整合“双报到”力量: the forces a mechanism of the numeral shape of policy names musters, not a role."""
    return (
        len(bare) >= 3
        and own_after.startswith("力量")
        and bool(_SHAPE.match(bare) or _SHORT_NUMERAL.match(bare))
    )


def honour_or_label(before: str, own_before: str, after: str, own_after: str) -> bool:
    """A title of honour (获评“…”, “…”称号), a contrast (从“…”), what someone is called or a new name, a trouble
    guarded against (防止“…”)."""
    if (
        _AROUND["honour_before"].search(before)
        or _AROUND["honour_after"].match(after)
        or _AROUND["honour_after"].match(own_after)
        or _AROUND["account_after"].match(after)
        or (_AROUND["trademark_before"].search(before) and _AROUND["brand_after"].match(after))
        or _AROUND["trademark_after"].match(after)
    ):
        return True  # (a title of honour, a media account's name: …等微信公众号, a product's trademark)
    return any(
        _AROUND[rule].search(own_before)
        for rule in ("contrast_before", "identity_before", "renamed_before", "prevented_before")
    )


def is_result(text: str, q: Quote, own_before: str) -> bool:
    """A predicate ending its clause, a line or the text: the result of a causative (让服务“一键直达”。) or
    one opened by an adverb (群众办事“只进一扇门”), not after a verb of doing."""
    rest = text[q.end :].lstrip(" \t\u3000")
    if rest and rest[0] not in "，,。；;！!？?：:\n":
        return False
    before = _WHITESPACE.sub("", own_before)
    if _AROUND["result_before"].search(before):
        return True
    if (
        len(q.text.strip()) == 2
        and _AROUND["adverb_before"].search(before)
        and not _SHAPE.match(q.text.strip())
    ):
        return True  # 他们就地“转岗”，当起了…: what they did
    return bool(_AROUND["adverb_start"].match(q.text)) and not _DOING_BEFORE.search(before)
