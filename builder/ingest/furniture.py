"""Page furniture read from a line's text alone: what a newspaper page prints around its articles, never an
article's text or title (the furniture rule reading a line in its page, pagefurniture.py, asks it).

The kinds: a line made only of page-furniture pieces (a date and weekday, a page number in any of its printed
forms, `第4版`, `A3`, `— 6 —`, the editors' credits `责任编辑：… 校对：…`, a column label spaced out beside a
page number, `第 4 版 | 黑 土 · 网 格`, a QR-code prompt); a line of one piece printed alone (an editors' line, a
reprint's source line, a date line, a drawn rule, the page's photo note, an author's note, the organ line, a weather
line, the page's hotline or mailbox); a series tag over an article (`【基层治理新实践·乡村篇】`); the page's head or
foot line naming its date and its number (is_page_line).
"""

from __future__ import annotations

import re

from builder.ingest.chartboxes import is_imprint_line
from builder.ingest.copiedpages import is_copied_page_furniture
from builder.ingest.epaper import is_navigation_line
from builder.ingest.latinlabels import is_latin_label
from builder.ingest.lineshapes import RULE_CHARS
from builder.ingest.masthead import PRINTED_DATE, WEEKDAY
from builder.ingest.ornaments import LABEL_MARKS
from builder.ingest.proofsheets import is_proof_line
from builder.ingest.reprintsources import REPRINT_VERBS
from builder.ingest.submissions import CONTACT, is_contact_line
from builder.text.numerals import NUMBERS_TO_TEN
from builder.text.widths import ascii_letters_digits

_HAN = "\u4e00-\u9fff"
_PAGE_NUMBER = r"第?\s*[A-Z]?\s*\d{1,3}\s*版|[A-Z]\d{1,2}|[—–\-－]{1,2}\s*\d{1,3}\s*[—–\-－]{1,2}"
_ISSUE = r"(?:\d{4}\s*年\s*)?(?:总)?第\s*\d{1,6}\s*期"  # a magazine's issue of the year too: `2026年第9期`
_ROLE = r"(?:本版|责任|美术|图片|文字|视觉)?(?:编辑|责编|美编|校对|组版|版式|设计|统筹|监制|审读|制图|排版)"
# (the colon maybe a gap, on a foot line of its credits: `编辑　李莉　校对　王心`)
# (a name of two characters maybe spaced out to the width of three: `责任编辑：吴　迪`)
_EDITOR = f"(?:[{_HAN}]{{2,4}}|[{_HAN}][ \u3000][{_HAN}](?![{_HAN}]))"
_CREDIT = f"{_ROLE}(?:[:：]\\s*|[ \u3000]+){_EDITOR}(?:[、 ]{_EDITOR})?"
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
# A weather box's sky (`多云转小雨`, `晴`), its temperature range (`4℃～11℃`, `-3～5℃`) and its wind (`东北风2级`).
_SKY = "[晴阴多云转小中大暴雷阵雨雪雾霾夹有间]{1,10}"
_TEMPERATURES = r"-?\d{1,2}\s*(?:℃|°C)?\s*[～~至\-－—]\s*-?\d{1,2}\s*(?:℃|°C)"
_WIND = r"(?:[东南西北]{1,2}|偏[东南西北]{1,2}|微)风(?:\d{1,2}(?:[～~至\-－]\d{1,2})?级)?"
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
    # `原载《某某日报》2023年1月5日第11版`, `来源：《某某报》 2023年1月5日`; any verb a reprint is named by)
    rf"|(?:(?:稿件|文章)?{REPRINT_VERBS}\s*)?《[\u4e00-\u9fff·・]{{2,12}}(?:报|刊)》\s*[（(]?\s*"
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
    # the source of a report's or a table's figures in brackets (`（数据来源：某县统计局）`, layouts37 p02)
    r"|[（(](?:数据|资料)来源[:：][^（）()。]{2,30}[）)]"
    # an author's note under a commentary, who the author is (`（作者系某大学副教授）`, `（作者单位：…）`)
    r"|[（(]作者(?:系|为|是|单位\s*[:：])[^（）()。]{2,40}[）)]"
    # a report's writers named under its last line (`（执笔：某某　某某）`, `（执笔人：…）`): the byline is the group's
    r"|[（(]执笔人?\s*[:：][^（）()。]{2,40}[）)]"
    # the paper's organ line in its masthead, whose paper it is (`中共某某市委机关报`, `某某省委机关报`)
    r"|(?:中共|中国共产党)?[\u4e00-\u9fff]{2,12}?[省市州盟县区旗]?委(?:员会)?机关报"
    # the weather box of a front page, its temperatures (`今日天气：晴　2℃～12℃　东北风3级`, `明天　多云　5～14℃`)
    r"|(?:今日|今天|明日|明天|本市|全市)?天气(?:预报)?[:：\s][^。！？]{0,30}?\d{1,2}\s*(?:℃|°C)[^。！？]{0,20}"
    # (the box's lines wrapped: the sky alone, `今日天气　多云转小雨`, and the temperatures and wind under it,
    # `4℃～11℃　东北风2级`)
    rf"|(?:今日|今天|明日|明天|本市|全市)天气(?:预报)?[:：\s]\s*{_SKY}"
    rf"|{_TEMPERATURES}(?:[ \u3000]+{_SKY})?(?:[ \u3000]+{_WIND})?|{_SKY}[ \u3000]+{_TEMPERATURES}(?:[ \u3000]+{_WIND})?"
    # the paper's subscription notice in a front page's box (`欢迎订阅2027年度《某某日报》`)
    r"|(?:欢迎)?订阅(?:\d{4}年度?)?《[\u4e00-\u9fff·・]{2,12}(?:报|刊)》"
    # the front page's ear box (报眼) opening with its label (`报眼｜今日天气…`): the paper's notices, not news
    r"|报眼(?:[ \u3000]*[|｜:：·・][ \u3000]*.{0,30})?"
    # an editors' note's sign-off alone on its line, under the note (`——编者`, `——本报编辑部`)
    r"|(?:——|—|－－|--)\s*(?:本报|本刊|本版)?编(?:者|辑部)"
    # an in-house bulletin's distribution list at its foot (`报：省委…`, `送：…`, `抄送：…`, `（共印200份）`)
    r"|(?:报|送|发|抄送|抄报)[:：][^。，；]{2,30}|[（(]共印\d{1,5}份[）)]"
    # the paper's (or the page's) hotline or mailbox for readers
    r"|" + CONTACT + r")$"
)
# A series' word (`系列`, `系列报道`, `系列评论`…) and a part of it (`系列报道之二`).
_SERIES_WORD = "系列(?:报道|评论|述评|访谈|调查)?"
_SERIES_PART = f"{_SERIES_WORD}之[{NUMBERS_TO_TEN}]{{1,3}}"
# A series' name: 2 to 16 characters, maybe parted by `·`.
_SERIES_NAME = f"[{_HAN}·・]{{2,16}}"
# A series' name before the number of its part, maybe quoted whole: a title of its own, up to 24 characters
# (`“某某…的某某样板”系列报道之一`).
_PART_SERIES_NAME = f"[{_HAN}·・]{{2,24}}"
# A series tag: a bracketed label of parts set apart by `·`, or one naming a series or its part.
SERIES_TAG = re.compile(
    f"^【[{_HAN}A-Za-z0-9]{{2,16}}(?:[·・][{_HAN}A-Za-z0-9]{{1,10}})+】$"
    f"|^【{_SERIES_NAME}(?:系列(?:报道)?|篇|专栏|特刊|之[{NUMBERS_TO_TEN}]{{1,3}})】$"
    # a series' part in brackets, the series maybe quoted and long (`【“某某…的某某样板”系列报道之一】`)
    f"|^【“?{_PART_SERIES_NAME}”?{_SERIES_PART}】$"
    # unbracketed over a 专题 page's headline, the series maybe quoted (`“某某的新变化”系列报道之二`)
    f"|^“?{_SERIES_NAME}”?{_SERIES_PART}$"
    # a series' part numbered in brackets or circled, maybe under its headline after dashes
    # (`——“某某在某地”系列报道（十二）`, `“某某”系列报道⑫`, layouts36 p06)
    f"|^(?:——|—|－－|--)?[ \u3000]*“?{_PART_SERIES_NAME}”?{_SERIES_WORD}"
    f"(?:[（(](?:[{NUMBERS_TO_TEN}]{{1,3}}|\\d{{1,2}})[）)]|[\u2460-\u2473])$"
    # a 连载's part over its headline, the series quoted or in 《》 (`“网格故事”之三`, `《村官日记》连载之二`, layouts35 p04)
    f"|^(?:“{_SERIES_NAME}”|《{_SERIES_NAME}》)(?:连载)?之[{NUMBERS_TO_TEN}]{{1,3}}$"
    # and the trailer under its part naming when the next is printed (`（本系列报道之三将于5月8日刊发）`)
    f"|^[（(]本{_SERIES_PART}将?于?[^（）()]{{0,16}}(?:刊发|刊出|刊登|推出|见报|播发)[）)]$"
)
# A series' name and its part's circled number, unbracketed (`基层治理新观察①`): furniture only over the headline it
# labels (pagefurniture: right over a byline or the text it is the headline, numbered as the series' part,
# `小网格里的大民生①`). Nothing but the number marks it, so the name is a headline's words: 4 to 12 characters, no `·`.
NUMBERED_SERIES = re.compile(f"^[{_HAN}]{{4,12}}[①-⑳]$")
# A bare page number, maybe with the column label printed beside it after a gap (`08　　各地传真`).
BARE_PAGE_NUMBER = re.compile(f"^[A-Z]?\\d{{1,3}}(?:[ \u3000]+{_LABEL})?$")
# A running head: a column label and its bare page number, either first (`基层治理 · 2`, `2 | 要闻`).
RUNNING_HEAD = re.compile(f"^(?:{_LABEL}{_SEPARATOR}\\d{{1,3}}|\\d{{1,3}}{_SEPARATOR}{_LABEL})$")
DATED = re.compile(PRINTED_DATE)


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
    numbered = _TRAILING_PAGE_NUMBER.search(text) if DATED.search(text) else None
    text = text[: numbered.start()] + text[numbered.end() :] if numbered else text
    # a head or foot line opening with the bare page number (its folio), its label and credits after it (`014　逐梦人
    # 特刊　编辑　李莉`), or the paper's name or the date with its weekday (`6　　党员生活报　2026年12月19日　星期六`);
    # with none, a numbered table row `1　　摸底排查　　2023年5月1日` or a number before the date, `2  ·  2026年…`
    leading = _LEADING_PAGE_NUMBER.match(text) if _FOLIO_FURNITURE.search(text) else None
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
# (the label after it maybe followed by the page's editor: `…星期五　　6　　区县·基层　　责任编辑：某某`, heldout35 p05)
_TRAILING_PAGE_NUMBER = re.compile(
    f"(?<=\\S)[ \u3000]+\\d{{1,3}}(?=$|[ \u3000]+(?:{_PAPER_NAME}|{_LABEL})(?:[ \u3000]+{_CREDIT})?$)"
)
_LEADING_PAGE_NUMBER = re.compile(r"^\d{1,3}[ \u3000]{2,}(?=\S)")
_FOLIO_FURNITURE = re.compile(f"{_CREDIT}|{_PAPER_NAME}|{PRINTED_DATE}\\s*{WEEKDAY}")
_PAGE_NUMBERED = re.compile(_PAGE_NUMBER)


def is_page_line(text: str) -> bool:
    """A furniture line naming the page's date and its number (`2026年5月12日 星期二  第3版  责任编辑 王某`): the
    page's head or foot line, wherever the extraction set it."""
    text = ascii_letters_digits(text.strip())
    if not DATED.search(text):
        return False
    numbered = _PAGE_NUMBERED.search(text) or _BARE_PAGE_NUMBER_AT_EDGE.search(text)
    return bool(numbered) and is_furniture_line(text)


# a bare page number opening or closing the line, a gap between it and the rest (`07　　基层治理　　2026年1月21日`;
# two spaces of the gap looked at: a line of a megabyte of spaces is read in linear time)
_BARE_PAGE_NUMBER_AT_EDGE = re.compile(r"^\d{1,3}[ \u3000]{2}|[ \u3000]{2}\d{1,3}$")
