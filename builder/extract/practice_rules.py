"""Which quotes of one text name a practice (practices_in; moved out of `practices`, whose docstring sets out the
rules): each quote judged on itself and the words around it and the run of quotes it stands in, a quote printed
RECURS times, a single quoted character inside a name, a quoted number inside one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from builder.extract import practice_signs as signs
from builder.extract.practice_around import AROUND
from builder.extract.practice_lists import names_list_before
from builder.extract.practice_quotes import CLAUSE_SPLIT, SPEECH, Quote, contrasts_in, quotes_in, words_after
from builder.extract.practice_refusals import (
    honour_or_label,
    is_result,
    manner_of_work,
    not_a_name,
)
from builder.extract.practice_wholes import embedded_name, number_inside, number_named, with_room
from builder.text.numerals import COUNTS_TO_TEN

_SHAPE = signs.SHAPE
_SHORT_NUMERAL = signs.SHORT_NUMERAL
_ENDS_LIKE_NAME = signs.ENDS_LIKE_NAME
_MECHANISM_AFTER = signs.MECHANISM_AFTER
_GENERIC_AFTER = signs.GENERIC_AFTER
_DOING_BEFORE = signs.DOING_BEFORE
_DOING = signs.DOING
_AROUND = AROUND

_LIST = re.compile(r"[、—]")
_CLAUSE_START = re.compile(r"(?:^|[，,。；;！!？?：:\n])\s*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PLACE_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{2,4}?[省市县区]"
)  # 珠海市…服务站: the city a venue's full name opens with

_WHITESPACE = signs.WHITESPACE


def _chains(text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """For each quote, the (first, last) index of the run of quotes it stands in (“A”“B”等…, “A”和社区“B”)."""
    bounds = list(range(len(quotes)))
    for i in range(1, len(quotes)):
        gap = _WHITESPACE.sub("", text[quotes[i - 1].end : quotes[i].start])
        if _AROUND["chain_gap"].match(gap) and not _DOING.search(gap):
            bounds[i] = bounds[i - 1]
    last = {first: i for i, first in enumerate(bounds)}  # the highest index of each run
    return [(first, last[first]) for first in bounds]


def _is_practice(
    text: str, q: Quote, first: Quote, last: Quote, stopwords: frozenset[str], opening: bool = True
) -> bool:
    """`opening`: whether a quote opening a clause is a sign (not in a headline, where metaphors open it)."""
    name = q.text
    bare = _WHITESPACE.sub("", name)
    if len(bare) < 2 or bare in stopwords or (SPEECH.search(name) and not _comma_slogan(text, q, bare)):
        return False  # (an editor's practice-stopwords.txt removes a list's name too)
    if q.in_speech and len(bare) < 3:
        return False  # “修水龙头这个‘小事’就咱志愿者管”: a word a speaker stresses, no name
    if names_list_before(text, q.start, bare):
        return True  # 双结对、双承诺、双服务、双认领“四双”活动: the name of the list before it
    listed = "、" in CLAUSE_SPLIT.split(text[max(0, q.start - 40) : q.start])[-1]
    if not_a_name(
        bare, words_after(text, q.end), bool(_AROUND["named_after"].search(words_after(text, q.end))), listed
    ):
        return False
    before = text[max(0, first.start - 8) : first.start].rstrip()
    own_before = text[max(0, q.start - 8) : q.start].rstrip()
    after = words_after(text, last.end)
    own_after = words_after(text, q.end)
    if (
        honour_or_label(before, own_before, after, own_after)
        or _clause_sign(text, first, "honour_before", 24)  # (评为了某某市某某区“…”: wider than `before`)
        or (
            first is not last
            and _AROUND["team_kinds_after"].match(after)
            and _AROUND["team_field"].search(bare)
        )
    ):
        return False  # (组建“综合信息”“文艺活动”等志愿服务队伍: the kinds of teams, their fields of work)
    if _AROUND["products_after"].match(after) and not (_SHAPE.match(bare) or _SHORT_NUMERAL.match(bare)):
        return False  # 依托“某某黑茶”“某某黄精”等特色产业: the products a place sells, their trade names
    if _AROUND["counted_from"].match(_WHITESPACE.sub("", text[q.end : q.end + 40])):
        return False  # “后进村”从2019年的323个减少到…: a class of units counted, no mechanism
    mechanism_after = bool(_MECHANISM_AFTER.match(after) or _MECHANISM_AFTER.match(own_after))
    likeness = _clause_sign(text, q, "became_before", 24) or (
        first is not q and _clause_sign(text, first, "became_before", 24)
    )  # (营造…的“法治港湾”和“暖心驿站”: the run of quotes shares its clause)
    if signs.became(text, q.start, q.end, likeness, mechanism_after):
        return False  # 更成为丈量民情、传递文明的“移动驿站”: what something became, a likeness
    if _AROUND["show_after"].match(after) and not bare.endswith(("节", "日", "周")):
        return False  # “喜迎新春…”迎新春联欢会: one evening's theme (a festival held, “邻里节”文艺晚会, is a name)
    sized_team = (
        _clause_sign(text, q, "sized_team_before", 30)
        or _clause_sign(text, q, "owned_set_up", 16)
        or _clause_sign(text, q, "set_up_before", 30)  # (推出的“善行豆”, 打造了一个“邻里中心”: set up, named)
        or bool(_AROUND["formed_of_before"].search(own_before) and _AROUND["team_end"].search(bare))
    )
    metaphor = bool(_AROUND["metaphor_before"].search(own_before)) and not sized_team
    if not mechanism_after and is_result(text, q, own_before):
        return False
    generic_after = bool(_GENERIC_AFTER.match(after) or _GENERIC_AFTER.match(own_after))
    doing = (
        bool(_DOING_BEFORE.search(before) or _DOING_BEFORE.search(own_before))
        or _clause_sign(text, q, "listed_after_doing", 20)
        or sized_team
        or (len(bare) >= 4 and bool(_AROUND["took_role_before"].search(own_before)))
        or (bool(signs.SCHOOL_NAME.search(bare)) and bool(_AROUND["school_run_before"].search(own_before)))
        or (bool(signs.SYSTEM_NAME.search(bare)) and bool(_AROUND["system_drawn_before"].search(own_before)))
    )
    by_means = bool(
        _AROUND["by_means"].search(own_before) or _AROUND["named_as_before"].search(own_before)
    ) or (
        bool(_AROUND["taken_up_before"].search(own_before))
        and bool(_AROUND["taken_up_after"].match(own_after))
    )
    if _AROUND["work_slogan"].match(bare):
        return False  # 以“强化党建引领、激发基层活力、打造服务品牌”为抓手: aims of the work, no mechanism
    if _AROUND["guiding_after"].match(own_after) and (_LIST.search(name) or _slogan(bare)):
        return False  # 秉持“党建引领、服务赋能、多方共治”理念: the idea the work follows, not a mechanism
    clause_after = CLAUSE_SPLIT.split(text[q.end : q.end + 30], maxsplit=1)[0]  # (own_after stops at ten)
    if _AROUND["pattern_after"].match(clause_after) and _LIST.search(name):
        return False  # 构建“党建引领、多元参与”的治理新格局: the pattern aimed at, not a mechanism
    if _LIST.search(
        name
    ):  # 、/— lists only when framed (推广“民事民提、民事民议、民事民决”工作法) or a slogan
        if not mechanism_after and any(part in stopwords for part in bare.split("、")):
            return False  # “因地制宜、务实管用”的原则, “产业兴旺、村民共富”: an idiom or a formula paired, a manner
        if not mechanism_after and own_after.startswith("的") and max(map(len, bare.split("、"))) <= 3:
            return (
                False  # 打造“雅居、人和、心美”的和谐社区: short qualities of the noun after 的, a description
            )
            # (通过“一格一码、专员专码、公开亮码”的形式: phrases of four, the form's name)
        return len(bare) <= 24 and (mechanism_after or generic_after or doing or by_means or _slogan(bare))
    if "+" in bare:
        framed = doing or mechanism_after or generic_after
        return len(bare) <= 30 and (framed or not _AROUND["ratio"].match(bare))
    if len(bare) > 12 and not (
        doing and _ENDS_LIKE_NAME.search(bare) and len(_PLACE_HEAD.sub("", bare)) <= 12
    ):
        return False  # (联合成立“珠海市新就业群体法律服务站”: a venue's full name opened by its city is one)
    if any(_AROUND[rule].match(bare) for rule in ("named_list", "named_venue", "named_board", "star_rating")):
        return True
    counted = _WHITESPACE.sub("", text[q.end : q.end + 10])
    if len(bare) >= 3 and _AROUND["counted_after"].match(counted):
        return True
    if len(bare) >= 3 and _AROUND["device_after"].match(own_after):
        return True  # 配备一台“牧业通”终端: the name of a device or app (“智能”终端, two characters, describes one)
    if (
        len(bare) >= 3
        and _AROUND["sign_after"].match(own_after)
        and _AROUND["sign_before"].search(own_before)
        and not _AROUND["warning"].match(bare)
    ):
        return True  # 张贴“暖骑站”标识: a brand's sign put up
    if (  # 发展“骑手网格员”210名: a role recruited in numbers (配备3名以上党员“小哨兵”: counted before it)
        len(bare) >= 3
        and _AROUND["recruited_before"].search(own_before)
        and _AROUND["people_counted_after"].match(counted)
        and not _AROUND["honour_words"].match(bare)
    ) or (len(bare) >= 3 and _clause_sign(text, q, "people_counted_before", 30)):
        return True
    if (  # 受聘参与社区治理的“移动网格员”已有1950余名: a role people were hired into, counted now
        len(bare) >= 3
        and _clause_sign(text, q, "hired_in_clause", 30)
        and _AROUND["people_now_counted_after"].match(counted)
        and not _AROUND["honour_words"].match(bare)
    ):
        return True
    if "·" in bare or _SHAPE.match(bare) or _SHORT_NUMERAL.match(bare) or _ENDS_LIKE_NAME.search(bare):
        return True
    if _AROUND["mixed_script"].match(bare):
        return True
    linked = first is not last and bool(_AROUND["linked_pair"].match(after))
    if (
        _AROUND["role_after"].match(own_after)
        or _AROUND["secretary_after"].match(own_after)
        or (len(bare) < 3 and not mechanism_after)
    ):
        return False
    if mechanism_after or linked or (generic_after and not metaphor):
        return True
    if len(bare) < 3 or metaphor:
        return False
    clause_start = (
        opening
        and bool(_CLAUSE_START.search(own_before))
        and bool(_CJK.match(own_after))
        and not manner_of_work(text, q.end, bare, own_after)
    )
    explained = (
        opening
        and len(bare) >= 4
        and bool(_UNIT_BEFORE.search(own_before))
        and bool(_EXPLAINED_AFTER.match(text, q.end))
    )
    return doing or by_means or clause_start or explained


# What a unit did, named and then told in the next clause as a deed on so many things (中强巷社区“拆小并大”，将9个
# 老旧小区合并为…; not 社区干部“靠前一步”，把服务送到家门口, 小区环境“焕然一新”，将成为…: a manner, a state).
_UNIT_BEFORE = re.compile(r"(?:社区|村|街道|镇|乡|小区|县|区|市)$")
_EXPLAINED_AFTER = re.compile(rf"[，,]\s*(?:将|把)[^，。；]{{0,4}}?[\d{COUNTS_TO_TEN}]")


def _clause_sign(text: str, q: Quote, rule: str, reach: int) -> bool:
    """The `rule` of AROUND matches the quote's clause up to it (`reach` characters at most): the last of a list
    a verb of doing governs (建立小区党支部和“居民自管会”), a team formed with its size (组建了46人的“护湖队”)."""
    clause = CLAUSE_SPLIT.split(_WHITESPACE.sub("", text[max(0, q.start - reach) : q.start]))[-1]
    return bool(_AROUND[rule].search(clause))


def _comma_slogan(text: str, q: Quote, bare: str) -> bool:
    """深化“网格吹哨，部门报到”机制: a paired slogan of two four-character phrases printed with a comma, a
    mechanism word right after it, is the mechanism's name (speech has no mechanism word after it)."""
    return (
        _AROUND["comma_pair"].match(bare) is not None
        and _slogan(bare.replace("，", "、").replace(",", "、"))
        and _MECHANISM_AFTER.match(words_after(text, q.end)) is not None
    )


def _slogan(bare: str) -> bool:
    """A paired slogan of parallel four-character phrases (街乡吹哨、部门报到), not a described state."""
    return bool(_AROUND["paired_slogan"].match(bare)) and not _AROUND["slogan_particle"].search(bare)


def practices_in(text: str, stopwords: frozenset[str], opening: bool = True) -> Iterable[str]:
    quotes = quotes_in(text)
    contrasts = contrasts_in(text, quotes)
    printed: dict[
        str, int
    ] = {}  # how often an embedded name ending in bare 服务 is printed, quote marks ignored
    for i, (q, (first, last)) in enumerate(zip(quotes, _chains(text, quotes), strict=True)):
        if i in contrasts:
            continue
        if len(q.text) == 1:
            name = embedded_name(text, q)
            if name and name.endswith("服务") and name not in printed:
                printed[name] = signs.QUOTE_MARKS.sub("", text).count(name)
            if (
                name and printed.get(name, 2) >= 2
            ):  # 提供…24小时暖“新”服务: what is provided, unless printed again
                yield name
        elif (whole := number_inside(text, q) or number_named(text, q)) is not None:
            yield whole  # 暖新“365”行动计划, “1173”物业管理模式, “135”工作法: the number is part of the name it stands in
        elif _is_practice(text, q, quotes[first], quotes[last], stopwords, opening) or (
            opening and _recurs(text, q, [o for o in quotes if o.text == q.text], stopwords)
        ):
            yield with_room(text, q)


RECURS = 3  # a quote printed this often in the body is a name the report keeps coming back to (“微心愿”)
# a gathering held so many times, its count after it or before it (召开屋场会412场, 开展3期夜校): `{name}` its name
_HELD_TIMES = "(?:召开|举办|开展|组织|举行|开了|办了)(?:{name}\\d+[多余]?(?:场|期|轮)|\\d+[多余]?(?:场|期|轮)(?:次)?{name})"


def _held_times(text: str, bare: str) -> bool:
    """The body prints the quoted name bare as a gathering held so many times (`召开屋场会412场`)."""
    return re.search(_HELD_TIMES.format(name=re.escape(bare)), _WHITESPACE.sub("", text)) is not None


def _recurs(text: str, q: Quote, printed: list[Quote], stopwords: frozenset[str]) -> bool:
    """留下自己的“微心愿” … 收到这个“微心愿” … 征集…“微心愿” … 共收到“微心愿”30余份: a quote of three characters
    or more printed in quotes RECURS times or more (`printed`: each time) is what the report is about, whatever
    stands around each (alone, each reads as a metaphor after 的); so is one quoted once or twice that the text
    prints RECURS times in all, the others without quotes (这样的“院坝会”… 召开1次院坝会 … 院坝会上), or prints
    again bare as what was held so many times (谋道镇的“屋场会”又开起来了 … 召开屋场会412场, layouts37 p01: a
    gathering counted, no likeness); never speech, a list, a stopword, nor what is no name where it is quoted
    (“老大难”问题: a problem)."""
    bare = _WHITESPACE.sub("", q.text)
    return (
        (len(printed) >= RECURS or text.count(bare) >= RECURS or _held_times(text, bare))
        and len(bare) >= 3
        and bare not in stopwords
        and not SPEECH.search(q.text)
        and not _LIST.search(q.text)
        and not any(not_a_name(bare, words_after(text, o.end), False, False) for o in printed)
    )
