"""News-brief columns (简讯, 快讯): the line rules for an item opened by a list bullet (part of LINE_RULES).

heldout4 f04: a `简  讯` column of items, each `◆<headline>` on its own line over its lead, no bylines. The
bullet (◆ ◇ ● ○ ■ □ ▲ ★ ☆ ▶ ► · ①…, never △, a caption's mark) before a headline over a lead that names its
place makes a new brief whatever the lead's first words; the column's name over the first item is furniture.
A brief's headline with no bullet (plain, in 【】, doubled bold) over its lead: briefheads.py.
"""

from __future__ import annotations

import re

from builder.ingest import headlinecontext, headlinerules
from builder.ingest import pagelines as kinds
from builder.ingest.briefleads import (
    SENTENCE_MARK,
    brief_lead,
    dated_place_lead,
    headline_and_lead,
    headline_second_line,
    lead_under,
    names_again,
    opens_with_place_chain,
    short_lead_after_gap,
    split_lead_place,
)
from builder.ingest.bylineshapes import is_byline_text, starts_byline
from builder.ingest.captionshapes import is_credit_text, split_closing_names
from builder.ingest.datelines import split_baoxun
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.ornaments import ITEM_BULLETS, LABEL_MARKS
from builder.ingest.pagelines import TEXT, Line, PageReader, Unit
from builder.ingest.textrules import ends_sentence, indented

# A list bullet a brief column sets before each item's headline (`◆格尔木市易地搬迁社区建起“暖心食堂”`).
_LIST_BULLET = re.compile(rf"^[{ITEM_BULLETS}\u2460-\u2473]\s*")  # also ①…⑳


# The name of a column of briefs (`简讯`, `基层快讯`, `短讯`, `工作动态`), alone on its line, maybe under a bullet (`■简讯`).
BRIEF_COLUMN = re.compile(
    rf"^(?:[{LABEL_MARKS}]\s*)?[\u4e00-\u9fff·]{{0,5}}(?:简讯|快讯|短讯|速递|速览|动态|集锦)$"
)


# A column's name set between two of the same ornament (`◆ 各地传真 ◆`, `■基层来信■`: real R20 r20_04), over its
# items however they are set: never an item's bulleted headline.
_FRAMED_LABEL = re.compile(r"^([■□◆◇●○★☆▲△])[ \u3000]*[\u4e00-\u9fff·]{2,8}[ \u3000]*\1$")


def brief_column_label(page: PageReader, line: Line) -> bool:
    """A brief column's name over its first item (a blank line or the item's bulleted headline under it), or
    any column's name framed by two ornaments: page furniture, never a headline; so is the column's credit
    under it (`基层快讯` / `（本报综合）`), which credits no one item and titles none."""
    raw_following = page.lines[page.index] if page.index < len(page.lines) else ""
    following = raw_following.strip()
    credit = _COLUMN_CREDIT.match(following) is not None
    framed = _FRAMED_LABEL.match(line.text) is not None
    # an item's indented lead right under the label, a blank line over it: a brief printed with no headline
    last = _last_of_text(page.units)
    lead_under = indented(raw_following) and bool(page.blanks) and last is not None and _finished_item(last)
    if not framed and (
        not BRIEF_COLUMN.match(re.sub(r"[ \u3000]+", "", line.text))  # (spaced out: `简　讯`)
        or (following and not (_LIST_BULLET.match(following) or credit or lead_under))
    ):
        return False
    page.add(kinds.FURNITURE, line.text, line.number)
    if credit:
        page.add(kinds.FURNITURE, following, line.number + 1)
        page.index += 1
    page.blanks = 1  # what follows the label starts a new block
    if lead_under and not (framed or _LIST_BULLET.match(following) or credit):
        lead = Line(raw_following, page.numbers[page.index], following)
        page.index += 1
        page.add_text(lead.text, lead)
        page.units[-1].opens = True  # the item's lead: no headline is printed over it
    return True


# A column's credit for all its items, the paper's own digest (`（本报综合）`, `（综合整理）`, `（本报综合报道）`).
_COLUMN_CREDIT = re.compile(r"^[（(]\s*(?:本报|本刊|本网)?综合(?:整理|报道|消息)?\s*[）)]$")


_DATELINE_AFTER_GAP = re.compile(r"[ \u3000]本报\S{0,8}讯")


def brief_bullet(page: PageReader, line: Line) -> bool:
    """A bullet, then a headline over a lead that names the headline's place again (`◆格尔木市易地搬迁社区建起
    “暖心食堂”` / `海西蒙古族藏族自治州格尔木市在…`) or opens with its place in full (`◆易地搬迁社区建起…` over
    the same lead), at the top of the page or after a finished item: the headline of a new brief. A bullet
    before a subheading inside an article (`■ 党员认领楼栋` / `区委组织部从…`) or before a byline (`■中共…委组织部`)
    is left to the other rules. With no bullet, a headline and its lead on one line a gap apart, the lead
    naming the headline's place in full (`大理市“洱海边的党员户”带头护湖　大理白族自治州大理市在…`), is such
    a brief too."""
    bullet = _LIST_BULLET.match(line.text)
    if not (bullet or " " in line.text or "\u3000" in line.text) or is_byline_text(line.text):
        return False  # (most lines: no bullet, no gap)
    if bullet:
        headline, lead_start = headline_and_lead(line.text[bullet.end() :])
        if not lead_start:
            headline, lead_start = short_lead_after_gap(headline, page.lines, page.index)
    else:  # no bullet: the lead after a gap opens with its place in full and names the headline's place
        headline, lead_start = headline_and_lead(line.text)
        if not (lead_start and opens_with_place_chain(lead_start) and names_again(headline, lead_start)):
            return False
    if not is_headline_shape(headline) or is_credit_text(headline) or ends_sentence(headline):
        return False
    if _DATELINE_AFTER_GAP.search(headline):
        return False  # `■…守护绿水青山　本报讯（记` / `者…）…`: the dateline the wrap cut, headline_before_baoxun's
    wrapped = 0
    if (
        not lead_start
    ):  # `●丛台区…劳动者邯郸市` / `丛台区依托…`: the lead's place wrapped up onto the headline
        headline, lead_start = split_lead_place(headline, page.lines, page.index)
        wrapped = int(bool(lead_start))  # the line under, the rest of the lead's first line, is taken too
    if not lead_start:
        wrapped = headline_second_line(headline, page.lines, page.index)
        headline += page.lines[page.index].strip() if wrapped else ""
    lead = lead_start + lead_under(page.lines, page.index + wrapped)
    marked = not lead_start and bullet is not None and headlinerules.marks_headlines(page.lines, line.text[0])
    if not (
        brief_lead(headline, lead) or (marked and SENTENCE_MARK.search(lead) and not starts_byline(lead))
    ):
        return (
            False  # (a roundup's bullet marking a headline over its byline elsewhere: its items' headlines)
        )
    if not close_item_before(page):
        return False
    page.add(kinds.HEADLINE, headline, line.number)
    page.units[-1].opens = True
    page.index += wrapped
    return not lead_start or page.add_text(lead_start, line)


def headless_brief(page: PageReader, line: Line) -> bool:
    """A bullet before a brief's lead with no headline (`●本报某地5月9日讯（记` / `者…）近日，…`, `●日前，家住…`),
    at the top or after a finished item, in a column of briefs (its name, 简讯 …, among the page's furniture)
    or opening with its dateline: a new item, its text without the bullet (never a caption under its mark).
    Elsewhere, such a bullet (● ◆ ◇ ○) after a finished paragraph sets off a paragraph of the article."""
    bullet = _LIST_BULLET.match(line.text)
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not following or is_byline_text(line.text):
        return False
    if not bullet:  # a column of briefs with no headlines: each paragraph opens with its place in full
        return _dateline_item(page, line) or _unbulleted_item(page, line)
    lead = line.text[bullet.end() :]
    in_briefs = _in_brief_column(page) or (dated_place_lead(lead) and _in_news_column(page))
    # In a column of briefs, an indented bulleted paragraph standing apart opens an item however its lead
    # opens (`◆“您有一份新的…”上午7时`, `◆某某街头寒风渐起，…`): the column prints no headline over it.
    apart = in_briefs and bool(page.blanks) and line.indent
    if not (apart or headlinecontext.opens_like_lead(lead) or starts_byline(lead)):
        return False
    item = in_briefs or starts_byline(lead)
    if not (item or _PARAGRAPH_BULLET.match(line.text)):
        return False
    last = _last_of_text(page.units)
    if not (headlinecontext.at_top(page) or (last is not None and _finished_item(last))):
        return False
    page.add_text(lead, line)  # outside a column of briefs, a bulleted paragraph of the article
    page.units[-1].opens = item
    return True


def _dateline_item(page: PageReader, line: Line) -> bool:
    """In a column of briefs, a line opening with the paper's dateline and its writers in brackets
    (`本报讯（记者…通讯员…`), indented or not, right under a finished item with no gap: a new item."""
    dateline, _ = split_baoxun(line.text) if line.text.startswith("本报") else (None, "")
    if not dateline or not _in_brief_column(page):
        return False  # (`本报记者在某村看到，…`: a sentence of the item, no dateline)
    last = _last_of_text(page.units)
    if last is None or last.kind != TEXT or not headlinecontext.finished_text(last.text):
        return False
    page.add_text(line.text, line)
    page.units[-1].opens = True
    return True


def close_item_before(page: PageReader) -> bool:
    """Whether the item read before ends (no open sentence going on); its closing credit in brackets, maybe cut
    in two by the wrap (`…140起。（李雪）`, `…1190条。（杨` / `丽）`), is split off as its byline."""
    _rejoin_wrapped_credit(page)
    last = page.units[-1] if page.units else None
    if last is not None and last.kind == kinds.TEXT:
        alone = split_closing_names("。" + last.text)  # (the credit alone: as if after a sentence's end)
        if alone[0] == "。" and alone[1] is not None and _credit_alone_closes(page.units):
            last.kind, last.text = (
                kinds.BYLINE,
                alone[1],
            )  # `…4.5万元。` / `（李婷婷）`: the credit on its own line
            return True
        text, names = split_closing_names(last.text)
        if not ends_sentence(text):
            return False  # the line goes on an open sentence
        if names is not None:  # `…140起。（李雪）`: the item before ends at its reporter's names
            last.text = text
            page.units.append(Unit(kinds.BYLINE, names, last.line))
    return True


def _credit_alone_closes(units: list[Unit]) -> bool:
    """The item's closing credit in brackets stands alone on the last line read, right under the item's finished
    last sentence (the wrap put it on a line of its own)."""
    before = units[-2] if len(units) >= 2 else None
    return (
        before is not None
        and before.kind == kinds.TEXT
        and not units[-1].blanks_before
        and headlinecontext.finished_text(before.text)
    )


def _finished_item(unit: Unit) -> bool:
    """The last unit read ends an item: a finished sentence, or the item's closing credit in brackets under it
    (`…获得感。` / `（江城融媒记者 李明）`)."""
    closing = unit.kind == kinds.BYLINE and unit.text.startswith(("（", "("))
    return closing or headlinecontext.finished_text(unit.text)


def _last_of_text(units: list[Unit]) -> Unit | None:
    """The last unit read, past a column's label set between the items (`一 线 传 真` over the next item)."""
    index = len(units) - 1
    while index >= 0 and (_names_brief_column(units[index]) or _names_news_column(units[index])):
        index -= 1
    return units[index] if index >= 0 else None


def _unbulleted_item(page: PageReader, line: Line) -> bool:
    """In a column of briefs printed with no headlines and no bullets (heldout7 m07, `基层快讯` / `（本报综合）` /
    `南通市崇川区任港街道组建…` / blank / `乐山市市中区在…`): a paragraph standing apart at the column's top or after
    a finished item, opening with its place in full (two levels: never `今年以来，`, a paragraph of the same
    item): a new item, its title made from the lead; not an item's headline over its lead (`某某市某某社区建起
    “暖心食堂”` / `某某州某某市在…`, its bullet lost), which the headline rules read."""
    last = page.units[-1] if page.units else None
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    # (right under the label, a line going on into a sentence: not a headline wrapped over two lines)
    under_label = _under_brief_label(page) and not is_headline_shape(following)
    if not (page.blanks or last is None) or not (under_label or opens_with_place_chain(line.text)):
        return False
    if not _in_brief_column(page):
        return False
    if is_headline_shape(line.text) and (
        headlinecontext.opens_like_lead(following) or opens_with_place_chain(following)
    ):
        return False
    if not (
        under_label
        or headlinecontext.at_top(page)
        or (last is not None and headlinecontext.finished_text(last.text))
    ):
        return False
    page.add_text(line.text, line)
    page.units[-1].opens = True
    return True


def _under_brief_label(page: PageReader) -> bool:
    """Right under a brief column's name set after a finished article (`…参与。` / `■社区速递` / blank / `为深入
    推进…，日前，…`): the column's first item begins, whatever its lead opens with, never the article above."""
    units = page.units
    return (
        len(units) >= 2
        and _names_brief_column(units[-1])
        and units[-2].kind == kinds.TEXT
        and headlinecontext.finished_text(units[-2].text)
    )


def _in_brief_column(page: PageReader) -> bool:
    """Whether a brief column's name was read on the page so far."""
    return page.has_read("brief column", _names_brief_column)


def _names_brief_column(unit: Unit) -> bool:
    if unit.kind != kinds.FURNITURE:
        return False
    label = re.sub(r"\s", "", unit.text)
    return _BRIEF_NAME.search(label) is not None or _DISPATCH_LABEL.match(label) is not None


def _in_news_column(page: PageReader) -> bool:
    """Whether a news column's name alone on its line (`工作动态`, `党建动态`) was read on the page so far with no
    headline after it: a report headlined under the name (`工作动态` / `某县“双报到”一月记` / its lead / its dated
    bullets) is one article, its bullets its paragraphs. Read once for each unit (its verdict kept going on)."""
    if not page.has_read("news column", _names_news_column):
        return False
    units = page.units
    start, open_ = page.memo.get("news column open", (0, False))
    if start > len(units):  # units taken back since: read again from the top
        start, open_ = 0, False
    for unit in units[start:]:
        if _names_news_column(unit):
            open_ = True
        elif unit.kind == kinds.HEADLINE:
            open_ = False
    page.memo["news column open"] = (len(units), open_)
    return open_


def _names_news_column(unit: Unit) -> bool:
    return unit.kind == kinds.FURNITURE and _NEWS_LABEL.match(re.sub(r"\s", "", unit.text)) is not None


# Outside a brief column, the bullets that set off an article's paragraphs (`●近日，某街道召开…`); `▲` and `■`
# stay a caption's or a byline's mark there.
_PARAGRAPH_BULLET = re.compile(r"^[●◆◇○]")


_BRIEF_NAME = re.compile(r"简讯|快讯|短讯|速递|速览|集锦")
# A column of dispatches named alone on its line, maybe spaced out (`一 线 传 真`, `基层传真`): a brief column
# too. Only the label alone: a page head naming its page so (`2026年6月18日　第5版　各地传真`) sets no items apart.
_DISPATCH_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}传真$")
# A column of news items named alone on its line (`工作动态`, `党建动态`): a brief column only for its items that open
# with their date and their place (`●5月6日，乌海市…`, layouts37 p04); such a label also names a page or a column of
# reports, whose bulleted paragraphs stay paragraphs.
_NEWS_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}动态$")


def _rejoin_wrapped_credit(page: PageReader) -> None:
    """The item before closes with a credit the wrap cut in two (`…问题87件。（金平区委组织` / `部）`): its two
    lines become one, so that the credit is split off whole."""
    if len(page.units) < 2:
        return
    before, last = page.units[-2], page.units[-1]
    if before.kind != kinds.TEXT or last.kind != kinds.TEXT or last.blanks_before:
        return
    joined = before.text + last.text
    if "（" in before.text and "（" not in last.text and split_closing_names(joined)[1] is not None:
        before.text = joined
        page.units.pop()
