"""A headline the column wrapped over two or three full lines, standing apart (a line rule of LINE_RULES).

Real R17 r17_01: a brief's long headline set in the column's own width (`安徽省合肥市庐阳区海棠街道清` / `华社区：“红色
小管家”架起服` / `务群众“连心桥”`), two blank lines over it under the report above, one blank line under it over the
indented lead. `wrapped_headline_over_body` takes only lines narrower than the column with the body straight
under them, so these lines were read as text and the brief ran into the report above (its closing names signing
that report).

`headline_wrapped_apart` takes such a block when its lines, joined, read as one headline (no sentence mark, no
comma, 40 characters at most, no credit of a photo), the block stands after a finished body (two blank lines,
or one and a place the lead takes up: `headlinecontext.after_body`) or at the page's top, and a blank line under it
or the indented lead straight under it leads to a body (an indented paragraph, or one with a sentence end). A paragraph always ends its sentence, so a
block that ends none and has no comma is no paragraph; a photo's caption names its photographer or ends its
sentence.

`short_headline_wrapped_apart` takes a short headline set in larger type over two lines (`板凳会上听` / `群众声音`,
the rv37 review's page): each line well under the body's column, flush between blank lines after a finished body,
over an indented body. No word runs across its break and it names no place, so neither the rule above nor
newheadlines.py took it, and the report ran into the one above under a subheading.
"""

from __future__ import annotations

from builder.ingest.captionshapes import is_credit_text
from builder.ingest.headlinecontext import (
    after_body,
    at_top,
    close_item_before,
    gap_after_body,
    paragraph_from,
    reads_as_body,
)
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import HEADLINE, Line, PageReader
from builder.ingest.textrules import cjk_count, display_width, ends_sentence, indented

_MAX_LINES = 3
_CAMERA = ("摄", "供图", "图片")


def headline_wrapped_apart(page: PageReader, line: Line) -> bool:
    """A line rule: a headline wrapped over two or three lines standing between blank lines, over its body."""
    if line.indent or not (page.blanks or at_top(page)):
        return False
    block, end = _block(page, line)
    if not 2 <= len(block) <= _MAX_LINES:
        return False
    # a label over its headline (`记者手记：`), or headlines stacked (no word cut by a break): no wrapped head
    if any(text.endswith(("：", ":")) for text in block) or not any(map(_cuts_word, block, block[1:])):
        return False
    title = "".join(block)
    if not _reads_as_headline(title):
        return False
    body = paragraph_from(page, end)
    if not body or not reads_as_body(body) or not _leads(page, end):
        return False
    if page.lines[end].strip() and not _fills_column(block, body):
        return False  # straight over its lead, the head shows by its lines wrapped at the column's width
    if not (at_top(page) or after_body(page, title, body)):
        return False
    _opens_article(page, title, line, end)
    return True


def _reads_as_headline(title: str) -> bool:
    """The lines joined read as one headline: no sentence mark nor comma, no photo's credit."""
    return (
        is_headline_shape(title)
        and not ends_sentence(title)
        and not is_credit_text(title)
        and not title.endswith(_CAMERA)
    )


def _opens_article(page: PageReader, title: str, line: Line, end: int) -> None:
    """The headline opens its article (the item above closed by its reporter's name); reading goes on at `end`."""
    close_item_before(page)
    page.add(HEADLINE, title, line.number)
    page.units[-1].opens = True
    page.index = end


_LARGE_TYPE = 0.6  # a line of a headline set in larger type holds at most this share of the body's column


def short_headline_wrapped_apart(page: PageReader, line: Line) -> bool:
    """A line rule: a short headline set in larger type and wrapped over two lines (`板凳会上听` / `群众声音`),
    flush between blank lines after a finished body, over an indented body: the next article's headline, though
    no word runs across the break and it names no place. Each line holds well under the column's width (a
    subheading set in the body's type wraps only at the column's edge), the second no longer than the first (the
    wrap filled the first), and the pair reads as one headline (no sentence mark, comma, colon or credit). Two lines as long as each other are a headline's two halves, joined by
    a space (`小网格` / `大民生`); a shorter second line, one phrase the wrap cut (joined with none)."""
    if line.indent or not gap_after_body(page):
        return False
    block, end = _block(page, line)
    if len(block) != 2 or page.lines[end].strip() or any(text.endswith(("：", ":")) for text in block):
        return False
    body = paragraph_from(page, end)
    if not body or not reads_as_body(body) or not _leads(page, end) or not indented(page.lines[end + 1]):
        return False
    column = _column(body)
    if not column or any(display_width(text) > _LARGE_TYPE * column for text in block):
        return False
    first, second = block
    if display_width(second) > display_width(first):
        return False  # no wrap: a label over a subheading (`一张清单` / `服务跟着需求走`), two phrases
    title = f"{first} {second}" if cjk_count(first) == cjk_count(second) else first + second
    if not _reads_as_headline(title):
        return False
    _opens_article(page, title, line, end)
    return True


def _column(body: list[str]) -> float:
    """The column's width: most of a paragraph's lines are full (its last one aside)."""
    widths = sorted(display_width(text) for text in body[:-1]) or [display_width(body[0])]
    return widths[len(widths) // 2]


def _cuts_word(above: str, below: str) -> bool:
    """The break cuts a word or a name (`…海棠街道清` / `华社区…`, `…架起服` / `务群众…`): the column wrapped it."""
    return join_cost(above, below) < 0


def _block(page: PageReader, line: Line) -> tuple[list[str], int]:
    """The line and the unindented lines under it up to a blank line or an indented one (the lead straight
    under the head), one more than the most a head takes at most (too long), and the index where it ends (the
    page's end ends none: then no block)."""
    block, index = [line.text], page.index
    lines = page.lines
    while (
        index < len(lines)
        and lines[index].strip()
        and not indented(lines[index])
        and len(block) <= _MAX_LINES
    ):
        block.append(lines[index].strip())
        index += 1
    if index >= len(lines):
        return [], index
    return block, index


def _fills_column(block: list[str], body: list[str]) -> bool:
    """Every line of the block but its last as wide as the body's full lines (the column), no bracket in it."""
    lengths = sorted(len(text) for text in body[1:])  # (characters: a quote mark is one, as set)
    column = lengths[len(lengths) // 2] if lengths else 0  # most of a paragraph's lines are full
    full = all(len(text) >= column - 1 for text in block[:-1])
    return full and not any(mark in "".join(block) for mark in "（）()【】")


def _leads(page: PageReader, end: int) -> bool:
    """The paragraph from `end` (past a blank line) opens indented, or the page indents none of its lines."""
    index = end
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    return index < len(page.lines) and (indented(page.lines[index]) or not _indents(page))


def _indents(page: PageReader) -> bool:
    """Whether the page indents any line: looked at once a page."""
    if "indents any line" not in page.memo:
        page.memo["indents any line"] = any(map(indented, page.lines))
    return page.memo["indents any line"]
