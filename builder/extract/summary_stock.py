"""Stock wording a summary never is (moved out of `summary`; rule 4 of its docstring): the leading stock clauses
(STOCK_OPENINGS) dropped, a sentence holding a stock phrase (STOCK_PHRASES) skipped, a purpose and its aims
(`为充分发挥…作用，切实加强…`) dropped up to the clause that says who did what. Small pattern lists, kept here so
that an editor or developer can extend them.
"""

from __future__ import annotations

import re

from builder.text.numerals import COUNT_NUMERALS
from builder.text.patterns import RESOLVE_ADVERBS, alternation

# A leading clause that only sets the scene (dropped, the rest of the sentence is kept).
STOCK_OPENINGS: tuple[str, ...] = (
    r"(?:近年来|近年以来|近些年来|今年以来|去年以来|近期|近日|日前)",
    r"(?:自|从)?[^，。“”]{0,16}以来",
    r"为(?:深入|全面|认真|进一步|更好地?|切实)?(?:贯彻|落实|学习|践行)[^。]{0,80}?(?:精神|部署|要求|思想|指示)",
    r"(?:在|按照)[^，。]{0,30}(?:领导下|指导下|部署下|要求下)",
    r"为[^。“”]{2,80}?(?=[，,]\s*\d{1,2}\s*月\s*\d{1,2}\s*日)",  # 为庆祝…，6月27日，X…
    r"(?:围绕|针对|面对)(?:这个|这一|这项|这些|此类?)[^，。]{0,8}",  # refers back to a sentence not shown
    r"(?:同时|此外|另外|对此|为此|与此同时|在此基础上)",
    # a connective tying the sentence to one before it, not shown (正巧，古田县组织…; 于是，…; 不仅如此，…)
    r"(?:正巧|恰巧|碰巧|于是|随后|紧接着|接着|因此|所以|而且|再者|除此之外|不仅如此|另一方面|一方面|首先|其次)",
    # who told the paper, or the paper's own asking (记者从…了解到，; 记者采访了解到，; 记者调查发现，)
    r"(?:本报)?(?:记者|笔者)(?:近日|日前)?(?:(?:从|在)[^，。“”]{2,30}|采访|走访|调查|调研)"
    r"(?:获悉|了解到|得知|采访时了解到|发现)",
    # how the paper knows (据了解，据悉，), also a news site's credit before it (实况新闻—某报记者从…了解到)
    r"(?:据(?:了解|悉|介绍|统计|初步统计|不完全统计)|[^，。“”]{0,16}?(?:记者|笔者)?(?:近日|日前)?从[^，。“”]{2,30}(?:获悉|了解到|得知))",
    # what the deed was for, up to the time it was done (为丰富…，引导…，近日X组织…; 充分释放…活力，…，3月26日上午，…)
    r"(?:为了?|(?=进一步|充分|切实|深入))[^。“”]{2,80}?(?=[，,]\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|近日|日前|近期|当天|昨日|昨天)(?![^，。]{0,4}以来))",
)
# Phrases that make a sentence boilerplate wherever they stand (the sentence is skipped).
STOCK_PHRASES: tuple[str, ...] = (
    r"(?:认真|深入|全面)贯彻落实",
    r"(?:获得感|幸福感|安全感|归属感)[、和]?(?:获得感|幸福感|安全感|归属感)",
    r"习近平新时代中国特色社会主义思想",
    r"党的二十大(?:和二十届[^，。]{0,10})?精神",
)
_STOCK_OPENING = re.compile("^(?:" + "|".join(STOCK_OPENINGS) + ")[，,]")
_STOCK_PHRASE = re.compile("|".join(STOCK_PHRASES))


# A purpose clause (为充分发挥…作用，) or its subjectless remainder (进一步为基层减负增效，切实解决…): what the deed
# was for, said before anyone is named; the sentence goes on only if a clause of its own names who did what.
_PURPOSE = re.compile(
    r"^(?:为了?(?:充分|进一步|切实|深入|更好地?|全面|持续|不断|有效|积极|大力|从根本上)?|进一步|充分|切实|更好地?)"
    r"(?:发挥|推进|推动|加强|提升|丰富|落实|贯彻|助力|促进|营造|打造|满足|解决|破解|确保|保障|巩固|增强|激发|发展|壮大|"
    r"释放|创新|让|使|为)"
)
# a clause that is the purpose's next aim, no subject of its own (切实加强…, 严格落实…, 积极组织…, 坚决做到…)
_AIM = re.compile(
    rf"^(?:{alternation(RESOLVE_ADVERBS)}|进一步|充分|严格|坚决|全面|深入|努力|有效|从源头上?|更好地?|"
    r"加强|推动|推进|提升|助力|促进|引导|带动|营造|打造|确保|激发|创新|解决|健全|完善|夯实|深化|强化|提高|巩固|增强|优化|让|使)"
)


# The words of a programme stated rather than carried out (坚持…着力…不断…, 以…为抓手, 旨在…): a sentence holding
# PROGRAMME_LEAST of them and no figure says what a unit holds to, not what it did (is_programme).
PROGRAMME_WORDS = (
    rf"{alternation(RESOLVE_ADVERBS)}|坚持|聚焦|深化|强化|全面|进一步|高质量|赋能|引领|助推|深度融[合入]|有力|有效|夯实|"
    r"树牢|旨在|为抓手|为依托|核心要素|蓄势|充分发挥"
)
PROGRAMME_LEAST = 3
_PROGRAMME_WORD = re.compile(PROGRAMME_WORDS)
FIGURE = re.compile(r"\d")  # a sentence telling a figure (summary's one test of it)
# a count printed in words (建成三个服务站, 培育一批带头人): a figure too, for the programme test
_COUNTED_IN_WORDS = re.compile(rf"[{COUNT_NUMERALS}]+[余多]?(?:个|批|支|座|名|家|项|处|条|所|间|户|位|场|类)")


def is_programme(text: str) -> bool:
    """A programme stated, no deed told: PROGRAMME_LEAST of its words (坚持, 着力, 不断 …) and no figure
    (`某某乡坚持把党建引领作为…，着力建强队伍…，治理水平不断提升。`)."""
    told = FIGURE.search(text) or _COUNTED_IN_WORDS.search(text)
    return not told and len(_PROGRAMME_WORD.findall(text)) >= PROGRAMME_LEAST


def _without_purpose(text: str) -> str | None:
    """The sentence from its first clause that is no purpose or aim on, or None when every clause is one."""
    if not _PURPOSE.match(text):
        return text
    clauses = re.split(r"(?<=[，,])", text)
    for at in range(1, len(clauses)):
        if not _AIM.match(clauses[at]):
            return "".join(clauses[at:])
    return None


def without_stock(text: str) -> str | None:
    """The sentence without its leading stock clauses, or None if what is left is boilerplate too."""
    while (match := _STOCK_OPENING.match(text)) is not None:
        text = text[match.end() :]
    purposeless = _without_purpose(text)
    if purposeless is None or _STOCK_PHRASE.search(purposeless) or len(purposeless) < 12:
        return None
    return purposeless
