"""Page furniture: what a newspaper page prints around its articles, never an article's text or title.

The kinds: a line made only of page-furniture pieces (a date and weekday, a page number in any of its printed
forms, `第4版`, `A3`, `— 6 —`, the editors' credits `责任编辑：… 校对：…`, a column label spaced out beside a
page number, `第 4 版 | 黑 土 · 网 格`, a QR-code prompt); a series tag over an article (`【基层治理新实践·乡村篇】`);
a bracketed column label of 2–6 characters at the head of a column, right over a headline (`【社工风采】` /
headline / byline: a bracketed subheading `【积分上墙】` has a blank line under it, a bracketed headline is longer);
in the band of furniture at the top of a page before its first article, a spaced-out masthead over a
date line (`燕 赵 基 层 报`), a bare page number (`2`) and a short column label (`要闻`); a line that is only a
date (`2026.04.08`, `2026年4月8日 星期三`) in that band, between blank lines or at the page's foot; a column
label of two parts joined by `·` alone at the page's head over a blank line (`党建引领 · 新就业群体`, never a
byline such as `新甘肃·甘肃日报记者`); and a bare page number (`5`, `— 5 —`, `-5-`) as the page's last line,
after a blank line or a finished sentence, never a figure the wrap cut off a sentence (`…共摘除牌子` / `2`);
a running head, a column label and a bare page number (`基层治理 · 2`), right over a date line or another
furniture line, anywhere on the page (heldout7 m03 prints it between two columns).
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.barenames import names_over_lead
from builder.ingest.bylineshapes import starts_byline
from builder.ingest.chartboxes import chart_box, is_imprint_line, qr_box
from builder.ingest.copiedpages import is_copied_page_furniture
from builder.ingest.epaper import headline_list, is_navigation_line
from builder.ingest.furnitureboxes import (
    after_a_gap,
    blank_or_foot_after,
    commentary_label,
    contents_box,
    figures_box,
    in_head_band,
    notice,
    photo_news,
    profile_box,
    unspaced,
)
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.latinlabels import is_latin_label
from builder.ingest.lineshapes import LINE_SHAPE, RULE_CHARS, is_place_kicker, is_quoted_name_only
from builder.ingest.masthead import PRINTED_DATE, WEEKDAY
from builder.ingest.ornaments import CONTACT_MARKS, LABEL_MARKS
from builder.ingest.pagelabels import KNOWN_COLUMN_LABELS
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.proofsheets import is_proof_line
from builder.ingest.submissions import is_contact_line
from builder.ingest.toplabels import SHORT_LABEL, bracketed_column_label, label_over_headline, two_part_label
from builder.ingest.videocredits import is_video_credit
from builder.text.widths import ascii_letters_digits

_HAN = "\u4e00-\u9fff"
_PAGE_NUMBER = r"第?\s*[A-Z]?\s*\d{1,3}\s*版|[A-Z]\d{1,2}|[—–\-－]{1,2}\s*\d{1,3}\s*[—–\-－]{1,2}"
_ISSUE = r"(?:\d{4}\s*年\s*)?(?:总)?第\s*\d{1,6}\s*期"  # a magazine's issue of the year too: `2026年第9期`
_ROLE = r"(?:本版|责任|美术|图片|文字|视觉)?(?:编辑|责编|美编|校对|组版|版式|设计|统筹|监制|审读|制图|排版)"
# (the colon maybe a gap, on a foot line of its credits: `编辑　李莉　校对　王心`)
_CREDIT = f"{_ROLE}(?:[:：]\\s*|[ \u3000]+)[{_HAN}]{{2,4}}(?:[、 ][{_HAN}]{{2,4}})?"
_QR_PROMPT = f"(?:扫码|扫一扫|扫描(?:下方|右侧|左侧|上方)?二维码)[{_HAN}，]{{0,16}}"
_SPACED_LABEL = f"[{_HAN}](?:[ ]+[·・]?[ ]*[{_HAN}]){{1,9}}"
# a bare page number set before the date with a mark between (`2  ·  2026年2月20日`) is one too, and so is one
# opening the line, the date and its weekday after a gap, maybe with the column label between
# (`5　　乡村治理　　2020年11月26日　星期四`; without the weekday a numbered table row of a step and its date)
_NUMBER_BEFORE_DATE = (
    r"\d{1,3}(?=\s*[·・|｜/／]\s*\d{4}年"
    f"|[ \u3000]{{2,}}(?:[{_HAN}·・]{{2,8}}[ \u3000]{{2,}})?{PRINTED_DATE}\\s*{WEEKDAY})"
)
_ANCHOR = f"{PRINTED_DATE}|{_PAGE_NUMBER}|{_NUMBER_BEFORE_DATE}|{_ISSUE}|{_CREDIT}|{_QR_PROMPT}"
_LABEL = f"[{_HAN}]{{2,8}}(?:[·・][{_HAN}]{{2,6}})?"  # a column label beside them: `要闻`, `民生·社区`, `基层治理新观察`
# a paper's or a supplement's name beside the date (`北疆黔西社区周刊　2026年5月20日　第4版`)
_PAPER_NAME = f"[{_HAN}·・]{{2,10}}(?:日报|晚报|报|周刊|专刊|特刊|副刊|周报|月刊)(?:社出版|社|出版)?"
# a section's label glued to its page's code (`香港商报　2026年1月8日　星期四　内地A6`, real R28)
_LABELLED_PAGE = f"[{_HAN}]{{2,8}}[A-Z]\\d{{1,2}}"
_PIECE = f"(?:{PRINTED_DATE}\\s*{WEEKDAY}|{_ANCHOR}|{WEEKDAY}|{_SPACED_LABEL}|{_PAPER_NAME}|{_LABELLED_PAGE}|{_LABEL})"
_SEPARATOR = r"(?:\s*[|｜/／：:·・]\s*|\s+)"  # `第 4 版 | 黑 土 · 网 格`, `第2版 · 基层治理`
_COMPOSITE = re.compile(f"^{_PIECE}(?:{_SEPARATOR}{_PIECE})*$")
_ANCHORED = re.compile(_ANCHOR)
# A prompt to scan the printed QR code set in brackets as a box's tag (`【扫码看视频】`, `（扫一扫，听音频）`):
# the code is not in the text, nor is what it links to.
_BRACKETED_QR_PROMPT = re.compile(
    f"^(?:【{_QR_PROMPT}】|[（(]{_QR_PROMPT}[）)]|〔{_QR_PROMPT}〕|［{_QR_PROMPT}］)$"
)
# The paper's (or the page's) hotline or mailbox for readers (`热线：0412-5551234`, `投稿邮箱：jczl@example.org`,
# `本版投稿邮箱：…`), maybe after an ornament (`□本版投稿邮箱：…`) and before the page number after a gap
# (`本版邮箱：…　　　3`).
CONTACT = (
    f"(?:[{CONTACT_MARKS}]\\s*)?"
    r"(?:(?:本版|本报|本期)?(?:新闻|报料|投稿|服务|读者|监督|联系)?(?:热线|电话)[:：]\s*[\d\-－—()（） ]{7,20}"
    r"|(?:本版|本报)?(?:投稿|联系|读者)?(?:邮箱|信箱)[:：]\s*[\w.\-]+@[\w.\-]+)"
    r"(?:[ \u3000]{2,}\d{1,3})?"
)
# An editor's line, a reprint's source line naming the paper or site it comes from (`来源：江门日报`), a date
# line, a page number, as the pages print them alone on a line.
_SINGLE = re.compile(
    # (the roles maybe stacked, spaces for colons: `本版责任编辑　郑南　　美术编辑　吴北`)
    r"^(?:(?:本版)?(?:责任|美术)?(?:编辑|责编|美编|校对|组版|版式|设计|统筹|监制|审读)[:：\s].{0,20}"
    # the same in brackets at the page's foot (`（本版编辑 秦雯）`, `【编辑李露】` under the last article)
    # (or a script's editors, no page named: `（编辑：某某　审核：某某）` under a television report)
    r"|[（(](?:本版|责任)?(?:编辑|责编|美编|校对)[:：\s]*[\u4e00-\u9fff]{2,4}(?:[、 \u3000][\u4e00-\u9fff]{2,4})?"
    r"(?:[ \u3000]+(?:责任|美术)?(?:编辑|责编|美编|校对|审核|审校|终审|监制)[:：\s]*[\u4e00-\u9fff]{2,4})*[）)]"  # (`（本版编辑 马兰 校对 丁一）`)
    # a compilation's or an issue's editors (`本期汇编：某某编辑部`, maybe its phone after a gap)
    r"|(?:本期|本刊|本辑)(?:汇编|编辑|编审|统筹|主编)[:：][^。！？；]{2,40}"
    r"|【(?:本版|责任)?(?:编辑|责编|美编|校对)[:：\s]*[\u4e00-\u9fff]{2,4}(?:[、 ][\u4e00-\u9fff]{2,4})?】"
    # (or the role alone in the brackets, a portal's text version: `【责任编辑】宋巍`)
    r"|【(?:本版|责任)?(?:编辑|责编|美编|校对)】[ \u3000]*[\u4e00-\u9fff]{2,4}(?:[、 ][\u4e00-\u9fff]{2,4})?"
    r"|(?:稿件|文章)?来源[:：]\s*[\u4e00-\u9fff]{2,12}?(?:报|网|客户端|杂志|刊|台)"
    # a reprint's source line, the paper in book-title marks with its date and page (`《某某日报》（2023年1月5日11版）`,
    # `原载《某某日报》2023年1月5日第11版`, `来源：《某某报》 2023年1月5日`)
    r"|(?:(?:稿件|文章)?来源[:：]\s*|原载|转载自|摘自)?《[\u4e00-\u9fff·・]{2,12}(?:报|刊)》\s*[（(]?\s*"
    r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第?\s*[A-Z]?\d{1,3}\s*版)?\s*[）)]?"
    # (not a line a wrap cut from a sentence opening with its date: `2025年12月16日，某某州某某乡` / …, nor
    # `2025年12月16日上午石桥乡召开` / …: the date line sets a space, its weekday or nothing after the date)
    r"|\d{4}年\d{1,2}月\d{1,2}日(?:\s*星期.|\s|$)[^，。；！？,]{0,12}"
    r"|第?\s*[A-Z]?\d{1,3}\s*版"
    r"|第\s*[A-Z]?\d{1,3}\s*版[ \u3000]+[\u4e00-\u9fff·・]{2,12}"  # the page and its name (`第4版　边疆基层治理故事`)
    r"|[A-Z]\d{1,2}"
    # a rule printed between articles or boxes, as a line of its drawing characters (`━━━━━━`, `＊＊＊`,
    # the full-width low line `＿＿＿＿`)
    rf"|[{RULE_CHARS}▬■□◆◇★☆※＊*~～=＝_＿﹏－—–\-\s]{{3,}}"
    # the page's note on whose its photos are, maybe before its editors (`（本版图片除署名外均由本报记者摄）　责任
    # 编辑：王某`, `（本版照片由受访单位提供）`): the page's, no caption of one photo
    r"|[（(]本版(?:图片|照片)[^（）()]{0,24}(?:摄|提供|供图)[）)]"
    r"(?:\s+(?:本版)?(?:责任|美术)?(?:编辑|责编|美编|校对)[:：\s].{0,20})?"
    # an author's note under a commentary, who the author is (`（作者系某大学副教授）`, `（作者单位：…）`)
    r"|[（(]作者(?:系|为|是|单位\s*[:：])[^（）()。]{2,40}[）)]"
    # the paper's organ line in its masthead, whose paper it is (`中共某某市委机关报`, `某某省委机关报`)
    r"|(?:中共|中国共产党)?[\u4e00-\u9fff]{2,12}?[省市州盟县区旗]?委(?:员会)?机关报"
    # the weather box of a front page, its temperatures (`今日天气：晴　2℃～12℃　东北风3级`, `明天　多云　5～14℃`)
    r"|(?:今日|今天|明日|明天|本市|全市)?天气(?:预报)?[:：\s][^。！？]{0,30}?\d{1,2}\s*(?:℃|°C)[^。！？]{0,20}"
    # an editors' note's sign-off alone on its line, under the note (`——编者`, `——本报编辑部`)
    r"|(?:——|—|－－|--)\s*(?:本报|本刊|本版)?编(?:者|辑部)"
    # an in-house bulletin's distribution list at its foot (`报：省委…`, `送：…`, `抄送：…`, `（共印200份）`)
    r"|(?:报|送|发|抄送|抄报)[:：][^。，；]{2,30}|[（(]共印\d{1,5}份[）)]"
    # the paper's (or the page's) hotline or mailbox for readers
    r"|" + CONTACT + r")$"
)
_SERIES_PART = "系列(?:报道|评论|述评|访谈|调查)?之[一二三四五六七八九十]{1,3}"
# A series tag: a bracketed label of parts set apart by `·`, or one naming a series or its part.
SERIES_TAG = re.compile(
    f"^【[{_HAN}A-Za-z0-9]{{2,16}}(?:[·・][{_HAN}A-Za-z0-9]{{1,10}})+】$"
    f"|^【[{_HAN}·・]{{2,16}}(?:系列(?:报道)?|篇|专栏|特刊|之[一二三四五六七八九十]{{1,3}})】$"
    # unbracketed over a 专题 page's headline, the series maybe quoted (`“某某的新变化”系列报道之二`)
    f"|^“?[{_HAN}·・]{{2,16}}”?{_SERIES_PART}$"
    # and the trailer under its part naming when the next is printed (`（本系列报道之三将于5月8日刊发）`)
    f"|^[（(]本{_SERIES_PART}将?于?[^（）()]{{0,16}}(?:刊发|刊出|刊登|推出|见报|播发)[）)]$"
)
# A series' name and its part's circled number, unbracketed (`基层治理新观察①`): a tag only over the headline it
# labels; right over a byline or the text it is the headline, numbered as the series' part (`小网格里的大民生①`).
_NUMBERED_SERIES = re.compile(f"^[{_HAN}]{{4,12}}[①-⑳]$")
# A bare page number, maybe with the column label printed beside it after a gap (`08　　各地传真`).
_BARE_PAGE_NUMBER = re.compile(f"^[A-Z]?\\d{{1,3}}(?:[ \u3000]+{_LABEL})?$")
_DATE_LINE = re.compile(
    f"^(?:\\d{{4}}年\\d{{1,2}}月\\d{{1,2}}日|\\d{{4}}\\.\\d{{1,2}}\\.\\d{{1,2}})(?:\\s*{WEEKDAY})?$"
)
_FOOT_PAGE_NUMBER = re.compile(r"^(?:\d{1,3}|[—–\-－]{1,2}\s*\d{1,3}\s*[—–\-－]{1,2})$")
_SENTENCE_END = "。！？!?；;”」』）)"
# A running head: a column label and its bare page number, either first (`基层治理 · 2`, `2 | 要闻`).
_RUNNING_HEAD = re.compile(f"^(?:{_LABEL}{_SEPARATOR}\\d{{1,3}}|\\d{{1,3}}{_SEPARATOR}{_LABEL})$")
# a paper's or a supplement's name: no headline ends with what it is (`某某日报`, `乡村振兴周刊`, `社区专刊`)
_MASTHEAD = re.compile(
    f"^(?:[{_HAN}·・]{{2,10}}(?:报|周刊|专刊|特刊|副刊|周报|月刊)"
    f"|[{_HAN}]{{2,6}}"  # or a name too short for a headline (`基层之声`), over the date line too
    f"|[{_HAN}]{{2,8}} ?[·・] ?[{_HAN}]{{1,6}}版)$"  # or the paper's name and its edition (`淮河之声 · 社区版`)
)
_PAGE_NAME = re.compile(f"^[{_HAN}·・]{{2,10}}$")
_DATED = re.compile(PRINTED_DATE)


# A magazine's folio between middle dots at a column's foot (`· 36 ·`): no figure a wrap cut off.
_DOTTED_FOLIO = re.compile(r"^[·・•][ \u3000]*\d{1,3}[ \u3000]*[·・•]$")


def is_furniture_line(text: str) -> bool:
    """A line made only of page furniture: dates, page numbers, editors' credits, a label beside them (its
    letters and digits maybe set full-width, `Ａ６`, read as `A6`), maybe after an ornament (`■新闻周刊　A07`:
    the page's head, not a `■` reporter line)."""
    text = ascii_letters_digits(_ORNAMENT.sub("", text, count=1))
    if (
        _SINGLE.match(text)
        or SERIES_TAG.match(text)
        or _BRACKETED_QR_PROMPT.match(text)
        or _DOTTED_FOLIO.match(text)
    ):
        return True
    if _COLUMN_SOURCE.match(text) or _DATE_PLACE_STRIP.match(text) or _issue_head(text):
        return True
    # `GRASSROOTS GOVERNANCE　基层治理`; a copied web page's `分享到：`
    if (
        is_latin_label(text)
        or is_copied_page_furniture(text)
        or is_imprint_line(text)
        or is_navigation_line(text)
        or is_proof_line(text)
        or is_contact_line(text)
    ):
        return True
    # the page's bare number ending its head line after the date (`某某日报　2020年6月4日　星期四　　综合新闻　2`)
    # or before the column label closing it (`2021年7月6日　星期二　新京报　014　逐梦人特刊`)
    numbered = _TRAILING_PAGE_NUMBER.search(text) if _DATED.search(text) else None
    text = text[: numbered.start()] + text[numbered.end() :] if numbered else text
    # a foot line opening with the bare page number, its label and credits after it (`014　逐梦人特刊　编辑　李莉`;
    # with no credit, a numbered table row `1　　摸底排查　　2023年5月1日` or a number before the date, `2  ·  2026年…`)
    leading = _LEADING_PAGE_NUMBER.match(text) if _CREDITED.search(text) else None
    text = text[leading.end() :] if leading else text
    # (a gap of more than four spaces reads as one of four: every space the pieces and separators take is
    # quantified without an upper bound, and a long gap, tried split every way, took time as its cube; a line of
    # more than _MOST_PIECES spaced pieces is no page's head or foot, and trying its splits took time growing
    # fourfold with every two pieces)
    text = _LONG_GAP.sub(lambda gap: gap.group(0)[:4], text)
    if len(text.split()) > _MOST_PIECES:
        return False
    return (
        bool(_COMPOSITE.match(text))
        and _ANCHORED.search(text) is not None
        # (`党员干部带头A6` alone: nothing else says it is the page's)
        and not _LONE_LABELLED_PAGE.match(text)
    )


_LONE_LABELLED_PAGE = re.compile(f"^{_LABELLED_PAGE}$")
_SENTENCE_MARKS = re.compile(r"[。！？；]")
# A periodical's or a compilation's head naming its issue and its running number (`“基层之声”融媒栏目　电视新闻稿件
# 汇编　　2026年第48期（总第312期）`): only a publication numbers its issues so.
_RUNNING_ISSUE = re.compile(r"第\s*\d{1,4}\s*期\s*[（(]总第\s*\d{1,6}\s*期[）)]")


def _issue_head(text: str) -> bool:
    return (
        len(text) <= 60 and _RUNNING_ISSUE.search(text) is not None and _SENTENCE_MARKS.search(text) is None
    )


_LONG_GAP = re.compile(r"\s{5,}")
# the ornament a page head or a reporter line may open with (not △, a caption's)
_ORNAMENT = re.compile(r"^[■□●◆◇★☆▶►][ \u3000]*(?=\S)")
# spaced pieces of a head, foot or navigation line at most (the committed pages' most: 13, a site's menu bar)
_MOST_PIECES = 16


# Whose a column's reports are, under its last one (`本栏目稿件由各地委组织部提供`, `（本栏稿件由…供稿）`): the
# column's, no sentence of the report above it.
_COLUMN_SOURCE = re.compile(
    r"^[（(]?本(?:栏目?|专栏|版)(?:稿件|文章|文字|图文)?均?由[^，。；（）()]{2,24}(?:提供|供稿)[）)]?$"
)
# A strip over a headline naming the day and the place of the report (`■ 9月2日 · 石家庄`, `8月30日｜承德平泉`):
# the page's dateline for it, no headline (the report's lead names both again).
_DATE_PLACE_STRIP = re.compile(
    rf"^(?:[{LABEL_MARKS}]\s*)?\d{{1,2}}月\d{{1,2}}日\s*[·・|｜/／]\s*[\u4e00-\u9fff]{{2,8}}$"
)
_TRAILING_PAGE_NUMBER = re.compile(f"(?<=\\S)[ \u3000]+\\d{{1,3}}(?=$|[ \u3000]+(?:{_PAPER_NAME}|{_LABEL})$)")
_LEADING_PAGE_NUMBER = re.compile(r"^\d{1,3}[ \u3000]{2,}(?=\S)")
_CREDITED = re.compile(_CREDIT)
_PAGE_NUMBERED = re.compile(_PAGE_NUMBER)


def is_page_line(text: str) -> bool:
    """A furniture line naming the page's date and its number (`2026年5月12日 星期二  第3版  责任编辑 王某`): the
    page's head or foot line, wherever the extraction set it."""
    text = ascii_letters_digits(text.strip())
    if not _DATED.search(text):
        return False
    numbered = _PAGE_NUMBERED.search(text) or _BARE_PAGE_NUMBER_AT_EDGE.search(text)
    return bool(numbered) and is_furniture_line(text)


# a bare page number opening or closing the line, a gap between it and the rest (`07　　基层治理　　2026年1月21日`;
# two spaces of the gap looked at: a line of a megabyte of spaces is read in linear time)
_BARE_PAGE_NUMBER_AT_EDGE = re.compile(r"^\d{1,3}[ \u3000]{2}|[ \u3000]{2}\d{1,3}$")


def _next_line(page: PageReader) -> str:
    """The next non-blank line after the one being read ("" at the end of the page)."""
    return next(page.texts_from(page.index), "")


def _numbered_series_over_headline(page: PageReader, line: Line) -> bool:
    """`基层治理新观察②` over `赫山区“红色业委会”破解物业难题`: the series' tag over its part's headline."""
    if not _NUMBERED_SERIES.match(line.text):
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
    if _BARE_PAGE_NUMBER.match(line.text):
        return True
    following = _next_line(page)
    name = _PAGE_NUMBER_AFTER.sub("", line.text)  # (the page's number set after it: `基 层 治 理　　　3`)
    masthead = LINE_SHAPE["spaced_label"].match(name) or _MASTHEAD.match(name)
    if masthead and (is_furniture_line(following) or _DATE_LINE.match(following)):
        return True
    if (
        not page.units
        and _PAGE_NAME.match(line.text)
        and is_furniture_line(following)
        and _DATED.search(following)
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
    if not _DATE_LINE.match(line.text):
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
    if not _RUNNING_HEAD.match(line.text):
        return False
    if not page.units and blank_or_foot_after(page):
        # the page's first line, alone over a blank line (`基层治理  ·  3` / blank / `本期导读` …)
        return True
    if page.blanks and _at_foot(page):
        return True  # the page's last line, set apart (`社区·基层　　　　5`): its running foot
    following = _next_line(page)
    return bool(is_furniture_line(following) or _DATE_LINE.match(following))


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
        or profile_box(page, line)
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
        or is_furniture_line(line.text)
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
        page.add(kinds.FURNITURE, line.text, line.number)
        page.blanks = 1
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
