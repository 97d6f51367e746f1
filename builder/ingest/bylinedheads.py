"""The line rule for a headline at the top of a page or column, recognized by the byline it leads to (part of
LINE_RULES in `builder.ingest.units`; moved out of `bylinerules`): headlines printed together over it, a kicker
over the last one, a headline wrapped over two lines (after a comma, a verb, a particle, inside a quote), a
column's label over it (furniture).
"""

from __future__ import annotations

import re

from builder.ingest.bylinerules import next_lines
from builder.ingest.bylineshapes import contributed_by, starts_byline
from builder.ingest.captionlines import CAPTION_OPENING
from builder.ingest.celltables import read_cell_table
from builder.ingest.datelines import dateline_over_wrap
from builder.ingest.decks import deck_of_two_under, deck_under, figures_deck
from builder.ingest.headlinecontext import headline_line
from builder.ingest.headlineshapes import HEAD_FIELD_LABEL, is_headline_shape
from builder.ingest.headlinesubtitles import genre_label, head_line_goes_on
from builder.ingest.headlinetails import (
    particle_cut_over_byline,
    quote_cut_over_byline,
    quoted_tail_over_byline,
    tail_over_byline,
    verb_cut_over_byline,
)
from builder.ingest.headlinewraps import reads_on, subject_then_deed, wrapped_naming_no_place
from builder.ingest.labelleditems import place_label
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE, is_label_word, is_place_kicker, is_quoted_name_only
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
from builder.ingest.reporterverbs import reporter_verb_line
from builder.ingest.tables import heads_table
from builder.ingest.textrules import cjk_count, ends_sentence, indented


def _comma_cut_over_byline(text: str, after: list[str]) -> bool:
    """A headline of two halves wrapped after the comma between them (`永泰在全市首创突破地域界限，` / `设置七十二个
    中心村党委`), set apart over its byline: the first half is no line of text ending on a comma."""
    if not text.endswith(("，", ",")) or len(after) < 2 or cjk_count(text) > _COMMA_CUT_FIRST:
        return False
    return is_headline_shape(after[0]) and headline_line(text + after[0]) and starts_byline(after[1])


_COMMA_CUT_FIRST = 16  # characters of a headline's first half, its comma last


_MARKED_LABEL = re.compile(r"^[□■◆◇●]\s*(\S+)$")


def _marked_label_under_headline(page: PageReader, text: str) -> bool:
    """A column's label word behind a mark (`□城乡社区`), set apart under the headline, over the byline: furniture,
    no kicker of the headline above."""
    marked = _MARKED_LABEL.match(text)
    last = page.units[-1] if page.units else None
    return bool(marked and is_label_word(marked.group(1)) and page.blanks and last and last.kind == HEADLINE)


def headline_over_byline(page: PageReader, line: Line) -> bool:
    """A headline at the top of a page or column: a headline-shaped line whose next lines (maybe other
    headlines printed together) lead to a byline (`本报讯（…）`, `本报记者 …`, `■中共…`, bare names). A
    headline-shaped line right above the last headline (no blank between) is that headline's kicker (引题),
    unless it stands under another headline: then the three are headlines printed together. A closing credit
    (`（本报记者 何俊）`) over the next article's headline and byline is the credit, not a headline."""
    if quote_cut_over_byline(line.text, next_lines(page, page.index, blanks=0)) or quoted_tail_over_byline(
        line.text, next_lines(page, page.index, blanks=0)
    ):  # `…有了“暖心` / `驿站”`; `…开进` / `“院坝”里`
        page.index = next(i for i in range(page.index, len(page.lines)) if page.lines[i].strip()) + 1
        return page.add(HEADLINE, line.text + page.lines[page.index - 1].strip(), line.number)
    if verb_cut_over_byline(line.text, next_lines(page, page.index, blanks=0)) or particle_cut_over_byline(
        line.text, next_lines(page, page.index, blanks=0)
    ):  # `“1+3+N”激活` / `古城院落治理`; `…食堂里的` / `“邻里圆桌”`
        page.index += 1
        return page.add(HEADLINE, line.text + page.lines[page.index - 1].strip(), line.number)
    if page.blanks and _comma_cut_over_byline(line.text, next_lines(page, page.index, blanks=0)):
        page.index += 1  # `某某在全市首创…界限，` / `设置…党委` / names: the headline wrapped after its comma
        return page.add(HEADLINE, line.text + page.lines[page.index - 1].strip(), line.number)
    if not is_headline_shape(line.text) or LINE_SHAPE["end_credit"].match(line.text):
        return False
    after = next_lines(page, page.index, blanks=2)
    while after and HEAD_FIELD_LABEL.match(after[0]):
        after = after[1:]  # `【关键词】…` between the headline and its byline (furnitureboxes.summary_box)
    if after and dateline_over_wrap(line.text, after[0]):
        return False  # a lead's dateline the wrap cut (`某某网-某某客户端7月9` / `日15时讯（…`), no headline
    stacked = 0  # headlines printed together above the first byline (`新城区…` / `老人吃上…` / `遂宁…`)
    while (
        stacked < min(len(after) - 1, 4)
        and is_headline_shape(after[stacked])
        and contributed_by(after[stacked]) is None
    ):
        stacked += 1
    signed = (
        stacked  # (a photo's caption set between the head and its byline: `图为…合影` / `某某新闻记者 张三`)
    )
    while signed < len(after) - 1 and CAPTION_OPENING.match(after[signed]):
        signed += 1
    signs = bool(after) and (starts_byline(after[signed]) or contributed_by(after[signed]) is not None)
    if not signs or heads_table(after[stacked:]):
        return False  # no byline under it, or a table's header line (`社区  服务点  办件量`) under its title
    if place_label(after[signed]) is not None:
        return False  # a round-up item's place label (`■阳新县　阳新县推行…`), no byline: labelleditems
    if read_cell_table(page.lines, page.index) is not None:
        return False  # a table's title over its cells one a line (`项目` / `数量` / `召开场次` / `1650` …)
    label = genre_label(page) if not page.blanks else None
    if label is not None:
        label.kind = (
            FURNITURE  # `…百分点。` / `调查` / the headline over its byline: the feature's genre label
        )
    if not stacked and _marked_label_under_headline(page, line.raw.strip()):
        return page.add(
            FURNITURE, line.text, line.number
        )  # `夷陵区…商量着办` / blank / `□城乡社区` / `本报讯（…）`
    if stacked and _column_label_over(page, line.text, after[:stacked]):
        return page.add(
            FURNITURE, line.text, line.number
        )  # `社区治理` / `一张“议事桌”` / `议出邻里和气` / names
    if (
        stacked == 1
        and is_label_word(line.text)
        and is_quoted_name_only(after[0])
        and _right_under(page, after[0])
    ):
        page.index += 1  # `党建引领` / `“小区微治理”`: a quoted name alone goes on a headline's first words
        return page.add(HEADLINE, line.text + after[0], line.number)
    if not stacked and tail_over_byline(line.text, after):  # `…“擂台比武”` / `练本领` / `王琳 赵阳`
        page.index = next(i for i in range(page.index, len(page.lines)) if page.lines[i].strip()) + 1
        return page.add(HEADLINE, line.text + after[0], line.number)
    under_headline = bool(page.units) and page.units[-1].kind == HEADLINE and not page.blanks
    if (
        (stacked >= 2 or under_headline)  # the last two lines of headlines stacked, one under the other
        and _right_under(page, after[0])
        and subject_then_deed(line.text, after[0])
    ):  # `牌楼街道：“院落自治”` / `让…焕新颜`
        page.index += 1
        return page.add(HEADLINE, line.text + after[0], line.number)
    if (
        stacked == 3
        and page.blanks
        and _all_right_under(page, after[:stacked])
        and deck_of_two_under(line.text, after[0], after[1:3], _indented_under(page, line, 2))
    ):  # `深化…` / `安徽推行“…”` / `全省3200余个…` / `业主满意度明显提升`: kicker, headline, two-line deck
        if head_line_goes_on(line.text, after[0]):  # `党建引领让老旧小区` / `焕发新活力`: a two-line headline
            page.add(HEADLINE, line.text + after[0], line.number)
        else:
            page.add(KICKER, line.text, line.number)
            page.add(HEADLINE, after[0], line.number + 1)
        page.index += stacked
        return page.add(SUBTITLE, "".join(after[1:3]), line.number + 2)
    if (
        stacked >= 2
        and page.blanks
        and _all_right_under(page, after[:stacked])
        and figures_deck(line.text, after[:stacked])
    ):
        page.add(
            HEADLINE, line.text, line.number
        )  # `赤峰：一张网格…` / `全市1.2万个网格…` / `…化解纠纷2.1万件`
        page.index += stacked
        return page.add(SUBTITLE, "".join(after[:stacked]), line.number + 1)
    if (
        stacked >= 2
        and LINE_SHAPE["subtitle"].match(after[1])
        and _right_under(page, after[0])
        and reads_on(line.text, after[0])
    ):  # `让老人从“看客”` / `变成“主角”` / `——访…`: one headline wrapped over its `——` subtitle
        page.index += 1
        return page.add(HEADLINE, line.text + after[0], line.number)
    kicker = stacked == 1 and page.index < len(page.lines) and page.lines[page.index].strip() == after[0]
    kicker = kicker and not under_headline
    if kicker and reads_on(line.text, after[0]):
        page.index += 1  # `万秀区“红色管家”` / `进驻老旧小区`: one headline the column wrapped
        return page.add(HEADLINE, line.text + after[0], line.number)
    if kicker and deck_under(line.text, after[0]):  # `把“…”转化为“…”` / `某某社区党建引领…`: headline, deck
        page.add(HEADLINE, line.text, line.number)
        page.index += 1
        return page.add(SUBTITLE, after[0], line.number + 1)
    if kicker and wrapped_naming_no_place(line.text, after[0]):  # no place named: no kicker, one headline
        page.index += 1
        return page.add(HEADLINE, line.text + after[0], line.number)
    kind = KICKER if kicker and not LINE_SHAPE["subtitle"].match(after[0]) else HEADLINE
    text, number = line.text, line.number
    above = page.units[-1] if kind == KICKER and page.units and not page.blanks else None
    if above is not None and _kicker_head(above, text):
        page.units.pop()  # `周村区启动…，构建共建共` / `治共享社会治理新格局`: the kicker wrapped, its first line read as text
        text, number = above.text + text, above.line
    page.add(kind, text, number)
    # (`…日报记者探访` / `了…` under it: the lead's reporter and their verb, no byline to open the body)
    verb = stacked + 1 < len(after) and reporter_verb_line(after[stacked], after[stacked + 1])
    page.units[-1].opens = page.units[-1].opens or (kind == HEADLINE and stacked == 0 and verb)
    return True


def _right_under(page: PageReader, text: str) -> bool:
    """`text` is the next line, no blank line between."""
    return page.index < len(page.lines) and page.lines[page.index].strip() == text


def _indented_under(page: PageReader, line: Line, count: int) -> bool:
    """The `count` lines after the next one each open indented (a deck's lines), while `line` and the next
    do not (the head's lines)."""
    head = [line.raw, page.lines[page.index]]
    deck = page.lines[page.index + 1 : page.index + 1 + count]
    return (
        len(deck) == count and all(indented(raw) for raw in deck) and not any(indented(raw) for raw in head)
    )


def _all_right_under(page: PageReader, texts: list[str]) -> bool:
    """`texts` are the next lines, one right under the other, no blank line between."""
    end = page.index + len(texts)
    return end <= len(page.lines) and [raw.strip() for raw in page.lines[page.index : end]] == texts


def _column_label_over(page: PageReader, text: str, heads: list[str]) -> bool:
    """A column's label word standing after a gap over the one headline under it (maybe wrapped over two
    lines): furniture, never a headline of its own nor a kicker (a kicker says more than a word or two)."""
    if (page.units and not page.blanks) or not is_label_word(text) or is_place_kicker(text):
        return False
    if len(heads) == 1 and is_quoted_name_only(heads[0]):
        return False  # `党建引领` / `“小区微治理”`: one headline
    return len(heads) == 1 or (len(heads) == 2 and reads_on(heads[0], heads[1]))


def _kicker_head(above: Unit, kicker: str) -> bool:
    """The text line right over a kicker is that kicker's first line: it stands after a gap, ends no
    sentence, and the kicker goes on with its word (`…构建共建共` / `治共享…`)."""
    return (
        above.kind == TEXT
        and above.blanks_before >= 1
        and not ends_sentence(above.text)
        and join_cost(above.text, kicker) < 0
    )
