"""The noun phrase a number counts, cut out of its clause (metrics.py): the noun phrase before the number, after
the last verb (`建立网格党支部492个` -> 网格党支部), with quotes, brackets, 等-lists, 的-phrases and scope words cleaned
(`tidy`, which the noun after the counting word, metric_after.py's, ends with too: `名在职党员到…` -> 在职党员). The rules are listed in metrics.py's docstring; the repairs of a label once cut are metric_labels.py's.
"""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.extract.metric_deeds import clean, is_generic, with_deed
from builder.extract.metric_heads import HEAD_END
from builder.extract.metric_labels import front_cut, strip_lead
from builder.text.numerals import COUNTS_TO_TEN
from builder.text.patterns import BOX_DRAWN, alternation

__all__ = [
    "DATE",
    "ORIGIN",
    "PLACE_UNITS",
    "VERB",
    "changed_thing",
    "clause_before",
    "clean",
    "divided_label",
    "hide_quoted",
    "label_before",
    "tidy",
]

DATE = re.compile(
    r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|今年(?:以来|\d{1,2}月)?|近年来|以来|近期|近日|日前"
)
VERB = re.compile(alternation(words.VERBS))
# A level reached (村集体经济收入增加到86万元, 满意度提高到9成): the verb before 到/至 says how it got there, it is
# not part of what is counted (a change given as such, 同比下降11%, keeps its verb).
_REACHED = (
    f"(?:{alternation(f'{words.CHANGE} {words.RESIZE} 攀升 回升 飙升 骤降 缩减')}"
    "|(?<![空骤陡回下])降|(?<![晋攀飙回提上跃])升)(?:到|至)"
)
# A level kept (满意度连续三年保持在98%以上): how long it has held, not what is counted.
_KEPT = rf"连续[\d{COUNTS_TO_TEN}]+(?:个)?(?:年|季度|月)(?:保持|稳定|维持)在?"
_TRAIL = re.compile(
    "(?:" + _REACHED + "|" + _KEPT + "|" + alternation(words.TRAIL) + "|(?<![报分领])到"
    # (收益预计能达到, 收入全部过5万元: may, all, past; not 技能, 通过)
    "|(?<![技功职动效体智赋产节储性潜本才])能|(?<![通经超不度越跳路错])过)$"
)
_LABEL_MAX = 24
# (and what the counted talked about: 代表60余人就…等问题进行协商, the people are named before the number)
# the partner of a deed, said before the number of the noun it modifies (与对应的7家结对单位): no counted thing
_PARTNER_OF = re.compile(r"(?:与|和|同|跟)[\u4e00-\u9fff]{0,4}的$")
_OPEN_ASIDE = re.compile(r"[（(][^）)]*$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# What was done to the thing the number counts, the thing before it (巾帼志愿者被分成4组, 《福报》一共做了两期): the
# thing is the label, not the verb (被分成); a passive's agent alone (后被两家共同用于…) names nothing counted.
_DONE_TO = re.compile(
    r"(?:被|一共|共|都)?(?:分成|分为|编成|编为|划成|划为|做)$|^[^，。；]{0,2}被$"
    r"|被[\u4e00-\u9fff]{1,6}$"  # 居民网格被优化调整为216个: what was made so many
)
# How long a figure has held (韩家墅村连续5年村集体收入): no part of what is counted.
_SPAN_INSIDE = re.compile(rf"连续[\d{COUNTS_TO_TEN}]+(?:个)?(?:年|季度|月)")
# A village named before its own village's noun (韩家墅村村集体收入, 柳班村集体经济收入, 该市村级…): where, not what.
_VILLAGE_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?=村(?:集体|级))")
# (not a deed done to the villages' economy: 壮大村级集体经济项目, 发展村集体经济, 省级扶持村级…项目)
_DEED_BEFORE = re.compile(
    "(?:" + alternation(words.VERBS) + "|壮大|发展|扩大|增加|做强|做大|巩固|提升|扶持|支持)$"
)
# A verb's result complement is no part of what it counts (评选出十星级文明户160户 -> 十星级文明户).
_COMPLEMENT = re.compile("^出(?![租行口资版台发勤差席现])")
_LIST_CUT = re.compile(r"[、暨和及与]")
_LIST_END = re.compile(r"(?<![平同对相])等(?![级次候待同])")
_NOUN_AFTER = re.compile(
    "[率者性度化型式]|量(?!化)"
)  # 覆盖率, 领办型合作社, 开放式, 走访量: the verb is part of a noun
# Where a change starts (社区挂牌从平均每个社区 | 21块减少到6块), cut off the label; never a group picked from
# (又从返乡青年中发展党员 | 11名: 从…中 and a deed, whom the counted come from).
_FROM_PHRASE = re.compile(
    r"从(?!事|业|严|而|来|未|不|中|小|头)(?![^从，。；、]*[中里][\u4e00-\u9fff])[^从，。；、]{1,10}$"
)
_DEED_END = re.compile("(?:" + alternation(words.DEEDS) + ")$")
ORIGIN = re.compile("^(?:" + alternation(words.ORIGIN) + ")")
# The places a count is of, or whose people and things a label names (社区居民, 村（社区）土地).
PLACE_UNITS = r"村（社区） 村\(社区\) 行政村 乡镇 社区 街道 小区 网格 村 镇 乡"
_HAS = re.compile("(?<![国所私公拥没具享占持固稀既含特原只仅都均])有(?![限关序效机偿线制点所的])")
_NOUN_TOO = frozenset({"组织", "建设", "规划", "服务", "管理"})  # after a quote a noun: “两新”组织党员
# the place whose people or things a 有-clause counts (淮光社区有居民), also an area's or a building's (辖区, 楼栋)
_OWNER_UNIT = re.compile(f"({alternation(PLACE_UNITS + ' 辖区 楼栋')})[内里]?$")
_LIGHT_VERBS = ("开展", "组织", "举办", "进行")
_TALK = frozenset(words.TALK.split())


_QUOTED_INSIDE = re.compile(r"([“‘「《(（])([^“”‘’「」《》()（）]*)([”’」》)）])")


def hide_quoted(text: str) -> str:
    """Same length, with the inside of quotes and brackets blanked, so that no verb is found in a name."""
    return _QUOTED_INSIDE.sub(lambda m: m.group(1) + "□" * len(m.group(2)) + m.group(3), text)


def tidy(label: str) -> str:
    """Shared end of both label rules: 等-lists, 的-phrases, scope words, a span held and a village before its own
    noun, length."""
    label = _OPEN_ASIDE.sub(
        "", label
    )  # 党员必选清单（60分）: the bracket opened before the number is no part
    if not _CJK.search(label):  # “334”（即30%…: a formula's name, nothing named
        return ""
    label = front_cut(_SPAN_INSIDE.sub("", label))
    village = _VILLAGE_BEFORE.match(label)
    if village and not _DEED_BEFORE.search(village.group(0)):
        label = label[village.end() :]
    lists = [*_LIST_END.finditer(label)]
    if lists:  # 等 closing a list, not the 等 of a word (三个等级, 平等)
        head, tail = label[: lists[-1].start()], label[lists[-1].end() :]
        label = tail if len(tail) >= 2 else head
    if "的" in label:
        tail = label.rpartition("的")[2]
        if len(tail) >= 2:
            label = tail
    label = label.strip("、的等")
    if len(label) > _LABEL_MAX:
        label = _LIST_CUT.split(label)[-1]
        label = label[-_LABEL_MAX:]
    return label


def label_before(text: str, unit: str = "") -> str:
    """The noun phrase before a number: `建立网格党支部` -> 网格党支部; a generic noun keeps its verb, people
    counted after a thing are those the verb reached (metric_deeds.with_deed: 解决问题, 纳入有效管理的人员)."""
    # a table's rules and bars (a drawn box the page reader did not take apart): a label never reaches past one
    text = BOX_DRAWN.split(DATE.sub("", text))[-1].rstrip()  # `…┤│产业链党建联盟│ 16个`: the cell's own
    if _PARTNER_OF.search(text):  # 6个党支部与对应的7家结对单位: the 7 are named after the number
        return ""
    text = _FROM_PHRASE.sub("", text) or text  # 社区挂牌从平均每个社区21块减少到6块: before the 从
    while True:
        stripped = _TRAIL.sub("", text).rstrip()
        if stripped == text:
            break
        text = stripped
    if text.endswith("占"):
        text += "比"
    done_to = _DONE_TO.search(text)
    if done_to:  # 巾帼志愿者被分成 -> 巾帼志愿者; 后被 -> nothing
        text = text[: done_to.start()] if done_to.start() >= 2 else ""
    hidden = hide_quoted(text)
    best = strip_lead(clean(text))
    verb = ""
    for match in reversed(list(VERB.finditer(hidden))):
        if _NOUN_AFTER.match(hidden, match.end()) or (match.start() and hidden[match.start() - 1] in "党会"):
            continue  # 党组织, 覆盖率: part of a noun, not a verb
        rest = _COMPLEMENT.sub("", strip_lead(clean(text[match.end() :])))
        if match.group(0) in _TALK and _DEED_END.fullmatch(rest):
            continue  # 代购代办服务: a name of the service, the verb before it counts it
        if (
            len(rest) >= 2
            and not VERB.fullmatch(rest)
            and match.group(0) in _TALK
            and not is_generic(tidy(rest))
        ):
            best = match.group(0) + rest  # 协商议事会: the verb of talking over names the body
            break
        if len(rest) >= 2 and not VERB.fullmatch(rest):
            best, verb = rest, _governing_verb(text, hidden, match)
            break
        if not rest:  # the verb is what is counted: 为其捐助2000元, 服务覆盖30余万人
            before = clean(text[: match.start()])
            deed = _DEED_END.search(before) or HEAD_END.search(before[-4:])  # 网格覆盖, 企业招工
            if deed and len(deed.group(0)) < 2:
                deed = None  # 调解员促成两家和解: 员 ends the one who acts, no deed's noun
            if deed and deed.group(0) in _LIGHT_VERBS and match.group(0) not in _LIGHT_VERBS:
                deed = None  # 开展培训56场次: the training is counted, 开展 only says it was done
            best = (deed.group(0) if deed else "") + match.group(0)
            break
    if not verb:  # 鄂尔多斯市东胜区有老旧小区126个: what the place has is counted, not the place
        has = [m for m in _HAS.finditer(best)]
        if has and len(best) - has[-1].end() >= 2:
            owner = _OWNER_UNIT.search(best, 0, has[-1].start())  # 淮光社区有居民: 社区居民, a generic noun
            best = best[has[-1].end() :]
            if owner and is_generic(tidy(best)):
                return owner.group(1) + tidy(best)
    unsourced = ORIGIN.sub("", best)  # 来自A、B和C代表60余人: where they come from is who they are
    if len(unsourced) >= 2:
        best = unsourced
    return with_deed(tidy(best), verb, unit)


def _governing_verb(text: str, hidden: str, match: re.Match[str]) -> str:
    """The verb whose deed a counted noun keeps (metric_deeds.with_deed): the one before a list's first item
    (协商解决停车场路面硬化、设置宠物公厕等问题, 解决道路修缮、垃圾分类等事项 -> 解决; 完成…等承诺事项 keeps
    承诺); none before a quoted name (选聘“寨管家”) or after one
    (“两新”组织党员: 组织 is a noun there)."""
    if hidden[match.start() - 1 : match.start()] in ("”", "」", "’") and match.group(0) in _NOUN_TOO:
        return ""
    if text[match.end() :].lstrip().startswith(("“", "「", "‘")) and not _LIST_END.search(
        hidden, match.end()
    ):
        return ""  # (开展“…”“…”等活动: the verb of the list's noun, 开展活动)
    cut = hidden.find("、")
    if 0 <= cut < hidden.rfind("等") and match.start() < hidden.rfind(
        "等"
    ):  # a verb in a list: the list's, which
        earlier = [m for m in VERB.finditer(hidden, 0, cut) if m.end() <= cut - 2]  # has its object in item 1
        return earlier[-1].group(0) if earlier else ""
    return match.group(0)


# What is divided into classes, the classes' names printed in quotes after the verb (分为“A”“B”“C”三类).
_DIVIDED = re.compile(
    r"(?:划分为|细分为|归纳为|分为|分成|划为|归为|分作)\s*"
    r"(?:(?:[“「‘][^“”「」‘’]*[”」’]\s*[、和及与]?\s*)+|[^、，。；“”]{1,6}(?:、[^、，。；“”]{1,6})+)$"
)


def divided_label(head: str) -> str:
    """`将排查发现的重点人群和家庭分为“A”“B”“C”三类` -> 重点人群和家庭分类 (also `分为红、黄、绿三类`): a count of
    classes names what is divided, never the classes it lists (their names are the quote's); else ""."""
    match = _DIVIDED.search(head)
    if match is None:
        return ""
    divided = label_before(head[: match.start()])
    return divided + "分类" if len(divided) >= 2 else ""


_CLAUSE_MARK = re.compile(r"[，,；;：:。！？]")


def clause_before(text: str, start: int) -> str:
    """The clause before the one opening at `start`, in the same sentence (拓展服务内容，| 由原来的6项扩展到10多项:
    a change's clause naming no subject changes what the clause before names); "" at a sentence's start."""
    if start < 1 or text[start - 1] not in "，,":
        return ""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start - 1)]
    return text[marks[-1] if marks else 0 : start - 1]


_CHANGING_END = re.compile(
    r"(?:逐年|逐步|持续|不断|大幅|明显)?(?:下降|上升|提升|提高|增加|减少|增长|扩大|缩小)了?$"
)


def changed_thing(text: str, start: int, unit: str) -> str:
    """What changes when a change's clause opens on where it starts (…的村所占比例逐年下降，| 由57.03%下降至32.69%):
    the noun of the clause before, without its verb of changing ("" at a sentence's start)."""
    before = _CHANGING_END.sub("", clause_before(text, start))
    return label_before(before, unit) if before else ""
