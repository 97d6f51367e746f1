"""Rejoin hard-wrapped text lines into paragraphs, and find the headings and captions among them.

A paragraph break is only ever placed after a sentence-final mark: a line that ends mid-sentence is
continued by the next text line, across blank lines, column breaks, continuation markers and photo
captions. Where a sentence did end, a new paragraph starts at a blank line, an indented line, or after a
line that stops short of the column width. The heading rule is `builder.ingest.subheadings`'; a heading that
stands after a finished article and reads as the next report's headline is made one (`builder.ingest.newheadlines`).
"""

from __future__ import annotations

from collections.abc import Callable
from statistics import median

from builder.ingest.captionlines import caption_over_cut_credit, caption_with_credit_inside_sentence
from builder.ingest.captionshapes import split_closing_names
from builder.ingest.datelines import split_baoxun
from builder.ingest.linejoin import opens_paragraph
from builder.ingest.lineshapes import is_drawn_rule
from builder.ingest.linewidths import LocalWidths
from builder.ingest.listparagraphs import names_row
from builder.ingest.newheadlines import promote_new_headlines
from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    HEADING,
    HEADLINE,
    JUMP_IN,
    JUMP_OUT,
    KICKER,
    SUBTITLE,
    TABLE,
    TEXT,
    Unit,
)
from builder.ingest.paragraphcaptions import (
    caption_before_credit,
    caption_between_halves,
    caption_between_paragraphs,
    caption_inside_sentence,
    caption_over_credit_inside_paragraph,
    lead_and_marked_caption_inside_sentence,
    wide_caption_block_inside_sentence,
)
from builder.ingest.scenecaptions import scene_caption
from builder.ingest.speakerturns import opens_turn, speakers
from builder.ingest.standalone import (
    heading_over_indented_line,
    heading_over_two_lines,
    standalone_headline,
    standalone_line,
)
from builder.ingest.subheadings import BRACKETED_SUBHEADING, heading
from builder.ingest.tables import table_rule, tables_after_cut_sentences
from builder.ingest.textrules import (
    ends_sentence,
    remove_continuation_markers,
    remove_stray_spaces,
)

_LONG_LINE_MODE_WIDTH = 40  # median line width above which each line is a whole paragraph


class Assembly:
    """The state of assemble(): the units to place, the blocks placed so far and the open paragraph."""

    def __init__(self, units: list[Unit]) -> None:
        text_units = [u for u in units if u.kind == TEXT]
        self.units = units
        self.index = 0  # the next unit to place
        self.unit: Unit = units[0] if units else Unit(TEXT, "", 0)  # the unit being placed
        self.long_lines = bool(text_units) and median(u.width for u in text_units) > _LONG_LINE_MODE_WIDTH
        self.local = LocalWidths(units)
        self.indented_page, self.flat_page = page_layout(units, text_units)
        self.speakers = speakers(
            text_units
        )  # who takes turns on the page (an interview's `记者：`, `王某：`)
        self.out: list[Unit] = []
        self.current: Unit | None = None  # the open or last paragraph that text may still join
        self.last_line: Unit | None = None  # the last text line joined to `current`

    def flush(self) -> None:
        if self.current is not None:
            self.out.append(self.current)
            self.current = None

    def deficit(self, line: Unit) -> float:
        """How much shorter than the column around it a text line is."""
        return self.local.of(line) - line.width

    def in_open_sentence(self) -> bool:
        """Not after a sentence end, nor after a closing credit cut by the wrap (`…聚起来。（` / `曹文静）`), nor
        after a rule drawn alone (`┈┈┈┈`: a box's edge, no sentence; a `——访…` subtitle under it stays one)."""
        text = self.current.text if self.current is not None else "。"
        if is_drawn_rule(text, dashed=True):
            return False
        return not ends_sentence(text) and not (text.endswith("）") and split_closing_names(text[-40:])[1])

    def join(self, line: Unit) -> bool:
        self.current.text += line.text
        self.last_line = line
        return True


# A rule looks at `state.unit` and returns True when it has placed it; the first that does wins.
UnitRule = Callable[[Assembly], bool]


def _furniture(state: Assembly) -> bool:
    """Column labels, page numbers, editors' names: dropped."""
    return state.unit.kind == FURNITURE


def _placed_between(*kinds: str) -> UnitRule:
    """The rule for units placed between a paragraph's lines: a jump mark (`（下转…）` / `（上接…）`, placed
    for segment), a caption or a credit. It ends a finished paragraph; a sentence cut by it (by the jump, or
    by a caption the layout dropped inside it) goes on after it."""

    def rule(state: Assembly) -> bool:
        if state.unit.kind not in kinds:
            return False
        if state.current is not None and (ends_sentence(state.current.text) or _jumps_before_head(state)):
            state.flush()
        state.out.append(state.unit)
        return True

    return rule


def _jumps_before_head(state: Assembly) -> bool:
    """`（下转第三版）` under a sentence it cut, another article's head under it (`…能当场解决的当场解决，` /
    `（下转第三版）` / `利川市“村民说事点”`): the sentence goes on on the other page, not in the lines here; the
    article's photo captions and credits may stand between (`（转第5版）` / `图①　…` / `本版图片均由…提供` / head)."""
    if state.unit.kind != JUMP_OUT:
        return False
    following = (u for u in state.units[state.index :] if u.kind not in (FURNITURE, CAPTION, CREDIT))
    after = next(following, None)
    return after is not None and after.kind in (HEADLINE, KICKER, SUBTITLE, BYLINE)


def _headline_inside_sentence(state: Assembly) -> bool:
    """A headline the layout dropped into the middle of a sentence: placed, the sentence goes on after it."""
    if state.unit.kind == HEADLINE and state.in_open_sentence():
        state.out.append(state.unit)
        return True
    return False


def _subtitle_inside_sentence(state: Assembly) -> bool:
    """A `——…` line inside an open sentence is the sentence's text (it then goes on as a text line)."""
    unit = state.unit
    if unit.kind == SUBTITLE and state.in_open_sentence():
        state.unit = Unit(TEXT, unit.text, unit.line, unit.indent, unit.blanks_before, unit.width)
    return False


def _non_text(state: Assembly) -> bool:
    """Any other non-text unit closes the paragraph; a heading cut in two by the layout is rejoined."""
    unit, out = state.unit, state.out
    if unit.kind == TEXT:
        return False
    state.flush()
    state.last_line = None
    if unit.kind == HEADING and out and out[-1].kind == HEADING and out[-1].open_end:
        out[-1].text += unit.text
        out[-1].open_end = unit.open_end
    else:
        out.append(unit)
    return True


def _open_sentence(state: Assembly) -> bool:
    """A line after an unfinished sentence continues it, across blank lines and column breaks, unless it opens
    an article (`itemends`: the paragraph under a rule that closed the article above)."""
    return state.in_open_sentence() and not state.unit.opens and state.join(state.unit)


def _wrapped_line(state: Assembly) -> bool:
    """After a finished sentence, a line joins the paragraph unless a blank line, an indent, long-line
    mode or a short line before it marks a new one; then the paragraph is closed here. A reporter's name in
    brackets on a line of its own (`…达到98%。` / `（方晓）`) closes the paragraph above: it joins it (to be
    split off as its closing credit when the paragraph is finished), and what follows starts anew."""
    unit, last_line = state.unit, state.last_line
    if state.current is not None and unit.blanks_before <= 1 and _closing_credit_line(unit.text):
        state.join(unit)
        state.flush()  # the credit closed it: what follows starts something new
        state.last_line = None
        return True
    short_before = last_line is not None and state.deficit(last_line) > 1.5
    open_paragraph = state.current is not None  # a caption or credit under the short line may have closed it
    # (`【…】` goes on no paragraph, nor a speaker's turn: `记者：…？` / `王某：…`)
    subheading = BRACKETED_SUBHEADING.match(unit.text) is not None or opens_turn(unit.text, state.speakers)
    if (
        short_before
        and open_paragraph
        and state.indented_page
        and not subheading
        and not unit.opens  # an item's lead under the short line ending the item above (`■赤壁市　…`)
        and _goes_on_unindented(state, unit)
    ):
        return state.join(unit)
    new_paragraph = (
        state.current is None
        or subheading
        or state.long_lines
        or unit.blanks_before > 0
        or unit.indent
        or short_before
        or (state.flat_page and opens_paragraph(unit.text))
        or unit.opens  # a brief's item opening with no gap and no indent (`本报讯（…）` under the item above)
    )
    if not new_paragraph and not heading_over_indented_line(state, unit):
        return state.join(unit)
    state.flush()
    return False


def page_layout(units: list[Unit], text_units: list[Unit]) -> tuple[bool, bool]:
    """(indented, flat): the page marks its paragraphs by a first-line indent (three indented lines or more),
    or by nothing at all (no indent, and blank lines only between articles)."""
    indented = sum(1 for u in text_units if u.indent) >= 3
    return indented, not indented and not any(u.indent for u in text_units) and gaps_only_between(
        units, text_units
    )


def gaps_only_between(units: list[Unit], text_units: list[Unit]) -> bool:
    """Blank lines stand only between articles: no more gaps before text than the page has starts of articles."""
    gaps = sum(1 for u in text_units if u.blanks_before)
    starts = sum(1 for u in units if u.kind in (HEADLINE, BYLINE))
    return gaps <= starts + 1


def _goes_on_unindented(state: Assembly, unit: Unit) -> bool:
    """On an indented page, a line with no indent right under a short sentence end, itself filling the column
    and going on to the next line (`…耕地1902亩。` / `得益于党支部领办专业合作社的成立，该村发`): the
    paragraph goes on (half-width figures made the line above look short). Not a line standing alone between a
    sentence end and an indented paragraph's first line (standalone.py: a heading or a headline)."""
    fills = state.deficit(unit) <= 1.0 and not ends_sentence(unit.text)
    if fills and standalone_line(_next_unit(state)):
        return False
    return not unit.indent and unit.blanks_before == 0 and fills and not opens_paragraph(unit.text)


def _next_unit(state: Assembly) -> Unit | None:
    """The unit after the one being placed."""
    return state.units[state.index] if state.index < len(state.units) else None


def _closing_credit_line(text: str) -> bool:
    """A line that is only a report's closing credit: `（方晓）`, `（记者 李雪）`, `（儋州市委组织部供稿）`."""
    return split_closing_names("。" + text)[1] == text


def _new_paragraph(state: Assembly) -> bool:
    """Whatever is left starts a paragraph."""
    unit = state.unit
    state.current = Unit(TEXT, unit.text, unit.line, unit.indent, unit.blanks_before, opens=unit.opens)
    state.last_line = unit
    return True


UNIT_RULES: list[tuple[str, UnitRule]] = [
    ("furniture", _furniture),
    ("jump", _placed_between(JUMP_IN, JUMP_OUT)),
    ("caption", _placed_between(CAPTION, CREDIT)),
    ("headline_inside_sentence", _headline_inside_sentence),
    ("subtitle_inside_sentence", _subtitle_inside_sentence),
    ("non_text", _non_text),
    ("table", table_rule),
    ("caption_with_credit_inside_sentence", caption_with_credit_inside_sentence),
    ("wide_caption_block_inside_sentence", wide_caption_block_inside_sentence),
    ("caption_between_halves", caption_between_halves),
    ("caption_before_credit", caption_before_credit),
    ("caption_over_cut_credit", caption_over_cut_credit),
    ("caption_over_credit_inside_paragraph", caption_over_credit_inside_paragraph),
    ("caption_between_paragraphs", caption_between_paragraphs),
    ("caption_inside_sentence", caption_inside_sentence),
    ("lead_and_marked_caption_inside_sentence", lead_and_marked_caption_inside_sentence),
    ("names_row", names_row),
    ("open_sentence", _open_sentence),
    ("standalone_headline", standalone_headline),
    ("heading_over_two_lines", heading_over_two_lines),
    ("wrapped_line", _wrapped_line),
    ("scene_caption", scene_caption),
    ("heading", heading),
    ("new_paragraph", _new_paragraph),
]


def assemble(units: list[Unit]) -> list[Unit]:
    """Units with text lines -> units with whole paragraphs (kind TEXT), headings and captions: each unit
    goes through UNIT_RULES in order until one places it."""
    state = Assembly(units)
    while state.index < len(units):
        place_next(state)
    state.flush()
    blocks = tables_after_cut_sentences(_finish(state.out))
    promote_new_headlines(blocks)
    return blocks


def place_next(state: Assembly) -> str:
    """Place the next unit; returns the name of the rule that placed it."""
    state.unit = state.units[state.index]
    state.index += 1
    return next(name for name, rule in UNIT_RULES if rule(state))


def _finish(blocks: list[Unit]) -> list[Unit]:
    """Split bylines off paragraph starts and clean spaces: phrases keep theirs in titles and bylines; a rule
    drawn alone (`┈┈┈┈`) is dropped."""
    finished: list[Unit] = []
    for block in blocks:
        if block.kind == TEXT:
            byline, rest = split_baoxun(block.text)
            if byline:
                finished.append(Unit(BYLINE, byline, block.line))
                block.text = rest
            # a marker or a closing credit the wrap cut in two (`…认领。（下` / `转四版）`, `…户。（覃小` / `红）`)
            # is whole again only now
            text, closing = split_closing_names(remove_continuation_markers(block.text))
            block.text = remove_stray_spaces(text).strip()
            if block.text and not is_drawn_rule(block.text, dashed=True):  # (a box's rule alone: no text)
                finished.append(block)
            if closing:
                finished.append(Unit(BYLINE, closing, block.line))
            continue
        elif block.kind in (HEADLINE, KICKER, HEADING, SUBTITLE, BYLINE, CREDIT):
            block.text = remove_stray_spaces(block.text, keep_phrase_spaces=True)
        elif block.kind != TABLE:  # a table's cells keep the spaces between them
            block.text = remove_stray_spaces(block.text)
        finished.append(block)
    return finished
