"""Classify the lines of a raw page into units: text lines and the page's non-text pieces.

A unit is a text line (to be rejoined into paragraphs later) or one of: a headline, a heading, a byline,
a caption or photo credit, a part number of an overview (一、二), a subtitle (——…), page furniture.
"""

from __future__ import annotations

import re

from builder.ingest import (
    barenames,
    barredheads,
    boxedheads,
    bracketbylines,
    briefheads,
    briefs,
    bylinedheads,
    bylinerules,
    celltables,
    closingcredits,
    copiedpages,
    creditsunder,
    footcredits,
    furniture,
    furnitureboxes,
    gluedfooter,
    gluedlead,
    headblocks,
    headbylinelines,
    headcaptions,
    headlinecolon,
    headlinecontext,
    headlinepause,
    headlinerules,
    headlinestacks,
    headlinesubtitles,
    itemends,
    labelleditems,
    latinlabels,
    leadbylines,
    numberedcaptions,
    ocrdamage,
    photolines,
    placelines,
    pullquotes,
    roundupparts,
    runningheads,
    sectionbars,
    serieslabels,
    signedlead,
    sitecopies,
    spacedheads,
    wireheads,
    wrappedheads,
)
from builder.ingest import pagelines as kinds
from builder.ingest.captionlines import captions_inside_words
from builder.ingest.captionshapes import split_inline_credit
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headorder import subtitles_under_headlines
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelabels import (
    SIDEBAR_LABEL,
    is_vertical_headline,
    next_text_line,
    read_deck_beside,
    vertical_label,
)
from builder.ingest.pagelines import Line, LineRule, PageReader, Unit
from builder.ingest.textrules import (
    collapse_spaced_letters,
    ends_sentence,
    is_continuation_marker,
    remove_continuation_markers,
    split_bold_doubled,
    split_headlines,
)

__all__ = ["LINE_RULES", "Unit", "classify_page", "read_next"]


_BOLD_LEAD = re.compile(r"^\*\*(.+?)\*\*\s*(.*)$")


def classify_bold(text: str) -> list[tuple[str, str]]:
    """`**着眼…为重点深化城市基层党建。**西岗区创新…` -> heading + text."""
    match = _BOLD_LEAD.match(text)
    if not match:
        return [(kinds.TEXT, text.replace("**", ""))]
    lead, rest = match.group(1).strip(), match.group(2).strip()
    kind = kinds.HEADING if re.search(r"[。.：:！？]$", lead) or rest else kinds.OPEN_HEADING
    pieces: list[tuple[str, str]] = [(kind, lead.rstrip("。.：:"))]
    if rest:
        pieces.extend(
            classify_bold(rest) if rest.startswith("**") else [(kinds.TEXT, rest.replace("**", ""))]
        )
    return pieces


def _blank(page: PageReader, line: Line) -> bool:
    """A blank line: counted, so the next unit knows how far it stands from the one before."""
    if line.text:
        return False
    page.blanks += 1
    return True


def _continuation_marker(page: PageReader, line: Line) -> bool:
    """`（下转第3版）` / `（上接第4版）` on a line of its own: a jump out of or back into an article (segment
    joins the two halves when both are on the page); never text."""
    if not is_continuation_marker(line.text):
        return False
    kind = kinds.JUMP_IN if re.search(r"上接|接上|接第|续接", line.text) else kinds.JUMP_OUT
    last = page.units[-1] if page.units else None
    if kind == kinds.JUMP_IN and last is not None and _jump_headline(last, page.blanks):
        last.kind = kinds.HEADLINE  # `乡贤调解室让矛盾不出村` / `（上接第1版）`: never text
        _continuation_page_number(page.units)
    return page.add(kind, line.text, line.number)


def _continuation_page_number(units: list[Unit]) -> None:
    """The head of the page an article goes on to, printed in the same file: its bare page number (`8`) over
    its furniture (`2026年5月20日  要闻`) and the jump headline is furniture too, never text."""
    at = len(units) - 2  # the unit before the jump headline
    while at >= 0 and units[at].kind == kinds.FURNITURE:
        at -= 1
    if (
        at >= 0
        and at < len(units) - 2
        and units[at].kind == kinds.TEXT
        and _PAGE_NUMBER.match(units[at].text)
    ):
        units[at].kind = kinds.FURNITURE


_PAGE_NUMBER = re.compile(r"^\d{1,2}$")


def _jump_headline(unit: Unit, blanks: int) -> bool:
    """A headline-shaped text line standing apart (a blank line over it), right over `（上接…）` (read as a kicker
    too, over the jump line taken for its headline: a jump line is no headline)."""
    return (
        unit.kind in (kinds.TEXT, kinds.KICKER)
        and unit.blanks_before > 0
        and not blanks
        and is_headline_shape(unit.text)
    )


def _vertical_label_rule(page: PageReader, line: Line) -> bool:
    """A column label printed one character a line (`基`/`层`/`实`/`践`): furniture, and a new block."""
    label = vertical_label(page.lines, page.index - 1)
    if not label:
        return False
    page.index, word, rest = label
    following = rest or next_text_line(page.lines, page.index)
    headline = is_vertical_headline(word, following)
    page.add(kinds.HEADLINE if headline else kinds.FURNITURE, word, line.number)
    page.blanks = 1  # what follows a column label starts a new block
    if rest:
        page.insert_line(rest)
    if headline and not rest:
        read_deck_beside(page)  # the line across the column under the stack, over the byline: its subtitle
    return True


def _inline_continuation_markers(page: PageReader, line: Line) -> bool:
    """Cleaning: continuation markers inside a line (`…工作（下转第3版）`) and an article's end mark (`…。（完）`)
    are removed."""
    line.text = remove_continuation_markers(line.text).strip()
    return False


def _bold_doubled(page: PageReader, line: Line) -> bool:
    """A bold headline whose characters the extraction doubled: headlines, then the text after them."""
    doubled = split_bold_doubled(line.text)
    if not doubled:
        return False
    if _section_head_in_body(
        page, doubled
    ):  # `一一、、建建阵阵地地　　歇歇脚脚有有去去处处` between paragraphs
        return page.add(kinds.HEADING, re.sub(r"\s+", " ", doubled[0].strip()), line.number)
    # headlines side by side keep the columns' gap between them (two spaces or more)
    parts = [h for part in re.split(r"\s{2,}", doubled[0].strip()) for h in split_headlines(part)]
    apart = len(parts) == 1 and not doubled[1] and _apart_over_body(page, parts[0])
    for headline in parts:
        page.add(kinds.HEADLINE, headline, line.number)
    page.units[-1].opens = apart
    if doubled[1]:
        page.add(kinds.TEXT, doubled[1], line.number)
    return True


_ORDINAL = re.compile(
    r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．])"
)


def _section_head_in_body(page: PageReader, doubled: tuple[str, str]) -> bool:
    """A doubled bold line opening with an ordinal (`一、…`) alone on its line, right after a finished
    paragraph of the text (maybe a photo's caption between): the article's numbered section head, not a
    headline."""
    passed = (kinds.CAPTION, kinds.CREDIT, kinds.FURNITURE)
    last = next((u for u in reversed(page.units) if u.kind not in passed), None)
    return (
        not doubled[1]
        and _ORDINAL.match(doubled[0].strip()) is not None
        and last is not None
        and last.kind == kinds.TEXT
        and ends_sentence(last.text)
    )


def _apart_over_body(page: PageReader, headline: str) -> bool:
    """One doubled headline standing apart after a finished body (heldout15 p02, under a boxed ad the page's
    furniture), over a body: it opens its article, as a plain headline there does."""
    body = headlinecontext.paragraph_from(page, page.index)
    return (
        bool(body)
        and headlinecontext.reads_as_body(body)
        and headlinecontext.after_body(page, headline, body)
    )


def _spaced_letters(page: PageReader, line: Line) -> bool:
    """Cleaning: letters spaced out by the layout (`A P P`) are closed up."""
    line.text = collapse_spaced_letters(line.text)
    return False


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _markdown_heading(page: PageReader, line: Line) -> bool:
    """`# …`/`## …`: a headline; deeper levels: a heading."""
    markdown = _MD_HEADING.match(line.text)
    if not markdown:
        return False
    kind = kinds.HEADLINE if len(markdown.group(1)) <= 2 else kinds.HEADING
    return page.add(kind, markdown.group(2).replace("**", "").strip(), line.number)


def _bold_lead(page: PageReader, line: Line) -> bool:
    """`**…**` at the start of a line: a heading (open if it goes on on a later line), then text."""
    if not line.text.startswith("**"):
        return False
    text, credit = split_inline_credit(line.text)
    for kind, piece in classify_bold(text):
        page.add(kinds.HEADING if kind == kinds.OPEN_HEADING else kind, piece, line.number, line.indent)
        page.units[-1].open_end = kind == kinds.OPEN_HEADING
        page.seen_text = True
    return not credit or page.add(kinds.CREDIT, credit, line.number)


_NUMBER_LINE = re.compile(r"^[一二三四五六七八九十]{1,3}[、.．]?$")


def _number(page: PageReader, line: Line) -> bool:
    """`一`/`二、` alone on a line: the number of a part of an overview."""
    return bool(_NUMBER_LINE.match(line.text)) and page.add(
        kinds.NUMBER, line.text.rstrip("、.．"), line.number
    )


def _subtitle(page: PageReader, line: Line) -> bool:
    """`——平凉市多举措…` without a sentence end: a subtitle."""
    if LINE_SHAPE["subtitle"].match(line.text) and not re.search(r"[。！？；]", line.text):
        return page.add(kinds.SUBTITLE, line.text, line.number)
    return False


def _spaced_label(page: PageReader, line: Line) -> bool:
    """A page or column label printed spaced out (`党 建 · 基 层 治 理`, `特 别 报 道`), standing before a
    blank line: furniture, never a headline."""
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if following or not LINE_SHAPE["spaced_label"].match(line.text):
        return False
    page.add(kinds.FURNITURE, line.text, line.number)
    page.blanks = 1
    return True


def _sidebar(page: PageReader, line: Line) -> bool:
    """`记者手记`, `短评 让“院坝会”常开常新`, `链接` after an article: a sidebar, left out with its text."""
    return bool(page.seen_text and SIDEBAR_LABEL.match(line.text)) and page.add(
        kinds.SIDEBAR, line.text, line.number
    )


def _inline_credit(page: PageReader, line: Line) -> bool:
    """A photo credit printed at the end of a paragraph (`…自我造血功能。（图片由…提供）`), or right after a
    caption's sentence end (`…庆中秋活动。通讯员 供图`, `…的新貌。柳北区住建局供图`): split off."""
    text, credit = split_inline_credit(line.text)
    if credit is None:
        return False
    page.add_text(text, line)
    return page.add(kinds.CREDIT, credit, line.number)


def _text(page: PageReader, line: Line) -> bool:
    """Whatever is left is a text line."""
    return page.add_text(line.text, line)


LINE_RULES: list[tuple[str, LineRule]] = [
    ("blank", _blank),
    ("continuation_marker", _continuation_marker),
    ("vertical_label", _vertical_label_rule),
    ("inline_continuation_markers", _inline_continuation_markers),
    ("number_hyphen", ocrdamage.number_hyphen),
    ("cell_per_line_table", celltables.cell_per_line_table),
    ("source_after_end", copiedpages.source_after_end),
    ("author_under_posted", copiedpages.author_under_posted),
    ("copied_page", copiedpages.copied_page_line),
    ("site_copy", sitecopies.site_copy_line),
    ("furniture", furniture.page_furniture),
    ("summary_box", furnitureboxes.summary_box),
    ("place_line", placelines.place_line),
    ("wire_head", wireheads.wire_head),
    ("page_head_again", runningheads.page_head_again),
    ("line_printed_twice", ocrdamage.line_printed_twice),
    ("footer_glued_to_sentence", gluedfooter.footer_glued_to_sentence),
    ("foot_block", footcredits.foot_block),
    ("pull_quote", pullquotes.pull_quote),
    ("headline_cut_at_colon", headlinecolon.headline_cut_at_colon),
    ("headline_cut_at_pause", headlinepause.headline_cut_at_pause),
    ("reporter_after_lead", signedlead.reporter_after_lead),
    ("bold_brief_headline", briefheads.bold_brief_headline),
    ("section_bar_head", sectionbars.section_bar_head),
    ("bold_doubled", _bold_doubled),
    ("spaced_label", _spaced_label),
    ("spaced_letters", _spaced_letters),
    ("markdown_heading", _markdown_heading),
    ("bold_lead", _bold_lead),
    ("roundup_part_head", roundupparts.roundup_part_head),
    ("brief_column_label", briefs.brief_column_label),
    ("brief_bullet", briefs.brief_bullet),
    ("headless_brief", briefs.headless_brief),
    ("labelled_report", labelleditems.labelled_report),
    ("headline_bullet", headlinerules.headline_bullet),
    ("bullet_paragraph", copiedpages.bullet_paragraph),
    ("numbered_caption_block", numberedcaptions.numbered_caption_block),
    ("caption_mark", photolines.caption_mark),
    ("photo_caption", photolines.photo_caption),
    ("sentence_and_credit", photolines.sentence_and_credit),
    ("credit", photolines.credit_line),
    ("caption_under_its_credit", photolines.caption_under_its_credit),
    ("captions_under_head", photolines.captions_under_head),
    ("number", _number),
    ("head_block", headblocks.head_block),
    ("headline_over_cut_dateline", gluedlead.headline_over_cut_dateline),
    ("headline_before_baoxun", gluedlead.headline_before_baoxun),
    ("headline_after_gap", gluedlead.headline_after_gap),
    ("headlines_side_by_side", headlinerules.headlines_side_by_side),
    ("headlines_at_head", headlinestacks.headlines_at_head),
    ("headlines_at_foot", headlinestacks.headlines_at_foot),
    ("headlines_apart_at_foot", headlinestacks.headlines_apart_at_foot),
    ("headline_alone_at_foot", headlinestacks.headline_alone_at_foot),
    ("headline_over_subtitle", headlinesubtitles.headline_over_subtitle),
    ("subtitle", _subtitle),
    ("sidebar", _sidebar),
    ("closing_names", closingcredits.closing_names),
    ("bracketed_credit_under_text", creditsunder.bracketed_credit_under_text),
    ("reporter_line_between_bodies", creditsunder.reporter_line_between_bodies),
    ("reporter_line_after_last_sentence", creditsunder.reporter_line_after_last_sentence),
    ("reporter_line_over_next_head", creditsunder.reporter_line_over_next_head),
    ("names_glued_to_last_sentence", closingcredits.names_glued_to_last_sentence),
    ("bare_names", barenames.bare_names),
    ("headline_barred_from_byline", barredheads.headline_barred_from_byline),
    ("headline_with_glued_byline", headbylinelines.headline_with_glued_byline),
    ("headline_over_byline", bylinedheads.headline_over_byline),
    ("headline_over_body", headlinerules.headline_over_body),
    ("wrapped_headline_over_body", headlinerules.wrapped_headline_over_body),
    ("headline_wrapped_apart", wrappedheads.headline_wrapped_apart),
    ("bracketed_headline", briefheads.bracketed_headline),
    ("brief_headline", briefheads.brief_headline),
    ("wrapped_bracket_byline", bracketbylines.wrapped_bracket_byline),
    ("byline_cut_by_headline", bracketbylines.byline_cut_by_headline),
    ("byline_glued_to_lead", bylinerules.byline_glued_to_lead),
    ("names_glued_to_lead", leadbylines.names_glued_to_lead),
    ("byline_goes_on", bylinerules.byline_goes_on),
    ("byline", bylinerules.byline),
    ("wrapped_end_credit", closingcredits.wrapped_end_credit),
    ("end_credit", closingcredits.end_credit),
    ("inline_credit", _inline_credit),
    ("headline_glued_to_lead", gluedlead.headline_glued_to_lead),
    ("text", _text),
]


def classify_page(text: str) -> list[Unit]:
    """Turn the raw page into units, undoing line-level damage on the way: each line goes through
    LINE_RULES in order until one consumes it."""
    page = PageReader(text)
    gluedlead.datelines_down(page.lines)
    headcaptions.captions_out_of_heads(page.lines, page.numbers)
    spacedheads.close_spaced_heads(page.lines)
    serieslabels.series_labels_off(page.lines)
    latinlabels.labels_over_heads(page.lines, page.numbers)
    if boxedheads.has_boxes(text):
        boxedheads.blank_ad_boxes(page.lines)
        boxedheads.unbox_heads(page.lines)
        boxedheads.unbox_reports(page.lines)
    while page.index < len(page.lines):
        read_next(page)
    return subtitles_under_headlines(captions_inside_words(itemends.texts_after_item_ends(page.units)))


def read_next(page: PageReader) -> str:
    """Read the next line; returns the name of the rule that consumed it."""
    raw = page.lines[page.index]
    page.index += 1
    line = Line(raw, page.numbers[page.index - 1], raw.strip())
    return next(name for name, rule in LINE_RULES if rule(page, line))
