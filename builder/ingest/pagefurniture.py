"""The furniture rule (LINE_RULES'): a line read in its page. A furniture line anywhere (furniture.py), a known
column label before the first text, the labelled blocks furnitureboxes.py sets apart, and the kinds only the page
around a line tells: a bracketed column label of 2–6 characters at the head of a column, right over a headline
(`【社工风采】` / headline / byline: a bracketed subheading `【积分上墙】` has a blank line under it, a bracketed
headline is longer); in the band of furniture at the top of a page before its first article, a spaced-out masthead
over a date line (`燕 赵 基 层 报`), a bare page number (`2`) and a short column label (`要闻`); a line that is only a
date (`2026.04.08`, `2026年4月8日 星期三`) in that band, between blank lines or at the page's foot; a column label of
two parts joined by `·` alone at the page's head over a blank line (`党建引领 · 新就业群体`, never a byline such as
`新甘肃·甘肃日报记者`); and a bare page number (`5`, `— 5 —`, `-5-`) as the page's last line, after a blank line or a
finished sentence, never a figure the wrap cut off a sentence (`…共摘除牌子` / `2`); a running head, a column label
and a bare page number (`基层治理 · 2`), right over a date line or another furniture line, anywhere on the page
(heldout7 m03 prints it between two columns); a series' numbered name over its part's headline.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.barenames import names_over_lead
from builder.ingest.bylineshapes import starts_byline
from builder.ingest.chartboxes import chart_box, qr_box
from builder.ingest.epaper import headline_list
from builder.ingest.furniture import BARE_PAGE_NUMBER, DATED, NUMBERED_SERIES, RUNNING_HEAD, is_furniture_line
from builder.ingest.furnitureboxes import (
    after_a_gap,
    blank_or_foot_after,
    commentary_label,
    contents_box,
    figures_box,
    guest_box,
    in_head_band,
    notice,
    photo_news,
    photo_story_head,
    profile_box,
    unspaced,
)
from builder.ingest.groupreports import group_head
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.innerboxes import honour_roll, inner_box
from builder.ingest.lineshapes import LINE_SHAPE, is_place_kicker, is_quoted_name_only
from builder.ingest.masthead import WEEKDAY
from builder.ingest.pagelabels import KNOWN_COLUMN_LABELS, box_label_over_prose
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count
from builder.ingest.toplabels import SHORT_LABEL, bracketed_column_label, label_over_headline, two_part_label
from builder.ingest.videocredits import is_video_credit

_HAN = "\u4e00-\u9fff"
DATE_LINE = re.compile(
    f"^(?:\\d{{4}}年\\d{{1,2}}月\\d{{1,2}}日|\\d{{4}}\\.\\d{{1,2}}\\.\\d{{1,2}})(?:\\s*{WEEKDAY})?$"
)
_FOOT_PAGE_NUMBER = re.compile(r"^(?:\d{1,3}|[—–\-－]{1,2}\s*\d{1,3}\s*[—–\-－]{1,2})$")
_SENTENCE_END = "。！？!?；;”」』）)"
# a paper's or a supplement's name: no headline ends with what it is (`某某日报`, `乡村振兴周刊`, `社区专刊`)
_MASTHEAD = re.compile(
    f"^(?:[{_HAN}·・]{{2,10}}(?:报|周刊|专刊|特刊|副刊|周报|月刊)"
    f"|[{_HAN}]{{2,6}}"  # or a name too short for a headline (`基层之声`), over the date line too
    f"|[{_HAN}]{{2,8}} ?[·・] ?[{_HAN}]{{1,6}}版)$"  # or the paper's name and its edition (`淮河之声 · 社区版`)
)
_PAGE_NAME = re.compile(f"^[{_HAN}·・]{{2,10}}$")


def _next_line(page: PageReader) -> str:
    """The next non-blank line after the one being read ("" at the end of the page)."""
    return next(page.texts_from(page.index), "")


def _numbered_series_over_headline(page: PageReader, line: Line) -> bool:
    """`基层治理新观察②` over `赫山区“红色业委会”破解物业难题`: the series' tag over its part's headline."""
    if not NUMBERED_SERIES.match(line.text):
        return False
    below = _next_line(page)
    return is_headline_shape(below) and not starts_byline(below)


_PAGE_NUMBER_AFTER = re.compile(r"(?<![ \u3000])[ \u3000]{3,}\d{1,3}$")  # (a gap read from its start: linear)


def _head_furniture(page: PageReader, line: Line) -> bool:
    """In the page's head band: a masthead, spaced out or naming a paper or its supplement, over a furniture
    line, a bare page number, or a short column label under other furniture, maybe spaced out, maybe with the page's
    number after a gap (`燕 赵 基 层 报` / `2025年11月6日 星期四  第1版` / `要闻`, `人  物` or `县域　　　7`;
    `乡村振兴周刊` or `基层之声` / `2025年3月6日  星期四`)."""
    if not in_head_band(page):
        return False
    if BARE_PAGE_NUMBER.match(line.text):
        return True
    following = _next_line(page)
    name = _PAGE_NUMBER_AFTER.sub("", line.text)  # (the page's number set after it: `基 层 治 理　　　3`)
    masthead = LINE_SHAPE["spaced_label"].match(name) or _MASTHEAD.match(name)
    if masthead and (is_furniture_line(following) or DATE_LINE.match(following)):
        return True
    if (
        not page.units
        and _PAGE_NAME.match(line.text)
        and is_furniture_line(following)
        and DATED.search(following)
    ):
        return (
            True  # the page's first line, a name over the dated furniture line (`陇粤津基层观察` / `2026年…`)
        )
    # `人  物`; the page's number maybe set after it (`县域　　　　　7`)
    label = unspaced(name) if LINE_SHAPE["spaced_label"].match(name) else name
    # (a name right over an indented paragraph, `周婷` / `　　苏州市…`, is the first body's byline)
    return bool(page.units) and SHORT_LABEL.match(label) is not None and not names_over_lead(page, line)


def _at_foot(page: PageReader) -> bool:
    """Nothing but blank lines after the line being read: the page's last line."""
    return page.only_blanks_from(page.index)


def _date_line(page: PageReader, line: Line) -> bool:
    """A line that is only a date (`2026.04.08`, heldout4/f03:2): in the head band, set apart by blank lines,
    or at the page's foot; a date alone on a wrapped line of a paragraph stays text."""
    if not DATE_LINE.match(line.text):
        return False
    return in_head_band(page) or _at_foot(page) or (after_a_gap(page) and blank_or_foot_after(page))


def _foot_page_number(page: PageReader, line: Line) -> bool:
    """A bare page number as the page's last line (heldout4/f08 `…1150人次。` / blank / `5`), maybe over the
    page's foot line (a date and page, the editors: `2026年5月12日 星期二  第3版  责任编辑 王某`): after a blank
    line or a finished sentence; after a line cut mid-sentence it is the figure the wrap cut off."""
    if not _FOOT_PAGE_NUMBER.match(line.text):
        return False
    if not _at_foot(page) and not all(map(is_furniture_line, page.texts_from(page.index))):
        return False
    return after_a_gap(page) or page.units[-1].text.rstrip()[-1:] in _SENTENCE_END


def _running_head(page: PageReader, line: Line) -> bool:
    """`基层治理 · 2` over `2026年4月9日 星期四`: the page's running head, wherever the columns put it; a label
    and a number over a line of text (`一组数据 · 3` / a paragraph) stay what they are. Alone at the page's foot
    under a blank line it is the page's running foot."""
    if not RUNNING_HEAD.match(line.text):
        return False
    if not page.units and blank_or_foot_after(page):
        # the page's first line, alone over a blank line (`基层治理  ·  3` / blank / `本期导读` …)
        return True
    if page.blanks and _at_foot(page):
        return True  # the page's last line, set apart (`社区·基层　　　　5`): its running foot
    following = _next_line(page)
    return bool(is_furniture_line(following) or DATE_LINE.match(following))


# a gap a layout extraction leaves between a line and a box printed beside it: two full-width spaces or four
_BOX_GAP = re.compile("\u3000{2,}| {4,}")
_OWN_WORDS = 4  # CJK characters at least of the line a box is printed beside (a headline's, a body line's)


def furniture_beside(page: PageReader, line: Line) -> bool:
    """Cleaning: a box of the paper's notices printed beside a line and extracted onto it after a gap (a front
    page's ear box, `报眼｜今日天气　多云转小雨`, on its first headline's line; a date or a page number): the line
    keeps its own text, and the furniture beside it is read as the next line, furniture as it is alone."""
    gap = _BOX_GAP.search(line.text)
    if gap is None or gap.start() == 0:
        return False
    own, beside = line.text[: gap.start()], line.text[gap.end() :]
    if cjk_count(own) < _OWN_WORDS:
        return False  # `1　　摸底排查　　2023年5月1日`: a table row's number, no line with a box beside it
    if not beside or is_furniture_line(own) or not is_furniture_line(beside) or is_furniture_line(line.text):
        return False
    line.text = own
    page.insert_line(beside)
    return False


# A notice the paper prints in a box of its own (`征订启事`, `订阅须知`, `更正启事`): its label, then its text
# up to the next blank line, which names how to subscribe, write in or get in touch.
def page_furniture(page: PageReader, line: Line) -> bool:
    """A line rule: a furniture line anywhere, a column label before the first text (a known one, or a short
    word over the page's first headline) and the page head's labels and numbers: furniture, then a new block.
    A place alone right over a headline (`浙江新昌` / `建立“全科网格”社会治理模式`) is its kicker, never furniture."""
    below = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if is_place_kicker(line.text) and is_headline_shape(below):
        return False
    if is_quoted_name_only(below) and is_headline_shape(line.text + below):
        return False  # `党建引领` / `“小区微治理”`: a headline's first words over the quoted name they go on with
    if (
        notice(page, line)
        or group_head(page, line)
        or profile_box(page, line)
        or inner_box(page, line)
        or honour_roll(page, line)
        or guest_box(page, line)
        or contents_box(page, line)
        or figures_box(page, line)
        or chart_box(page, line)
        or qr_box(page, line)
        or headline_list(page, line)
    ):
        return True
    label = not page.seen_text and (line.text in KNOWN_COLUMN_LABELS or label_over_headline(page, line))
    if (
        label
        or (is_furniture_line(line.text) and not box_label_over_prose(page, line))
        or is_video_credit(line.text)
        or _head_furniture(page, line)
        or _date_line(page, line)
        or _foot_page_number(page, line)
        or bracketed_column_label(page, line)
        or two_part_label(page, line)
        or _running_head(page, line)
        or commentary_label(page, line)
        or _numbered_series_over_headline(page, line)
    ):
        return page.add_furniture_apart(line.text, line.number)
    story = photo_story_head(page, line)
    if story is not None:  # the label alone is furniture; its headline opens the photo story
        page.add_furniture_apart(line.text, line.number)
        page.add(kinds.HEADLINE, story[1], page.numbers[story[0]])
        page.units[-1].opens = True
        page.index = story[0] + 1
        return True
    item = photo_news(page, line)
    if item is not None:
        # the label sets its item apart from the article above as a blank line would (q06: no blank under it);
        # the item's lines are one photo's text and its credit, whatever sentence they hold (heldout10 p01:
        # `…当天，` / `30余名志愿者…4万余斤。　朱国栋　摄` is no caption inside an open sentence)
        page.add(kinds.FURNITURE, line.text, line.number)
        end, text, credit = item
        page.blanks = max(page.blanks, 2)
        page.add(kinds.CAPTION, text, line.number + 1)
        page.add(kinds.CREDIT, credit, line.number + end - page.index)
        page.index = end
        page.blanks = 1
        return True
    return False
