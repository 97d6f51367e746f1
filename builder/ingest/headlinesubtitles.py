"""The line rule for a headline printed right above its `——` subtitle line (part of LINE_RULES; moved out of
`headlinerules`): the headline maybe wrapped in a narrow column or asking, the subtitle maybe wrapped, a kicker
wrapped over two lines above, a feature's genre label over it.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.furniture import SERIES_TAG
from builder.ingest.headlinecontext import SENTENCE_MARK, headline_line, paragraph_from
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import CAUSED_WHO, opening_place
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import (
    GENRE_WORDS,
    LINE_SHAPE,
    is_genre_label,
    is_label_word,
    is_quoted_name_only,
)
from builder.ingest.pagelines import (
    FURNITURE,
    HEADLINE,
    KICKER,
    SUBTITLE,
    TEXT,
    Line,
    PageReader,
    Unit,
)
from builder.ingest.textrules import (
    cjk_count,
    ends_sentence,
    indented,
)


def headline_over_subtitle(page: PageReader, line: Line) -> bool:
    """A headline printed right above its `——` subtitle line, anywhere on the page (`让社区工作者留得住、干得好`
    / `——延安市宝塔区加强社区工作者队伍建设见闻`), standing apart from the text before it: the headline, then
    the subtitle. With no byline under them, they open the article below."""
    asking = _asking_headline(line.text) and (page.blanks > 0 or not page.seen_text)
    if page.index >= len(page.lines) or (ends_sentence(line.text) and not asking) or cjk_count(line.text) < 2:
        return False
    headline, below_at = line.text, page.index
    below = page.lines[below_at].strip()
    wrapped = not asking and _headline_second_line(headline, below, page, below_at)
    if not (wrapped or asking or headline_line(headline)):
        return False
    if wrapped:  # `瓜田里的` / `“领头雁”` / `——记…`: the headline wrapped in a narrow column
        headline, below_at = headline + below, below_at + 1
        below = page.lines[below_at].strip()
    if not LINE_SHAPE["subtitle"].match(below) or SENTENCE_MARK.search(below) or "；" in below:
        return False
    if SERIES_TAG.match(below):
        return False  # `——“某某”系列报道（十二）`: the series' part line, furniture (layouts36 p06)
    last = page.units[-1] if page.units else None
    # (the label right above the headline, or standing apart between gaps: `调查` / blank / headline, layouts34 p03)
    label = genre_label(page) if page.blanks <= 1 else None
    if label is not None:
        label.kind = FURNITURE  # `人物` / `瓜田里的…` / `——记…`: the feature's genre label over its headline
    elif last is not None and last.kind == TEXT and not page.blanks:
        return False  # the line goes on a paragraph: a dash line inside the text
    _kicker_stack(page)
    page.add(HEADLINE, headline, line.number)
    page.add(SUBTITLE, below, line.number + 1 + (below_at - page.index))
    page.index = below_at + 1
    read_subtitle_wrap(page)
    following = paragraph_from(page, page.index)
    page.units[-1].opens = bool(following) and not starts_byline(following[0])
    return True


# A headline and its `——` subtitle set on ONE line (`某镇“议事会”议出致富路——老手艺带动村民增收`): no sentence's
# mark in either half, the headline of 4 characters at least before the dashes, the subtitle after them.
# (a web page's title joining a two-part headline and a long event name by `——` is no such line: the subtitle
# of a printed one is short, test_copied_site_heads)
_GLUED_SUBTITLE = re.compile(r"^(?P<head>[^。！？；，：:—]{4,24})(?P<subtitle>——[^。！？；—]{4,24})$")


def subtitles_glued_to_headlines(lines: list[str], numbers: list[int]) -> None:
    """A headline glued to its `——` subtitle on one line (layouts38 p01), standing apart (the page's top or a
    blank line over it) over its byline, its dateline, a blank line or an indented lead: the subtitle put on a
    line of its own under the headline (a pass over the page's lines before they are read, which keep their
    printed numbers), so that the rule of a headline over its subtitle reads them. A dash inside a paragraph's
    line (flush under a line of text), a quote's attribution (`“…。”——name`) and a line whose first half is
    no headline's shape stay as printed."""
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].strip()
        if "——" not in text or indented(lines[index]):
            continue  # (most lines stop here: cheap)
        glued = _GLUED_SUBTITLE.match(text)
        if glued is None or (index > 0 and lines[index - 1].strip()):
            continue
        below = lines[index + 1] if index + 1 < len(lines) else ""
        under = not below.strip() or indented(below) or starts_byline(below.strip())
        if not (under or LINE_SHAPE["bare_names"].match(below.strip())):
            continue
        if not is_headline_shape(glued["head"]):
            continue
        lines[index : index + 1] = [glued["head"], glued["subtitle"]]
        numbers[index : index + 1] = [numbers[index], numbers[index]]


_ASKING = re.compile(r"^[^。；：:]{4,24}[？！]$")


def _asking_headline(text: str) -> bool:
    """A short line asking or exclaiming (`老旧小区没物业，谁来管？`): a headline's shape when a `——` subtitle
    stands under it after a gap (headline_over_subtitle checks the rest); one comma at most."""
    return bool(_ASKING.match(text)) and text.count("，") <= 1 and cjk_count(text) >= 6


def _kicker_stack(page: PageReader) -> None:
    """The two short lines right over a headline and its `——` subtitle, after a gap (`党建引领新就业群体` /
    `融入基层治理`): one kicker wrapped in a narrow column, not a text line and a headline of their own."""
    units = page.units
    if page.blanks or len(units) < 2:
        return
    first, second = units[-2], units[-1]
    if not first.blanks_before or second.blanks_before or first.kind not in (TEXT, HEADLINE, KICKER):
        return
    if second.kind not in (HEADLINE, KICKER) or cjk_count(first.text) > _WRAPPED_FIRST_KICKER:
        return
    if any(ends_sentence(u.text) or SENTENCE_MARK.search(u.text) or "，" in u.text for u in (first, second)):
        return
    if not is_headline_shape(first.text + second.text):
        return
    first.kind, first.text, first.opens = KICKER, first.text + second.text, False
    units.pop()


def read_subtitle_wrap(page: PageReader) -> None:
    """The `——` subtitle just read (the last unit) takes the lines the column wrapped it onto
    (`——汉中市汉台区北关街道服务` / `新就业群体见闻`), read on past them."""
    left_open = (
        True  # (a subtitle wrapped with a bracket open goes on past its closing line: `…措施》` / `答记者问`)
    )
    while left_open and page.index < len(page.lines):
        tail, subtitle = page.lines[page.index], page.units[-1].text
        if not _subtitle_tail(subtitle, tail):
            break
        left_open = _left_open(subtitle)
        page.units[-1].text += tail.strip()
        page.index += 1


_WRAPPED_FIRST_KICKER = 12  # characters of a narrow column's first kicker line


def _subtitle_tail(subtitle: str, line: str) -> bool:
    """`line` is the rest of a `——` subtitle the column wrapped: unindented, short, no sentence, no byline,
    the subtitle standing as wide as a narrow column with no end of its own (a 见闻 or 侧记 closes one); or,
    under a subtitle leaving a title or quote open (`——某某负责人就《关于` / `加强…的若干措施》`), as long as the
    title's rest."""
    text = line.strip()
    if not text or indented(line) or starts_byline(text) or SENTENCE_MARK.search(text):
        return False
    if _left_open(subtitle):
        return cjk_count(subtitle + text) <= _LONGEST_SUBTITLE
    if cjk_count(text) > _HEADLINE_TAIL or not is_headline_shape(subtitle.lstrip("—－- ") + text):
        return False
    return not subtitle.endswith(GENRE_WORDS)


def _left_open(text: str) -> bool:
    """A title, quote or bracket opened and not closed (`…就《关于`)."""
    return any(text.count(opening) > text.count(closing) for opening, closing in _PAIRS)


_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"))
_LONGEST_SUBTITLE = 60  # characters


_HEADLINE_TAIL = 10  # characters of a headline's second line in a narrow column


_SHORT_TAIL = 4  # characters of a headline's tail too short to stand as a headline of its own


_WAITING_END = re.compile(r"[的之与和及在把将让为对从向给于是“]$")  # a word waiting for the next


def head_line_goes_on(above: str, below: str) -> bool:
    """`above` does not end where `below` starts, one headline the column set on two lines: it ends on a word
    waiting for the next (`瓜田里的`), or on a causative's object waiting for its verb (`党建引领让老旧小区` /
    `焕发新活力`; headlinewraps.CAUSED_WHO, never a causative whose clause has its verb, `垃圾分类让社区更美丽`),
    or join_cost reads `below` as its next line. A line opening with a place is a clause of its own."""
    if _WAITING_END.search(above) or (CAUSED_WHO.search(above) and not opening_place(below)):
        return True
    return join_cost(above, below) < 0


def _headline_second_line(headline: str, below: str, page: PageReader, at: int) -> bool:
    """`below` is the rest of a headline the column wrapped (`瓜田里的` / `“领头雁”`): a short headline-shaped
    line over the `——` subtitle line, the two reading as one headline."""
    if at + 1 >= len(page.lines) or not LINE_SHAPE["subtitle"].match(page.lines[at + 1].strip()):
        return False
    if LINE_SHAPE["subtitle"].match(below) or cjk_count(below) > _HEADLINE_TAIL:
        return False
    # cut after a word that needs the next one, or leaving a tail no headline is (`党建引领老工业区焕新` /
    # `“老书记”的三本账` is a kicker over its headline)
    cut = _WAITING_END.search(headline) is not None or cjk_count(below) <= _SHORT_TAIL
    # a quoted name alone names who acts, and nothing done: `“红色驿站”` / `暖了骑手心`
    cut = cut or (is_quoted_name_only(headline) and not LINE_SHAPE["subtitle"].match(below))
    return cut and not ends_sentence(below) and is_headline_shape(headline + below)


def genre_label(page: PageReader) -> Unit | None:
    """The last unit read, a short word standing alone after a gap or right under a finished sentence (`人物`,
    `走基层`, `调查`; layouts34 p03 on a page printing no blank line; a genre spaced out, `人　物`, heldout38 p06): a
    feature's genre label printed over its headline. None when the last unit is no such word."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind != TEXT or not (is_label_word(last.text) or is_genre_label(last.text)):
        return None
    above = page.units[-2] if len(page.units) >= 2 else None
    apart = last.blanks_before >= 1 or (
        above is not None and above.kind == TEXT and ends_sentence(above.text)
    )
    return last if apart else None
