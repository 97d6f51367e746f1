"""The noun a number counts after its counting word (metrics.py; split from metric_phrases.py, which cuts the
noun phrase before the number and tidies both): `5730名在职党员到626个小区` -> 在职党员, a generic noun with the deed
after it (`名党员亮明身份` -> 亮明身份的党员), the whole a list makes up (快递员、外卖骑手等新就业群体), what became
of the counted (23条建议被街道采纳), its length cut at its last head noun (metric_heads.py).
"""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.extract.metric_deeds import PERSON_UNITS, clean, deed_after, is_generic, names_a_post, past_kinds
from builder.extract.metric_heads import HEAD, HEAD_END, OWN_NOUN, deed_off, modifies_next, verb_head_off
from builder.extract.metric_labels import is_place
from builder.extract.metric_phrases import ORIGIN, PLACE_UNITS, hide_quoted, tidy
from builder.text.numerals import COUNT_NUMERALS
from builder.text.patterns import BOX_DRAWN, alternation

__all__ = ["label_after"]

_CLAUSE_ENDS = "。；;，,！!？?"

_STOP_AFTER = re.compile(
    "、|\\d|(?<![专党])(?:"  # 专兼职调解员: 兼职 after 专 is part of the noun; 小区党组织: 组织 after 党 too
    + alternation(words.STOP_AFTER)
    + ")"
    + "|(?<=..)(?=[\u4e00-\u9fff]{1,2}于(?![是此])(?<![关属由对等基终至处位用利便]于))"
    # (骑手穿梭于大街小巷, 活跃于: a verb of where they are ends the noun, never 关于, 用于)
    + "|驻(?:村|点|企|社区)(?=指导|帮扶|蹲点)"  # 科技特派员520名驻村指导: a deed of being stationed
    # (在职, 在校, 在外 open the noun: 37名在外青年返乡创业, 在外务工人员; not 在外地, 在外面: where)
    + "|(?<![存所现正实])在(?!职|岗|校|册|编|读|建|外(?![地面边]))|(?<=.)中(?!心|层|小|型|学|医|国|队)"  # 35座中高温大棚: 中 opens the noun
    + "|(?<=[民众户员工])手(?=[中里上])"  # 分到15121名村民手中: the hands of those counted, not a part of them
    + "|(?<=..)(?:分到|分给|送到|送给|发到|交到)"  # 3137万余元村集体收益分到…: where it went, after the noun
    + "|(?<=..)联合(?=开展|举办|组织|发起|推出|行动)"  # 40名志愿者联合开展…: the deed, not 联合党委
    + "|(?<![国所私公拥现没具享占持固稀共既含特原已只仅还都均])有(?![限关序效机偿线])"
    + "|因(?![素子果地此为而])"  # 两家因琐事发生摩擦: the cause of what they did opens a clause, the noun ends
    + "|正(?=[\u4e00-\u9fff]{1,2}着)"  # 3处“筑梦空间”正服务着…: what it is doing
    # 30多名村民一大早就从…, 39个位于静海镇: an adverb of the deed's time or a verb of place ends the noun
    + "|(?<=.)(?:一大早|一早|早早|大清早)|(?<=..)就(?![业医学餐诊近地读职])|位于"
    # 11所高校向居民开放…: whom the deed is for follows the noun (not 方向, 导向, 志愿服务队双向…)
    + "|(?<=..)(?<![方导取意志动走指转定横纵双单])向(?![往导阳日])"
    + "|共(?=[“「‘]|"  # 23个乡镇（街道）共组建调解小分队, 10个街道共“吹哨”: 共 sums up the deed, the noun ends
    + alternation(words.VERBS)
    + ")"
)

_CURRENCY = frozenset(words.CURRENCY.split())

# An adverb a stop word ends (两个最为迫切的改造需求): the noun goes on past it.
_ADVERB_WORDS = frozenset(["最为", "较为", "更为", "极为", "颇为", "尤为"])

_ABOUT_END = re.compile("(?:左右|上下)$")

# the approximation of the next number, not a part of this one's noun (10个社区近2.1万名居民)
_NEXT_ABOUT = re.compile("(?:近|约|超过|超|逾|共计|共|合计|累计|达)$")

# a postposition closing the phrase the number is in (安置户66户279人中，): nothing after the number is counted
_POSTPOSITION = re.compile(
    r"^(?:之中|当中|中|里|内)(?=[，,。；;：:、]|$)|^(?:就|针对|围绕)(?![业医学餐诊近地读职])"
)

_HANDS = ("手中", "手里", "手上", "联合")  # 村民手中, 志愿者联合开展…: where they are, or with whom, no deed

_MODIFIER = re.compile(r"^(?:\d+(?:小时|分钟|天)|[\u4e00-\u9fff]{1,3}[式型])+")

# What the counted are made of, before the noun naming all of them (4000余名以快递员、网约配送员为主的新就业形态
# 劳动者; 1300余名快递小哥、外卖骑手、网约车司机等新就业群体): the label is that noun.
_MADE_UP = re.compile(r"^(?:以|由)[^，。；;\d]{1,30}?(?:为主体|为主|为骨干|为核心|组成|构成)的")

_NAMED_LIST = re.compile(r"^[^，。；;、\d]{1,12}(?:、[^，。；;、\d]{1,12})+(?<![平同对相])等(?![级次候待同])")

# The whole a 等-list makes up counted by its own number (…等资源71项), and a unit of places opening the list's first
# item (村（社区）土地): the number before the list counts those units, not the whole.
_WHOLE_COUNTED = re.compile(r"[\u4e00-\u9fff]{1,8}\s*\d")

_UNIT_FIRST = re.compile(f"^({alternation(PLACE_UNITS)})(?=[\u4e00-\u9fff])")

_OWNED_FRAME = re.compile("^(?:基础|前提|同时|情况|过程|背景)")

# What the counted are about (份关于垃圾分类的倡议书): the noun after its 的.
_TOPIC = re.compile(r"^(?:关于|有关|对于)[^，。；;\d的]{1,16}的(?=[\u4e00-\u9fff“])")

# Qualities listed with 、 before the counted noun (22名素质良好、业务精湛、积极热心的外卖骑手).
_DESCRIBED = re.compile(r"^([\u4e00-\u9fff]{2,8})(?:、[\u4e00-\u9fff]{2,8})+的(?=[\u4e00-\u9fff“])")

_FRAME = re.compile(
    "(?:标准|原则|目标|要求|规模|水平|方式|形式|比例)|基础(?![\u4e00-\u9fff])|基础上"
)  # not 基础网格

_NEWLY = re.compile(rf"新增(?=[“「‘]?[\u4e00-\u9fff])(?![{COUNT_NUMERALS}])")


def _runs_on(text: str, hidden: str, stop: re.Match[str]) -> bool:
    """Does the noun phrase go on past this stop word? Past a 、 after one character or a place
    (`自治区、市、区三级包联共建`), and past a verb between a modifier and its head noun (`在职报到党员`)."""
    before = clean(text[: stop.start()])
    if stop.group(0) == "、":
        return len(before) == 1 or is_place(before)
    if not before and stop.group(0) in _MODIFYING_STOPS:
        # `13个集中安置点` (real R38): such a stop word opening the noun is its modifier when a head noun closes it
        # soon; a verb opening it stays the deed (`9家结对共建单位`: the partners, no count of the work)
        return bool(_HEAD_SOON.match(hidden, stop.end()))
    modifier = 0 < len(before) <= 3 and not HEAD_END.search(before)
    return modifier and bool(HEAD.match(hidden, stop.end()))


# stop words that also modify a noun as its first word (集中安置点, 精准帮扶户, 常态化巡逻队)
_MODIFYING_STOPS = frozenset(("集中", "精准", "常态化"))
# a head noun within a word's length (安置点, 服务站): the noun goes on to it
_HEAD_SOON = re.compile(rf"[\u4e00-\u9fff]{{0,3}}?(?:{HEAD.pattern})")


# The counted noun, then what became of it by whom (建议被街道采纳, 意见被有关部门吸纳): the noun and the outcome.
_PASSIVE_AFTER = re.compile(
    r"^([\u4e00-\u9fff]{2,8}?)被[\u4e00-\u9fff]{0,8}?(采纳|采用|吸纳|录用|认定|列入|纳入|办结|转化|推广)"
)


def _named_list(text: str) -> re.Match[str] | None:
    """A list of named kinds closed by 等 before the noun of all of them (快递员、外卖骑手等新就业群体); never a
    clause that says something of them (新就业群体存在分布零散、流动性强等特点: the noun ended at 存在)."""
    named = _NAMED_LIST.match(text)
    if named is None or any(
        m.group(0) not in ("、", "等") for m in _STOP_AFTER.finditer(hide_quoted(named.group(0)))
    ):
        return None
    return named


def label_after(text: str, frames: bool = True, deeds: bool = True, unit: str = "") -> str:
    """The noun after a counting word: `名在职党员到…` -> 在职党员; a generic noun with the deed after it
    (`名党员亮明身份` -> 亮明身份的党员) unless `deeds` is False (the counted receive it: 为2100余名老人提供…).
    `unit`: the counting word, when known (one counting people never counts the places opening a list)."""
    text = _MODIFIER.sub("", BOX_DRAWN.split(text)[0].lstrip(" \t\n\u3000的"))
    if (frames and _FRAME.match(text)) or _POSTPOSITION.match(text):
        return ""
    if _NEWLY.match(text):  # 8家新增“爱新商家”同时获授牌: 新增 says the counted are new, the noun follows it
        rest = label_after(text[2:], frames, deeds)
        return f"新增{rest}" if rest else ""
    origin = ORIGIN.match(text)
    if origin and "的" in text[origin.end() :]:  # 来自…等单位的在职党员: the noun after the 的
        return label_after(text[text.index("的", origin.end()) + 1 :], frames)
    made_up = _MADE_UP.match(text) or _named_list(text)
    counted_apart = made_up is not None and _WHOLE_COUNTED.match(text, made_up.end())
    people = unit in PERSON_UNITS
    owner = _UNIT_FIRST.match(text) if counted_apart and not people else None
    if owner:  # 15个村（社区）土地、房屋等资源71项: the whole has its own count, this one counts the villages
        return owner.group(1)
    if counted_apart and people and made_up is not None and made_up.re is _NAMED_LIST:
        # 30名村民代表、党员等群众100余人: the whole has its own count, this one counts the first listed
        made_up = None
    if (
        made_up
    ):  # 以快递员、网约配送员为主的新就业形态劳动者, 快递小哥、外卖骑手等新就业群体: the whole they make up
        return label_after(text[made_up.end() :], frames, deeds)
    topic = _TOPIC.match(text)
    if topic:  # 1200份关于垃圾分类的倡议书: what it is about, then what is counted
        return label_after(text[topic.end() :], frames, deeds)
    described = _DESCRIBED.match(text)
    if (
        described
        and not any(  # 素质良好、业务精湛的外卖骑手: qualities, the noun after 的 is counted
            HEAD_END.search(item) or is_place(item) for item in described.group(0)[:-1].split("、")
        )
    ):
        return label_after(text[described.end() :], frames)
    passive = _PASSIVE_AFTER.match(text)
    if passive:  # 23条建议被街道采纳: what became of the counted is part of what is counted, not who did it
        return f"{passive.group(1)}被{passive.group(2)}"
    hidden = hide_quoted(text)
    stop = _STOP_AFTER.search(hidden)
    while stop is not None and (
        _runs_on(text, hidden, stop)
        or text[max(0, stop.start() - 1) : stop.end()] in _ADVERB_WORDS
        or (stop.start() > 2 and hidden[stop.start() - 1] == "的")  # 最为迫切的改造需求: 的 needs its noun
    ):
        stop = _STOP_AFTER.search(hidden, stop.end())
    if text[:1] in "）)":
        return (
            ""  # 必选清单（60分）、…: the number was in brackets after its noun, nothing after it is counted
        )
    label = clean(text[: stop.start()] if stop is not None else text).lstrip("的")
    label = _ABOUT_END.sub("", label)  # 4万只鸡左右: the approximation, no part of the noun
    if stop is not None and len(stop.group(0)) == 1:
        label = verb_head_off(label)  # 入社村民拿|到: the verb's first character, before its 到
    elif stop is None:
        label = deed_off(label)  # 15个乡镇示范带动: the counted, then the deed closing the clause
    if stop is not None and hidden[stop.start()].isdigit():
        label = _NEXT_ABOUT.sub("", label)  # 10个社区近2.1万名居民: the next number's approximation
    if label in _CURRENCY:  # 约12000余元钱: money said again, the thing is named before the number
        return ""
    hands = stop is not None and text.startswith(_HANDS, stop.start())
    deed = (
        deed_after(text[stop.start() :])
        if deeds and stop is not None and not hands and label and is_generic(label)
        else ""
    )
    if deed and names_a_post(deed):  # 设立86个党员先锋服务岗: the post is counted, its name whole
        return tidy(label + deed.rstrip(_CLAUSE_ENDS))
    if deed:  # 25名党员亮明身份 -> 亮明身份的党员: a generic noun with its deed (metric_deeds.py)
        return f"{deed}的{label}"
    owner, _, owned = label.partition("的")
    if len(owned) >= 2:  # 4名表现优秀的小区党支部书记 -> the noun after 的; 435个社区的用房面积 -> 社区
        head = HEAD_END.search(owner) or _OWNED_FRAME.match(owned)  # (…机制的基础上: the frame is not it)
        label = owner if head else owned.rpartition("的")[2]
    # (the counted receiving a deed end at their head noun, however short: 为八九十位老人准备午餐 -> 老人)
    if len(label) > 12 or ((len(label) > 6 or not deeds) and not HEAD_END.search(label)):
        heads = [m.end() for m in HEAD.finditer(label) if m.end() <= 12 and not modifies_next(label, m.end())]
        # (乡镇（街道）: the bracketed kinds are the noun's, no head of their own)
        heads = [end for end in (past_kinds(label, head) for head in heads) if end is not None]
        if heads:
            own = OWN_NOUN.match(
                label, heads[-1] - 1
            )  # 村村集体合资: the villages' own body acts, no deed of them
            deed = (
                deed_after(label[heads[-1] :]) if deeds and not own and is_generic(label[: heads[-1]]) else ""
            )
            if deed and names_a_post(deed):  # 86个党员先锋服务岗: the post is counted, its name whole
                return tidy(label[: heads[-1]] + deed.rstrip(_CLAUSE_ENDS))
            label = label[: heads[-1]]
            if deed:  # 12个社区建起“红色议事厅”, 12名党员带头拆除自家旱厕: the noun ran on into its deed
                return f"{deed}的{label}"
    return tidy(label) if label else ""
