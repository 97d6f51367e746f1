"""A report closed by a note with no rule over it (layouts37 p02, p05, invented here): the source of its figures in
brackets alone on the line under its last sentence (`（数据来源：某县统计局）`), or a note flush under it on a page
indenting its paragraphs (`注：“…”指…。`, maybe wrapped). Both were read as the report's text (the source glued to
its last paragraph, a broken paragraph; the note a paragraph of its own). They are furniture, in no body.
Negatives: an indented paragraph opening `注：` is the report's, and so is a note-like line under an open sentence.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "集安市“边境夜校”办进农家\n"
    "本报记者 金哲\n\n"
    "　　通化市集安市在边境村开办“边境\n"
    "夜校”，今年开课\n"
    "48期，参训村民2100人次。\n"
    "{closing}"
)


def _text(closing: str) -> str:
    articles = segment(assemble(classify_page(_PAGE.format(closing=closing))))
    assert len(articles) == 1
    return articles[0].text


def test_the_source_of_the_figures_is_in_no_body():
    text = _text("（数据来源：集安市统计局）\n")
    assert text.endswith("参训村民2100人次。") and "统计局" not in text


def test_a_flush_note_under_the_last_sentence_is_in_no_body():
    text = _text("注：“边境夜校”指在村部晚间开设的\n培训课堂。\n")
    assert text.endswith("参训村民2100人次。") and "培训课堂" not in text


def test_an_indented_paragraph_opening_with_a_note_word_stays():
    text = _text("　　注：夜校课程由村民点单确定。\n")
    assert "夜校课程由村民点单确定。" in text


def test_a_note_line_under_an_open_sentence_stays():
    page = _PAGE.replace("参训村民2100人次。\n", "参训村民2100人次，\n")
    articles = segment(assemble(classify_page(page.format(closing="注：课程由村民点单。\n"))))
    assert "课程由村民点单。" in articles[0].text
