"""Whether one line has a headline's shape (is_headline_shape): short, no sentence's stop, no byline, not cut after a
particle (WORDS_ENDING_SO: the words ending so that end whole); a headline printed in 【】 on its line
(BRACKETED_HEADLINE, headline_words: the title is the words inside).

A pure predicate on one line's text (moved out of `lineshapes`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.lineshapes import LINE_SHAPE, LINES_KEPT
from builder.ingest.textrules import cjk_count
from builder.places.gazetteer import Gazetteer, gazetteer

# (a headline may end asking or exclaiming: `老旧小区停车难怎么破？`, `独山子区：小区里的事有人管了！`)
# (maybe opening on a short exclamation: `全省唯一！某某社区获评全国典型`, real R20 r20_05)
_HEADLINE_SHAPE = re.compile(r"^(?:[\u4e00-\u9fff]{2,5}！)?[^，。！？；;,]{4,40}[？！]?$")


# a slogan quoted whole, its comma inside the marks (`实现“民有所呼，我有所应”`, real R25 r25_01's deck line)
_QUOTED = re.compile(r"“[^“”，]{2,12}，[^“”，]{2,12}”")


_LONGEST = (
    60  # characters: a longer line is no headline, its quotes never looked at (a hostile page's long line)
)


# A theory article's labelled field printed between its headline and its body (`【关键词】基层治理　积分制`,
# `【中图分类号】D267`, layouts34 p02, heldout31 p06): no headline, though as short as one.
HEAD_FIELD_LABEL = re.compile(r"^【(?:关键词|关键字|中图分类号|文献标识码)】")


def is_headline_shape(text: str) -> bool:
    """A headline's shape (asked of one line by many rules, kept like `is_byline_text`'s verdict)."""
    return _headline_shape(text, gazetteer())


@lru_cache(maxsize=LINES_KEPT)
def _headline_shape(text: str, _places: Gazetteer) -> bool:
    return (
        bool(
            _HEADLINE_SHAPE.match(_QUOTED.sub(_quote_without_comma, text) if len(text) <= _LONGEST else text)
        )
        and cjk_count(text) >= 4
        and text.count("“") == text.count("”")
        and not LINE_SHAPE["byline_start"].match(text)
        and not is_byline_text(text)
        and not LINE_SHAPE["bare_names"].match(text)
        and not (text.endswith(_CUT_AFTER) and not text.endswith(WORDS_ENDING_SO))
        and not text.startswith("图为")  # a photo's caption, even without its full stop (`图为…合影`)
        and not HEAD_FIELD_LABEL.match(text)
    )


def _quote_without_comma(quoted: re.Match[str]) -> str:
    """A quoted slogan as the headline shape reads it: its comma is the slogan's, not a clause of the line."""
    return quoted.group(0).replace("，", "、")


# A line ending in a particle, a conjunction or a preposition was cut mid-phrase (`…的`, `…与`, `…在`) unless
# that character ends a word (`党员带头 村民参与`, `应对`, `祥和`).
_CUT_AFTER = ("的", "和", "与", "在", "对", "把", "、", "：", "“")


WORDS_ENDING_SO = (
    "参与",
    "存在",
    "所在",
    "实在",
    "自在",
    "面对",
    "应对",
    "反对",  # `一楼住户突然反对`, real R25 r25_02's subheading
    "相对",
    "绝对",
    "结对",  # `…“党员+农户”结对` / `种出致富茶`: pairing, a deed done
    "配对",
    "比对",
    "核对",
    "祥和",
    "平和",
    "温和",
)


# A headline's words set in 【】 (group `head`, the first): 4 to 40 characters, no bracket inside. The one bound of a
# 【head】: on a line of its own (BRACKETED_HEADLINE), before a byline after a bar (barredheads).
HEAD_IN_BRACKETS = r"【(?P<head>[^【】]{4,40})】"
# Run in before its lead (briefheads), a brief's headline is 6 characters or more: a report's run-in paragraph
# heads (`【主要做法】…`, `【经验启示】…`) mostly are 4 or 5 and open no item.
RUN_IN_HEAD_IN_BRACKETS = r"【(?P<head>[^【】]{6,40})】"
# A headline set in 【】 on a line of its own (a briefs column's, `【某某市：“某某驿站”暖人心】`): group 1 its words.
BRACKETED_HEADLINE = re.compile("^" + HEAD_IN_BRACKETS + "$")


def headline_words(text: str) -> str:
    """A headline's words as the title reads them: a headline printed in 【】 on its line without the brackets
    (`【某某县：“田间课堂”开到地头】` -> `某某县：“田间课堂”开到地头`); any other headline as it is."""
    bracketed = BRACKETED_HEADLINE.match(text)
    return bracketed.group(1) if bracketed else text
