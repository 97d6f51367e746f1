"""A letters column (读者来信, 来信回音; line rules of LINE_RULES in `builder.ingest.units`): what the column prints
around a reader's letter and the reply to it, never its headline, byline or text.

- The column's label alone on its line, standing apart over the letter's headline (`读者来信`, `来信回音`,
  `来信选登`), maybe after a rule closing the letter above: furniture, and a new block (read as text, it went with
  the reply's subtitle into the reply's body).
- A message board's item (`民声留言板`, `网民留言`; heldout38 p06) the same way: its label apart over the item's
  headline, maybe the citizen's question alone between blank lines (`小区…收费太高，能否规范？`, a headline by its
  `？`, not its shape); the `【部门回复】` (`【回复】`, `【答复】`) label over the reply inside the item: furniture (read as a
  bracketed headline, it opened an article of its own, the reply cut off from its message).
- The salutation to the editors alone on its line over the letter's first sentence (`编辑同志：`): furniture.
- The editors' note under a letter, after its signature (`编辑附言：…` / `编者附言：…` to its blank line): the
  editors' words, furniture (read as text, it went into the letter's last paragraph).

The letter's signature (`（某某省某某市某某街道 读者 周某）`) is a closing credit (captionshapes.split_closing_names).
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.captionshapes import split_closing_names
from builder.ingest.headlinecontext import gap_after_body
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import ends_sentence, indented

_COLUMN_LABEL = re.compile(
    r"^[【［\[■◆●]?[ \u3000]*(?:(?:读者|群众|网友)?来信(?:回音|回复|选登|照登|摘登|摘编)?|读者来信|回音壁|读者之声|群众呼声|记者回访|跟踪回访|来信追踪"
    r"|[\u4e00-\u9fff]{0,4}留言[板台]|(?:网民|网友|群众)留言)"
    r"[ \u3000]*[】］\]■◆●]?$"
)
_SALUTATION = re.compile(
    r"^(?:尊敬的)?(?:[\u4e00-\u9fff]{2,6}报)?编辑(?:同志|老师|部|部同志)?(?:们)?[:：，,]$"
)
_POSTSCRIPT = re.compile(r"^[【［\[]?(?:编辑附言|编者附言|编辑的话|编后附言)[】］\]]?[：:]")
_REPLY_LABEL = re.compile(r"^[【［\[][ \u3000]*(?:部门|单位|官方)?(?:回复|答复)[ \u3000]*[】］\]]$")
# A citizen's question printed as the item's headline: one clause or two, no sentence inside, its `？` at the end.
_QUESTION_HEADLINE = re.compile(r"^[^。！？；：:]{2,20}(?:，[^。！？；，：:]{2,12})?？$")
_HEADED_KINDS = (kinds.HEADLINE, kinds.SUBTITLE, kinds.BYLINE, kinds.KICKER)


def _apart(page: PageReader) -> bool:
    """At the page's top, after a blank line, or (on a page printing no blank line) right under a finished
    letter: its last sentence or its signature alone on its line (`（…街道 读者 某某）`)."""
    if not page.units or page.blanks or gap_after_body(page) is not None:
        return True
    last = page.units[-1].text
    return split_closing_names("。" + last)[1] == last


def _next_text(page: PageReader) -> str:
    index = page.index
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    return page.lines[index].strip() if index < len(page.lines) else ""


def letters_column_label(page: PageReader, line: Line) -> bool:
    """`来信回音` alone, a blank line (or the page's top, or a letter's signature or last sentence) over it, over
    the letter's headline: furniture."""
    if not _COLUMN_LABEL.match(line.text) or not _apart(page):
        return False
    headline = _next_text(page)
    question = _QUESTION_HEADLINE.match(headline) is not None
    if not (question or is_headline_shape(headline)):
        return False
    page.add_furniture_apart(line.text, line.number)
    if question:
        _question_over_lead(page)
    else:
        _headline_over_lead(page)
    return True


def _question_over_lead(page: PageReader) -> None:
    """The citizen's question under the label, maybe a blank line on either side of it, over the indented first
    line of the message: the item's headline (no headline rule reads a line ending in `？`)."""
    index = page.index
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    lead = index + 1
    while lead < len(page.lines) and not page.lines[lead].strip():
        lead += 1
    if lead >= len(page.lines) or not indented(page.lines[lead]):
        return
    page.add(kinds.HEADLINE, page.lines[index].strip(), page.numbers[index])
    page.units[-1].opens = True
    page.index = index + 1


def reply_label(page: PageReader, line: Line) -> bool:
    """`【部门回复】` alone on its line under a message's last sentence, over the reply's indented first line: the
    reply's label inside the item, furniture (never a headline opening an article)."""
    if not _REPLY_LABEL.match(line.text) or not page.units:
        return False
    last = page.units[-1]
    if last.kind != kinds.TEXT or not ends_sentence(last.text):
        return False
    if page.index >= len(page.lines) or not indented(page.lines[page.index]):
        return False
    return page.add(kinds.FURNITURE, line.text, line.number)


def _headline_over_lead(page: PageReader) -> None:
    """The headline right under the column's label (no blank line between) with the indented lead of a reply
    straight under it (layouts33 p04: `记者回访` / `槐底街道：加装电梯有了“协商时间表”` / `　　接到来信后，…`): the
    reply's headline, read here (the rules for a headline between bodies want a gap or a byline under it)."""
    index = page.index
    if index + 1 >= len(page.lines) or not page.lines[index].strip() or not indented(page.lines[index + 1]):
        return
    page.add(kinds.HEADLINE, page.lines[index].strip(), page.numbers[index])
    page.units[-1].opens = True
    page.index += 1


def letter_salutation(page: PageReader, line: Line) -> bool:
    """`编辑同志：` alone on its line right under the letter's head (its headline, subtitle or signature): furniture,
    never the first words of the letter's first sentence."""
    if not _SALUTATION.match(line.text) or not page.units or page.units[-1].kind not in _HEADED_KINDS:
        return False
    return page.add(kinds.FURNITURE, line.text, line.number)


def editors_postscript(page: PageReader, line: Line) -> bool:
    """`编辑附言：…` opening a paragraph under a letter's signature or last sentence, to its blank line: furniture."""
    if not _POSTSCRIPT.match(line.text) or not page.units:
        return False
    last = page.units[-1]
    if last.kind != kinds.BYLINE and not (last.kind == kinds.TEXT and ends_sentence(last.text)):
        return False
    page.add(kinds.FURNITURE, line.text, line.number)
    while page.index < len(page.lines) and page.lines[page.index].strip():
        page.add(kinds.FURNITURE, page.lines[page.index].strip(), page.numbers[page.index])
        page.index += 1
    page.blanks = 1
    return True
