"""Reports a roundup prints under one headline, each opening with its place's name in 【】 glued to its lead
(`县域传真` / `云南多地探索基层治理“小切口”` / `【澄江市】玉溪市澄江市推行…` … `（杨丽）` / `【宾川县】大理州宾川县
在…`), or with its place's name set bold after a mark (`■阳新县　阳新县推行…`, the items maybe with no blank line
between them): a line rule of LINE_RULES, after the bulleted briefs'. Each such line opens a report of its own, its text
without the label, its title made from the lead; the closing credit of the report above it (`（段建华）`, or one
the wrap cut in two, `（杨` / `丽）`) is that report's byline. The one headline over the reports heads the
collection, like a column's name, and titles none of them (page furniture).
"""

from __future__ import annotations

import re

from builder.ingest import headlinecontext
from builder.ingest import pagelines as kinds
from builder.ingest.briefleads import LEAD_SPAN
from builder.ingest.briefs import close_item_before
from builder.ingest.bylineshapes import starts_byline
from builder.ingest.datelines import BAOXUN
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import is_label_word
from builder.ingest.ornaments import LABEL_MARKS
from builder.ingest.pagelabels import SIDEBAR_LABEL
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import display_width, ends_sentence
from builder.places.gazetteer import gazetteer

# `【澄江市】玉溪市澄江市推行“码上` : a place's name in 【】, then the report's lead on the same line; or the name
# set bold after a label's mark and apart from the lead by a space (`■阳新县　阳新县推行…`, layouts34 p01).
_PLACE_LABEL = re.compile(
    rf"^(?:【(?P<framed>[\u4e00-\u9fff]{{2,8}})】|[{LABEL_MARKS}](?P<marked>[\u4e00-\u9fff]{{2,8}})[ \u3000])"
    r"[ \u3000]*(?P<lead>\S.*)$"
)


def place_label(text: str) -> tuple[str, str] | None:
    """(the place, the lead after it) of a line opening with a place's name in 【】 (`【澄江市】…`) or after a
    label's mark and a space (`■阳新县　…`), a place the gazetteer knows whole, that the lead names again within
    its first words and that no byline opens; None for any other line (`【编者按】…`, `【澄江市】` alone, a lead
    naming another place)."""
    match = _PLACE_LABEL.match(text)
    if match is None:
        return None
    place, lead = match.group("framed") or match.group("marked"), match.group("lead")
    found = gazetteer().scan(place)
    if not found or (found[0][0], found[0][1]) != (0, len(place)):
        return None
    if place not in lead[:LEAD_SPAN] or starts_byline(lead):
        return None
    return place, lead


def labelled_report(page: PageReader, line: Line) -> bool:
    """A line opening with its place's label (place_label) standing apart (a blank line over it, the page's top,
    or right under an item read before it, _next_in_series) after a finished item, a headline or the round-up's
    banner: a new report, its text without the label. Right under a headline or banner with another such line
    further down the page, that headline is the collection's (furniture), and the column label over a banner
    too. Inside a report with its byline or dateline, or a box under its label, the line is no item
    (inside_report_or_box)."""
    labelled = place_label(line.text)
    if labelled is None:
        return False
    last = page.units[-1] if page.units else None
    series_below = any(place_label(later.strip()) for later in page.lines[page.index :])
    banner = series_below and _banner(page)
    in_series = last is not None and _next_in_series(page)
    if last is not None and not page.blanks and not banner and not in_series:
        return False
    if (
        last is not None
        and last.kind != kinds.HEADLINE
        and not banner
        and not in_series
        and inside_report_or_box(page)
    ):
        return False  # a report's paragraph naming its place (`本报讯（记者…）…` / `■通山县　通山县…`)
    if last is not None and (last.kind == kinds.HEADLINE or banner):
        if series_below:
            last.kind = kinds.FURNITURE
            above = page.units[-2] if banner and len(page.units) >= 2 else None
            if above is not None and above.kind == kinds.TEXT and is_label_word(above.text):
                above.kind = kinds.FURNITURE  # the column's label over the banner (`一线传真`)
    elif not headlinecontext.at_top(page) and not close_item_before(page):
        return False
    page.add_text(labelled[1], line)
    page.units[-1].opens = True
    page.units[-1].width = display_width(line.text)  # the label filled the line: no paragraph ends short here
    return True


def _next_in_series(page: PageReader) -> bool:
    """A labelled line right under the item above (no blank line between items, layouts34 p01's `■赤壁市　…`
    under `…已办结812条。`): the next item when a labelled line above on the page was read as an item (it opened
    a report of its own) and the item above ends there. A labelled line left in a report's text (a bylined
    report listing its places as `■通山县　…` paragraphs) starts no series."""
    items = {unit.line for unit in page.units if unit.opens and unit.kind == kinds.TEXT}
    return close_item_before(page) and any(
        page.numbers[i] in items and place_label(page.lines[i].strip()) for i in range(max(page.index - 1, 0))
    )


def inside_report_or_box(page: PageReader) -> bool:
    """The text read since the last headline is a report with its byline or dateline (`本报讯（记者 某某）…`), or a
    box under its label (`新闻链接`, `相关链接`): a labelled line under it is one of the report's paragraphs, or one
    of the box's items, its places listed in turn, not a round-up's item."""
    for unit in reversed(page.units):
        if unit.kind in (kinds.BYLINE, kinds.SIDEBAR) or (
            unit.kind == kinds.TEXT and BAOXUN.match(unit.text)
        ):
            return True
        if unit.kind == kinds.FURNITURE and SIDEBAR_LABEL.match(unit.text):
            return True  # (`相关链接`, read as a copied page's furniture)
        if unit.kind == kinds.HEADLINE:
            return False
    return False


def _banner(page: PageReader) -> bool:
    """The last unit read is the round-up's banner over its first item: a headline, or on a page printing no
    blank line a headline-shaped text line under a label or a finished sentence (`…5000余个。` / `一线传真` /
    `湖北多地为基层治理添活力` / `■阳新县　…`, layouts34 p01 with no blank line). Under a finished sentence of a
    bylined report (`本报讯（…）…各有特色。` / `三镇探索各具特色` / `■通山县　…`) it is the report's subheading
    over its places' paragraphs, no banner; after a blank line (`…商量着办。` / blank / `湖北多地为基层治理添活力` /
    `■阳新县　…`) it ends the report and heads a round-up of its own (a blank line the page printed: restored ones
    fall under such a line, blanklessparts), and so it does with no blank line when the items name places the
    report's own do not enclose (`宜昌推行…` / `本报讯（…）…` / `湖北多地为基层治理添活力` / `■阳新县　…`:
    _items_elsewhere)."""
    last = page.units[-1] if page.units else None
    if last is None or last.kind == kinds.HEADLINE:
        return last is not None
    above = page.units[-2] if len(page.units) >= 2 else None
    after_end = (
        above is None
        or above.kind != kinds.TEXT
        or is_label_word(above.text)
        or (
            ends_sentence(above.text)
            and (last.blanks_before > 0 or not inside_report_or_box(page) or _items_elsewhere(page))
        )
    )
    return (
        last.kind == kinds.TEXT
        and is_headline_shape(last.text)
        and not ends_sentence(last.text)
        and after_end
    )


def _items_elsewhere(page: PageReader) -> bool:
    """The labelled lines from the one being read on name places (`■阳新县`, `■赤壁市`) none of which is a place
    the report above names (its headline and text since it, the banner under it left out) or lies inside one
    (`宜昌市` ⊃ `远安县`): a round-up of other places' items, not the report's own places' paragraphs. False when
    the report names no place the gazetteer knows."""
    items = [found[0] for text in page.lines[page.index - 1 :] if (found := place_label(text.strip()))]
    report: list[str] = []
    for unit in reversed(page.units[:-1]):
        report.append(unit.text)
        if unit.kind == kinds.HEADLINE:
            break
    places = {surface for _, _, surface in gazetteer().scan("".join(report))}
    return bool(items and places) and not any(
        item == place or gazetteer().encloses(place, item) for item in items for place in places
    )
