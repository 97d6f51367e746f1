"""Classify the lines of a raw page into units: text lines and the page's non-text pieces.

A unit is a text line (to be rejoined into paragraphs later) or one of: a headline, a heading, a byline,
a caption or photo credit, a part number of an overview (一、二), a subtitle (——…), page furniture.
"""

from __future__ import annotations

import re

from builder.ingest import (
    apartheads,
    barenames,
    barredheads,
    boxedheads,
    bracketbylines,
    briefheads,
    briefs,
    bylinedheads,
    bylinepieces,
    bylinerules,
    celltables,
    closingcredits,
    copiedpages,
    creditsunder,
    footcredits,
    footheads,
    footnotes,
    furnitureboxes,
    gluedfooter,
    gluedheads,
    gluedlead,
    headblocks,
    headbylinelines,
    headcaptions,
    headlinecolon,
    headlinepause,
    headlinerules,
    headlinestacks,
    headlinesubtitles,
    itemends,
    labelleditems,
    latinlabels,
    leadbylines,
    letters,
    listparagraphs,
    noteheads,
    numberedcaptions,
    ocrdamage,
    openletters,
    pagefurniture,
    photolines,
    placelines,
    pullquotes,
    reprintsources,
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
from builder.ingest.boldlines import bold_doubled, bold_lead, markdown_heading, plain_label_over_headline
from builder.ingest.captionlines import captions_inside_words
from builder.ingest.captionshapes import split_inline_credit
from builder.ingest.headorder import subtitles_under_headlines
from builder.ingest.jumplines import (
    continuation_marker,
    end_mark_line,
    inline_continuation_markers,
    jump_headline_with_marker,
)
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelabels import (
    is_sidebar_label,
    is_vertical_headline,
    next_text_line,
    read_deck_beside,
    stands_as_label,
    vertical_label,
)
from builder.ingest.pagelines import Line, LineRule, PageReader, Unit
from builder.ingest.textrules import (
    collapse_spaced_letters,
)
from builder.text.numerals import NUMBERS_TO_TEN

__all__ = ["LINE_RULES", "Unit", "classify_page", "read_next"]


def _blank(page: PageReader, line: Line) -> bool:
    """A blank line: counted, so the next unit knows how far it stands from the one before."""
    if line.text:
        return False
    page.blanks += 1
    return True


def _editors_note_label(page: PageReader, line: Line) -> bool:
    """An editor's note's label alone on its line over the note (`【编者按】` / `乡村振兴，关键在党。…`): the label
    opens the note's first line, as when printed on it, so the note is read as one (segment leaves it out)."""
    if not noteheads.EDITORS_NOTE_LABEL.match(line.text) or page.index >= len(page.lines):
        return False
    raw = page.lines[page.index]
    if not raw.strip():
        return False
    page.lines[page.index] = raw[: len(raw) - len(raw.lstrip())] + line.text + raw.lstrip()
    return True


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


def _spaced_letters(page: PageReader, line: Line) -> bool:
    """Cleaning: letters spaced out by the layout (`A P P`) are closed up."""
    line.text = collapse_spaced_letters(line.text)
    return False


_NUMBER_LINE = re.compile(rf"^[{NUMBERS_TO_TEN}]{{1,3}}[、.．]?$")


def _number(page: PageReader, line: Line) -> bool:
    """`一`/`二、` alone on a line: the number of a part of an overview."""
    return bool(_NUMBER_LINE.match(line.text)) and page.add(
        kinds.NUMBER, line.text.rstrip("、.．"), line.number
    )


def _subtitle(page: PageReader, line: Line) -> bool:
    """`——平凉市多举措…` without a sentence end: a subtitle; right under its headline (one a line rule read
    first: a bold one doubled, bold_doubled), with the lines the column wrapped it onto."""
    if LINE_SHAPE["subtitle"].match(line.text) and not re.search(r"[。！？；]", line.text):
        under_headline = bool(page.units) and page.units[-1].kind == kinds.HEADLINE and not page.blanks
        page.add(kinds.SUBTITLE, line.text, line.number)
        if under_headline:
            headlinesubtitles.read_subtitle_wrap(page)
        return True
    return False


def _spaced_label(page: PageReader, line: Line) -> bool:
    """A page or column label printed spaced out (`党 建 · 基 层 治 理`, `特 别 报 道`), standing before a
    blank line: furniture, never a headline."""
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if following or not LINE_SHAPE["spaced_label"].match(line.text):
        return False
    return page.add_furniture_apart(line.text, line.number)


def _sidebar(page: PageReader, line: Line) -> bool:
    """`记者手记`, `短评 让“院坝会”常开常新`, `链接` after an article: a sidebar, left out with its text (a
    `政策解读` box only over its questions; never a wrapped headline's second line, pagelabels.stands_as_label)."""
    below = next_text_line(page.lines, page.index)
    return bool(
        page.seen_text and is_sidebar_label(line.text, below) and stands_as_label(page, line.text)
    ) and page.add(kinds.SIDEBAR, line.text, line.number)


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
    ("editors_note_label", _editors_note_label),
    ("continuation_marker", continuation_marker),
    ("vertical_label", _vertical_label_rule),
    ("jump_headline_with_marker", jump_headline_with_marker),
    ("inline_continuation_markers", inline_continuation_markers),
    ("end_mark_line", end_mark_line),
    ("number_hyphen", ocrdamage.number_hyphen),
    ("cell_per_line_table", celltables.cell_per_line_table),
    ("source_after_end", copiedpages.source_after_end),
    ("author_under_posted", copiedpages.author_under_posted),
    ("copied_page", copiedpages.copied_page_line),
    ("site_copy", sitecopies.site_copy_line),
    ("furniture_beside", pagefurniture.furniture_beside),
    ("furniture", pagefurniture.page_furniture),
    ("letters_column_label", letters.letters_column_label),
    ("letter_salutation", letters.letter_salutation),
    ("reply_label", letters.reply_label),
    ("editors_postscript", letters.editors_postscript),
    ("letter_title", openletters.letter_title),
    ("letter_signature", openletters.letter_signature),
    ("summary_box", furnitureboxes.summary_box),
    ("place_line", placelines.place_line),
    ("wire_head", wireheads.wire_head),
    ("page_head_again", runningheads.page_head_again),
    ("line_printed_twice", ocrdamage.line_printed_twice),
    ("footer_glued_to_sentence", gluedfooter.footer_glued_to_sentence),
    ("headline_glued_to_sentence", gluedheads.headline_glued_to_sentence),
    ("foot_block", footcredits.foot_block),
    ("note_under_rule", footnotes.note_under_rule),
    ("note_under_report", footnotes.note_under_report),
    ("pull_quote", pullquotes.pull_quote),
    ("headline_cut_at_colon", headlinecolon.headline_cut_at_colon),
    ("headline_cut_at_pause", headlinepause.headline_cut_at_pause),
    ("reporter_after_lead", signedlead.reporter_after_lead),
    ("bold_brief_headline", briefheads.bold_brief_headline),
    ("section_bar_head", sectionbars.section_bar_head),
    ("bold_doubled", bold_doubled),
    ("plain_label_over_headline", plain_label_over_headline),
    ("head_doubled_over_lines", footheads.head_doubled_over_lines),
    ("genre_label_over_headless_body", footheads.genre_label_over_headless_body),
    ("spaced_label", _spaced_label),
    ("spaced_letters", _spaced_letters),
    ("markdown_heading", markdown_heading),
    ("bold_lead", bold_lead),
    ("roundup_part_head", roundupparts.roundup_part_head),
    ("brief_column_label", briefs.brief_column_label),
    ("brief_bullet", briefs.brief_bullet),
    ("headless_brief", briefs.headless_brief),
    ("labelled_report", labelleditems.labelled_report),
    ("run_in_bracketed_headline", briefheads.run_in_bracketed_headline),
    ("headline_bullet", headlinerules.headline_bullet),
    ("bullet_paragraph", listparagraphs.bullet_paragraph),
    ("numbered_caption_block", numberedcaptions.numbered_caption_block),
    ("caption_mark", photolines.caption_mark),
    ("photo_caption", photolines.photo_caption),
    ("sentence_and_credit", photolines.sentence_and_credit),
    ("credit", photolines.credit_line),
    ("caption_under_its_credit", photolines.caption_under_its_credit),
    ("portrait_name_over_credit", photolines.portrait_name_over_credit),
    ("portrait_caption_under_head", photolines.portrait_caption_under_head),
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
    ("headline_alone_at_foot", footheads.headline_alone_at_foot),
    ("headline_under_its_body", footheads.headline_under_its_body),
    ("headline_over_subtitle", headlinesubtitles.headline_over_subtitle),
    ("headline_over_editors_note", noteheads.headline_over_editors_note),
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
    ("headline_apart_over_lead", apartheads.headline_apart_over_lead),
    ("headline_wrapped_apart", wrappedheads.headline_wrapped_apart),
    ("short_headline_wrapped_apart", wrappedheads.short_headline_wrapped_apart),
    ("bracketed_headline", briefheads.bracketed_headline),
    ("brief_headline", briefheads.brief_headline),
    ("wrapped_bracket_byline", bracketbylines.wrapped_bracket_byline),
    ("byline_cut_by_headline", bracketbylines.byline_cut_by_headline),
    ("byline_glued_to_lead", bylinerules.byline_glued_to_lead),
    ("names_glued_to_lead", leadbylines.names_glued_to_lead),
    ("byline_goes_on", bylinerules.byline_goes_on),
    ("contributed_under_headline", bylinerules.contributed_under_headline),
    ("research_group_under_head", bylinerules.research_group_under_head),
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
    ocrdamage.ocr_dashed_subtitles(page.lines)
    headlinesubtitles.subtitles_glued_to_headlines(page.lines, page.numbers)
    headcaptions.captions_out_of_heads(page.lines, page.numbers)
    spacedheads.close_spaced_heads(page.lines)
    serieslabels.series_labels_off(page.lines)
    latinlabels.labels_over_heads(page.lines, page.numbers)
    latinlabels.translations_off(page.lines, page.numbers)
    bylinepieces.bylines_in_pieces_joined(page.lines, page.numbers)
    if boxedheads.has_boxes(text):
        boxedheads.drawn_tables(page.lines, page.numbers)
        boxedheads.blank_ad_boxes(page.lines)
        boxedheads.unbox_heads(page.lines)
        boxedheads.unbox_reports(page.lines)
    while page.index < len(page.lines):
        read_next(page)
    units = reprintsources.reprints_apart(itemends.texts_after_item_ends(page.units))
    return subtitles_under_headlines(captions_inside_words(units))


def read_next(page: PageReader) -> str:
    """Read the next line; returns the name of the rule that consumed it."""
    raw = page.lines[page.index]
    page.index += 1
    line = Line(raw, page.numbers[page.index - 1], raw.strip())
    return next(name for name, rule in LINE_RULES if rule(page, line))
