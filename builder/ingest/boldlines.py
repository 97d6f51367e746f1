"""The line rules for lines an extraction marks or doubles (part of LINE_RULES in `builder.ingest.units`; moved
out of `units`): a bold headline whose characters were doubled, a Markdown heading (`# …`), a bold lead
(`**…**`) as a heading then text.
"""

from __future__ import annotations

import re

from builder.ingest import (
    headlinecontext,
)
from builder.ingest import pagelines as kinds
from builder.ingest.captionshapes import split_inline_credit
from builder.ingest.headlinecontext import headline_line
from builder.ingest.headlinestacks import after_finished_article
from builder.ingest.lineshapes import LINE_SHAPE, is_label_word
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import (
    ends_sentence,
    split_bold_doubled,
    split_headlines,
)
from builder.text.numerals import LIST_NUMBER

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


def bold_doubled(page: PageReader, line: Line) -> bool:
    """A bold headline whose characters the extraction doubled: headlines, then the text after them."""
    doubled = split_bold_doubled(line.text)
    if not doubled:
        return False
    if _section_head_in_body(
        page, doubled
    ):  # `一一、、建建阵阵地地　　歇歇脚脚有有去去处处` between paragraphs
        return page.add(kinds.HEADING, re.sub(r"\s+", " ", doubled[0].strip()), line.number)
    if _column_label_over_headline(page, line, doubled):
        return True
    # headlines side by side keep the columns' gap between them (two spaces or more)
    parts = [h for part in re.split(r"\s{2,}", doubled[0].strip()) for h in split_headlines(part)]
    apart = len(parts) == 1 and not doubled[1] and _apart_over_body(page, parts[0])
    for headline in parts:
        page.add(kinds.HEADLINE, headline, line.number)
    page.units[-1].opens = apart
    if doubled[1]:
        page.add(kinds.TEXT, doubled[1], line.number)
    return True


def _section_head_in_body(page: PageReader, doubled: tuple[str, str]) -> bool:
    """A doubled bold line opening with a list item's number (`一、…`: numerals.LIST_NUMBER) alone on its line,
    right after a finished paragraph of the text (maybe a photo's caption between): the article's numbered
    section head, not a headline."""
    passed = (kinds.CAPTION, kinds.CREDIT, kinds.FURNITURE)
    last = next((u for u in reversed(page.units) if u.kind not in passed), None)
    return (
        not doubled[1]
        and LIST_NUMBER.match(doubled[0].strip()) is not None
        and last is not None
        and last.kind == kinds.TEXT
        and ends_sentence(last.text)
    )


def _column_label_over_headline(page: PageReader, line: Line, doubled: tuple[str, str]) -> bool:
    """A column's label word doubled character by character (`基基层层观观察察`, `评评论论员员`), standing apart after
    a finished article over a plain headline line with its indented body right under it: the label is furniture
    (it parts the article above from the next), the line under it that article's headline (opening it)."""
    return not doubled[1] and _label_over_headline(page, line, doubled[0].strip())


def plain_label_over_headline(page: PageReader, line: Line) -> bool:
    """The same label printed plain (`基层观察`), a blank line on either side of it: furniture over the headline
    of the commentary under it, which opens an article of its own (not a subheading of the report above)."""
    after = page.lines[page.index] if page.index < len(page.lines) else ""
    return (
        not line.indent
        and not after.strip()
        and _label_over_headline(page, line, line.text, flush_headline=True)
    )


def _label_over_headline(page: PageReader, line: Line, label: str, *, flush_headline: bool = False) -> bool:
    """`label` (the line's word, read once) over a headline and its indented body, after a finished article.
    `flush_headline` (the plain label's): the line under the label stands flush; an indented one is a
    paragraph's line (a `问：` turn), the label a name, no label."""
    if not page.blanks or not is_label_word(label) or not after_finished_article(page):
        return False
    head = page.index
    while head < len(page.lines) and not page.lines[head].strip():
        head += 1
    if flush_headline and head < len(page.lines) and page.lines[head].startswith(("\u3000", " ")):
        return False
    if head + 1 >= len(page.lines):
        return False
    text = page.lines[head].strip()
    if split_bold_doubled(text) or not headline_line(text) or LINE_SHAPE["subtitle"].match(text):
        return False
    body = headlinecontext.paragraph_from(page, head + 1, gap=0)
    if (
        not page.lines[head + 1].startswith(("\u3000", " "))
        or not body
        or not headlinecontext.reads_as_body(body)
    ):
        return False
    page.add_furniture_apart(label, line.number)
    page.add(kinds.HEADLINE, text, page.numbers[head])
    page.units[-1].opens = True
    page.index = head + 1
    return True


def _apart_over_body(page: PageReader, headline: str) -> bool:
    """One doubled headline standing apart after a finished body (heldout15 p02, under a boxed ad the page's
    furniture), over a body: it opens its article, as a plain headline there does."""
    body = headlinecontext.paragraph_from(page, page.index)
    return (
        bool(body)
        and headlinecontext.reads_as_body(body)
        and headlinecontext.after_body(page, headline, body)
    )


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def markdown_heading(page: PageReader, line: Line) -> bool:
    """`# …`/`## …`: a headline; deeper levels: a heading."""
    markdown = _MD_HEADING.match(line.text)
    if not markdown:
        return False
    kind = kinds.HEADLINE if len(markdown.group(1)) <= 2 else kinds.HEADING
    return page.add(kind, markdown.group(2).replace("**", "").strip(), line.number)


def bold_lead(page: PageReader, line: Line) -> bool:
    """`**…**` at the start of a line: a heading (open if it goes on on a later line), then text."""
    if not line.text.startswith("**"):
        return False
    text, credit = split_inline_credit(line.text)
    for kind, piece in classify_bold(text):
        page.add(kinds.HEADING if kind == kinds.OPEN_HEADING else kind, piece, line.number, line.indent)
        page.units[-1].open_end = kind == kinds.OPEN_HEADING
        page.seen_text = True
    return not credit or page.add(kinds.CREDIT, credit, line.number)
