"""A news brief's headline on a line of its own, no bullet, with the item's lead straight under it (part of
LINE_RULES; split from briefs.py, the rules for an item a list bullet opens): a plain headline after a finished
item (`昌邑区社区食堂开进老旧小区` / `吉林市昌邑区在老旧小区集中…`), one set in 【】 (not an article's 【】
subheadings), and one the extraction doubled (bold). Each opens a new article.
"""

from __future__ import annotations

import re

from builder.ingest import headlinecontext
from builder.ingest.briefleads import LEAD_SPAN
from builder.ingest.briefs import close_item_before
from builder.ingest.headlineplaces import place_words
from builder.ingest.headlineshapes import BRACKETED_HEADLINE, RUN_IN_HEAD_IN_BRACKETS, is_headline_shape
from builder.ingest.labelleditems import inside_report_or_box
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE, is_label_word
from builder.ingest.pagelabels import SIDEBAR_LABEL
from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, KICKER, SUBTITLE, TEXT, Line, PageReader
from builder.ingest.textrules import display_width, split_bold_doubled, split_headlines


def brief_headline(page: PageReader, line: Line) -> bool:
    """A news brief's headline (简讯, 短讯): after a finished item, a one-line headline with the item's lead
    straight under it, no blank between (`昌邑区社区食堂开进老旧小区` / `吉林市昌邑区在老旧小区集中…`): a new
    article."""
    if not headlinecontext.headline_line(line.text) or LINE_SHAPE["subtitle"].match(line.text):
        return False
    return _over_brief_lead(page, line.text) and _open_brief(page, line.text, line.number)


def bracketed_headline(page: PageReader, line: Line) -> bool:
    """A brief's headline set in 【】 on a line of its own (`【克拉玛依市“暖新驿站”温暖户外劳动者】`), its lead
    straight under it, at the top or after a finished item: a new article. (A series tag `【…·…篇】` is page
    furniture before this rule; a sidebar's label in 【】 is no headline.)"""
    match = BRACKETED_HEADLINE.match(line.text)
    if not match or not is_headline_shape(match.group(1)) or SIDEBAR_LABEL.match(match.group(1)):
        return False
    body = headlinecontext.paragraph_from(page, page.index)
    if not body or not page.lines[page.index].strip() or not headlinecontext.reads_as_body(body):
        return False
    last = page.units[-1] if page.units else None
    if not (
        headlinecontext.at_top(page)
        or last is None
        or last.kind != TEXT
        or headlinecontext.finished_text(last.text)
    ):
        return False
    if _bracketed_subheadings(page, match.group(1)):
        return False
    return _open_brief(page, match.group(1), line.number)


# `【松山区“便民驿站”让群众少跑腿】赤峰市` : a brief's headline set bold in 【】 and run in, its lead going on after
# it on the same line and the lines below (a `一周要闻` / `要闻速览` column, layouts35 p03); the wrap may leave the
# lead's first words under it (`【扎兰屯市“流动党员之家”凝聚在外党员】` / `呼伦贝尔市扎兰屯市在…`).
_RUN_IN_BRACKETED = re.compile("^" + RUN_IN_HEAD_IN_BRACKETS + r"(?P<lead>[^【】\s].*)?$")
_LEAD_LINES = 3  # lines the lead's opening (its place's full name) may run over


def run_in_bracketed_headline(page: PageReader, line: Line) -> bool:
    """A brief's headline in 【】 run in before its lead (`【林荫街道“物业红管家”破解小区难题】鄂` / `尔多斯市东胜区
    林荫街道推动…`), at the top, under the column's label (`一周要闻`) or after a finished item (its closing
    `（name）` split off as its byline): a new article, the headline without the brackets, the text after it its
    lead. The lead opens like a report (a full place name, a date, 本报讯) and the headline names the place the
    lead names, or another line of the page opens an item so (a column of them: `土右旗…` over `包头市土默特右旗…`).
    A run-in head of a report's paragraph (`【主要做法】…`: no report's opening after it, or, after it, one
    under the report's own byline or dateline where the item before closes with no `（name）` of its own:
    `本报讯（…）…` / `【网格党支部让服务更精准】今年以来，…`) and a place's label (labelleditems) are none."""
    here = page.index - 1
    item = _run_in_item(page.lines, here)
    if item is None:
        return False
    column = any(_run_in_item(page.lines, i) for i in range(len(page.lines)) if i != here)
    if not column and not any(place in item[1][:LEAD_SPAN] for place in place_words(item[0])):
        return False
    last = page.units[-1] if page.units else None
    if last is not None and last.kind == TEXT and is_label_word(last.text):
        last.kind = FURNITURE  # the column's label (`一周要闻`) heads the column, no item
    elif last is not None and not headlinecontext.at_top(page):
        if not close_item_before(page):
            return False
        if page.units[-1].kind != BYLINE and inside_report_or_box(page):
            return False  # a bylined report's run-in section head, its story going on (`【…】今年以来，…`)
    _open_brief(page, item[0], line.number)
    lead = _RUN_IN_BRACKETED.match(line.text.strip()).group("lead")  # type: ignore[union-attr]
    if lead:
        page.add_text(lead, line)
        page.units[-1].width = display_width(line.text)  # the head filled the line: no paragraph ends here
    return True


def _run_in_item(lines: list[str], index: int) -> tuple[str, str] | None:
    """(the headline, the lead's opening) of a line opening an item with its headline in 【】 run in."""
    match = _RUN_IN_BRACKETED.match(lines[index].strip())
    if (
        match is None
        or SIDEBAR_LABEL.match(match.group("head"))
        or not is_headline_shape(match.group("head"))
    ):
        return None
    lead = (match.group("lead") or "") + "".join(x.strip() for x in lines[index + 1 : index + _LEAD_LINES])
    if not headlinecontext.LEAD_OPENING.match(lead):
        return None
    return match.group("head"), lead


_SUBHEADING_LOOK_BACK = 300  # units: far longer than any article


def _bracketed_subheadings(page: PageReader, heading: str) -> bool:
    """The article being read sets its subheadings in 【】: the line stands right under its headline, subtitle
    or byline (a feature's `——记…` / `本报记者 …` / `【从打工仔到村支书】`: no brief opens before a word of
    text), an earlier 【】 line of the same article was read as a subheading, or the line names no place in an
    article with its byline (`【“先把路修通”】` in a profile: a brief's headline says where)."""
    units = page.units
    placeless = not place_words(heading)
    if units and units[-1].kind in (BYLINE, HEADLINE, SUBTITLE, KICKER) and (placeless or not page.blanks):
        return True
    for index in range(len(units) - 1, max(-1, len(units) - 1 - _SUBHEADING_LOOK_BACK), -1):
        unit = units[index]
        if unit.kind == HEADLINE:
            return False
        if unit.kind == BYLINE:
            return placeless and not page.blanks
        if unit.kind == TEXT and BRACKETED_HEADLINE.match(unit.text):
            return True
    return False


def bold_brief_headline(page: PageReader, line: Line) -> bool:
    """A brief's headline the extraction doubled, on a line of its own, with the item's lead straight under it
    (`昌邑区社区食堂开进老旧小区昌邑区社区食堂开进老旧小区` / `吉林市昌邑区在…`): a new article."""
    doubled = split_bold_doubled(line.text)
    if not doubled or doubled[1] or len(split_headlines(doubled[0])) != 1:
        return False
    return _over_brief_lead(page, doubled[0], top=True) and _open_brief(page, doubled[0], line.number)


def _over_brief_lead(page: PageReader, headline: str, top: bool = False) -> bool:
    """The paragraph straight under the headline is a brief's lead: it opens like a report (a full place
    name, a date, 本报讯 …), names the place the headline names, and does not go on with the headline's
    words; the headline stands after a finished item (a blank line between, or none), or (`top`) at the top."""
    body = headlinecontext.paragraph_from(page, page.index)
    if not body or not page.lines[page.index].strip() or not headlinecontext.reads_as_body(body):
        return False
    lead = "".join(body)
    places = place_words(headline)
    if not (headlinecontext.LEAD_OPENING.match(lead) and any(place in lead[:LEAD_SPAN] for place in places)):
        return False
    if join_cost(headline, body[0]) < 0:
        return False
    last = page.units[-1] if page.units else None
    right_after = (
        last is not None
        and last.kind == TEXT
        and not page.blanks
        and headlinecontext.finished_text(last.text)
    )
    return (
        right_after
        or headlinecontext.after_body(page, headline, body)
        or (top and headlinecontext.at_top(page))
    )


def _open_brief(page: PageReader, headline: str, number: int) -> bool:
    headlinecontext.close_item_before(page)
    page.add(HEADLINE, headline, number)
    page.units[-1].opens = True
    return True
