"""A headline whose last words the column wrapped onto a short line of their own, right over the article's byline
(moved out of headlinewraps.py; bylinedheads.headline_over_byline asks each): the short line is the headline's end,
never a byline of its own nor a headline over the byline.

- its last word, short as one name (`渤海街道社区工作者“擂台比武”` / `练本领` / `王琳 赵阳`): tail_over_byline;
- a quoted name's end the column cut (`…有了“暖心` / `驿站”` / `本报记者 高明`): quote_cut_over_byline;
- its quoted last words, too short for a headline (`恩施市把议事会开进` / `“院坝”里`): quoted_tail_over_byline;
- a quoted practice and its verb over the verb's object (`“1+3+N”激活` / `古城院落治理`): verb_cut_over_byline;
- a first line cut after its `的` (`和`, `与`) or after the people a causative names (`麒麟区社区食堂里的` /
  `“邻里圆桌”`): particle_cut_over_byline.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineplaces import place_words
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import CAUSED_WHO, OBJECT_ONLY, VERB_OPENING
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.textrules import cjk_count, display_width, ends_sentence
from builder.text.boundaries import word_across

# A headline's first line of a quoted practice and the verb it does, its object wrapped onto the next line
# (`“1+3+N”激活` / `古城院落治理`, heldout15 p01): too short to be a headline of its own. (A quote of one character
# too, `“招”`: a device, not only a named practice, patterns.NAME_IN_QUOTES.)
_QUOTE_AND_VERB = re.compile(
    r"^“[^“”]{1,12}”(?:" + VERB_OPENING.pattern[4:-1] + r"|赋能|点亮|唤醒|撬动|盘活|托起)$"
)


_MIN_FULL_LINE = 10  # display width of a headline's line long enough for the column to wrap its last word off


def tail_over_byline(headline: str, after: list[str]) -> bool:
    """`渤海街道社区工作者“擂台比武”` / `练本领` / `王琳 赵阳`: the headline's last word, wrapped onto a line of its
    own and short as one name, over the byline proper (a line of names or a reporter line): the headline's end,
    never a byline of one name over another byline. A full line is measured in display width, not characters
    (`城南镇：“两新”党建激活` / `园区` in a 12-character column: nine characters, but the colon and quotes fill it).
    Under the short line a lead that opens on its dateline (`某某网8月14日讯 8月12日，…`) is no byline proper: the
    short line, one name, is the byline over it (a portal's text version), unless a word runs across the break."""
    if len(after) < 2 or not LINE_SHAPE["bare_names"].match(after[0]) or re.search(r"\s", after[0]):
        return False
    if ends_sentence(headline) or not starts_byline(after[1]) or not is_headline_shape(headline + after[0]):
        return False
    if word_across(headline, after[0]) is not None:
        return True
    return display_width(headline) >= _MIN_FULL_LINE and not _LEAD_GOES_ON.search(after[1])


_LEAD_GOES_ON = re.compile(r"[，。；]")  # a line that goes on into the lead's sentences after its dateline


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


def quoted_tail_over_byline(first: str, after: list[str]) -> bool:
    """`恩施市把议事会开进` / `“院坝”里` / `本报记者 …`: the headline's quoted last words, wrapped onto a line of
    their own too short to be a headline (under four characters besides the marks), right over a byline: one
    headline. A line of text under it (no byline) or a first line ending a sentence is never taken."""
    if len(after) < 2 or not after[0].startswith("“") or "”" not in after[0] or ends_sentence(first):
        return False
    tail = after[0]
    if cjk_count(tail) >= 4 or ends_sentence(tail) or first.count("“") != first.count("”"):
        return False
    return is_headline_shape(first) and is_headline_shape(first + tail) and starts_byline(after[1])


def verb_cut_over_byline(first: str, after: list[str]) -> bool:
    """`“1+3+N”激活` / `古城院落治理` / `本报讯（…）`: a quoted practice and its verb, the verb's object on the next
    line (a short phrase naming no subject, suffixed place or colon of its own; a name the gazetteer knows may
    stand in it, `古城院落治理`), right over a byline: one headline."""
    if len(after) < 2 or not _QUOTE_AND_VERB.match(first) or not starts_byline(after[1]):
        return False
    return OBJECT_ONLY.match(after[0]) is not None and not place_words(after[0])


def particle_cut_over_byline(first: str, after: list[str]) -> bool:
    """`麒麟区社区食堂里的` / `“邻里圆桌”` / `本报记者 …`: a headline the column cut after its `的` (or `和`, `与`, or
    after the people a causative names, `…让新就业群体` / `当上…`),
    the phrase it qualifies on the next line (short, a headline's shape), right over a byline: one headline.
    A line of text is never taken: it holds a sentence's stop or a comma, or what follows is no byline."""
    if len(after) < 2 or not (first.endswith(_PARTICLE_CUT) or CAUSED_WHO.search(first)):
        return False  # (`麒麟区让新就业群体` / `当上“社区合伙人”`: the causative's people, their verb on the next line)
    if not starts_byline(after[1]):
        return False
    if (
        _CUT_CLAUSE_MARK.search(first)
        or cjk_count(first) > _MAX_CUT_FIRST
        or cjk_count(after[0]) > _MAX_CUT_TAIL
    ):
        return False
    return is_headline_shape(after[0]) and is_headline_shape(first + after[0])


_PARTICLE_CUT = ("的", "和", "与")
_CUT_CLAUSE_MARK = re.compile(r"[，。；！？,;]")
_MAX_CUT_FIRST = 16  # characters of a headline's first line cut after its particle
_MAX_CUT_TAIL = 10  # … and of the phrase on the next line
