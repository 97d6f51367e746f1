"""A headline a narrow column wrapped over two lines after its place (heldout8 n07, n09): `秦都区“红色代办”让群` /
`众少跑腿`, `朝阳市推行“书记领办”调解` / `矛盾纠纷就地化解`. Read as a kicker (引题) over a headline, the title was
the second line's words alone and the first line the subtitle.

A kicker and its headline are two phrases, each whole: the headline names its own subject (`思明区：…`,
`吉林让…`), or the kicker names none (`党建引领破解“物业难”`, `全省推广…`), or the two are phrases apart by a
space. A wrapped headline is one phrase cut where the column ends: its first line opens with the place that
acts and goes on to what it does, its second line names no place nor subject of its own and is clearly
shorter (the wrap filled the first line), or a word of the dictionary runs across the break (`群` / `众`).
`headlinerules.reads_on` asks this for every two-line headline it reads.
"""

from __future__ import annotations

import re

from builder.ingest.lineshapes import LINE_SHAPE, is_headline_shape, is_place_kicker, starts_byline
from builder.ingest.textrules import cjk_count, display_width, ends_sentence
from builder.places.gazetteer import gazetteer
from builder.text.boundaries import word_across

# A place of the level of a town, a street, a community or a village, named by its suffix (not in the
# gazetteer; `乡村` is no township).
_LOCAL_PLACE = re.compile(r"^[\u4e00-\u9fff]{2,6}?(?:街道|社区|镇|乡(?!村)|(?<!乡)村)")
# A place named anywhere in a line, by its suffix (conservative: any such word counts as a subject of its own).
# A residential compound (`小区`) is no place of a level: `…议出` / `满意小区` is the headline's end.
_PLACE_WORD = re.compile(r"(?!小区)[\u4e00-\u9fff](?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道|社区|村)")
_SHORTER = 0.7  # a wrapped headline's second line is at most this share of its first (display width)
_MIN_DEED = 2  # the characters after the place on the first line: what the place does, begun


def wrapped_after_place(first: str, second: str) -> bool:
    """`first` / `second` are one headline the column wrapped, not a kicker over a headline."""
    if (
        re.search(r"\s", first + second)
        or re.search(r"[：:]", second)
        or LINE_SHAPE["subtitle"].match(second)
    ):
        return False  # two phrases apart, a second line naming its subject (`盐官镇：…`), or a `——` subtitle
    if ends_sentence(first) or is_place_kicker(first) or not is_headline_shape(first + second):
        return False
    place = _opening_place(first)
    if not place or cjk_count(first) - cjk_count(place) < _MIN_DEED:
        return False
    if _PLACE_WORD.search(second) or gazetteer().scan(second):
        return False  # the second line names a subject of its own: a headline under its kicker
    width, rest = display_width(first), display_width(second)
    if rest > width:
        return False
    return rest <= _SHORTER * width or word_across(first, second) is not None


def _opening_place(text: str) -> str:
    """The place a line opens with: one of the gazetteer, or a street, community or village by its suffix."""
    found = gazetteer().scan(text[:12])
    if found and found[0][0] == 0:
        return found[0][2]
    local = _LOCAL_PLACE.match(text)
    return local.group(0) if local else ""


_MIN_FULL_LINE = 10  # characters of a headline's line long enough for the column to wrap its last word off


def tail_over_byline(headline: str, after: list[str]) -> bool:
    """`渤海街道社区工作者“擂台比武”` / `练本领` / `王琳 赵阳`: the headline's last word, wrapped onto a line of its
    own and short as one name, over the byline proper (a line of names or a reporter line): the headline's end,
    never a byline of one name over another byline."""
    if len(after) < 2 or not LINE_SHAPE["bare_names"].match(after[0]) or re.search(r"\s", after[0]):
        return False
    if ends_sentence(headline) or not starts_byline(after[1]) or not is_headline_shape(headline + after[0]):
        return False
    return cjk_count(headline) >= _MIN_FULL_LINE or word_across(headline, after[0]) is not None


_MAX_QUOTE_TAIL = 6  # characters of a quoted name's end the wrap sent to the next line (`驿站”`)


def quote_cut_over_byline(first: str, after: list[str]) -> bool:
    """`宁江区新就业群体有了“暖心` / `驿站”` / `本报记者 高明`: a headline whose quoted name the column cut, its end
    (a few characters closing the quote) on the next line, right over a byline: one headline. A line of text
    is never taken: its quote closes further on, or what follows is no byline."""
    if len(after) < 2 or first.count("“") != first.count("”") + 1 or not after[0].endswith("”"):
        return False
    tail = after[0]
    if cjk_count(tail) > _MAX_QUOTE_TAIL or "“" in tail or ends_sentence(first):
        return False
    return is_headline_shape(first + tail) and starts_byline(after[1])
