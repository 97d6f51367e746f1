"""A pull quote: a sentence of the article repeated in large type inside its text, between blank lines, in
quotes (heldout16 p08: `…我们推行` / blank / `“关键是让驻区单位从` / `‘旁观者’变成` / `‘参与者’。”` / blank /
`“需求共商、…”，今` …, the sentence printed word for word a few lines above). Page furniture: its lines are no
text of the article, and the sentence it cuts goes on under it as if it were not there (a line rule, after the
furniture rule). Set in bold, the extraction may double it character by character, its quote marks too
(heldout38 p06: `““群群众众的的小小事事，，` / `就就是是社社区区的的大大事事””`): every line of the block doubled is
read halved (textrules.split_bold_doubled), so it repeats the sentence as well, and is read before bold_doubled
takes it for a headline.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import ends_sentence, split_bold_doubled

_MAX_LINES = 4  # lines of a pull quote
_MIN_CHARS = 10  # characters of its sentence
_REACH = 40  # lines either side where the article prints the sentence
_MARKS = re.compile(r"[“”‘’「」『』\"'\s]")


def _plain(text: str) -> str:
    return _MARKS.sub("", text)


def _halved(block: list[str]) -> list[str]:
    """The block's lines as printed once: each halved when every line of it is a bold line doubled whole."""
    doubled = [split_bold_doubled(text) for text in block]
    if all(pair is not None and not pair[1] for pair in doubled):
        return [pair[0] for pair in doubled if pair is not None]
    return block


def pull_quote(page: PageReader, line: Line) -> bool:
    """A line rule: the first line of a quoted block between blank lines, set inside an open sentence, whose
    sentence the text around it prints word for word: the block is furniture, the blank lines around it too."""
    if not (line.text.startswith(("“", "「")) and page.blanks and page.units):
        return False
    last = page.units[-1]
    if last.kind != kinds.TEXT or ends_sentence(last.text):
        return False
    block = [line.text]
    end = page.index
    while end < len(page.lines) and page.lines[end].strip() and len(block) <= _MAX_LINES:
        block.append(page.lines[end].strip())
        end += 1
    block = _halved(block)
    if len(block) > _MAX_LINES or end >= len(page.lines) or not block[-1].endswith(("”", "」")):
        return False
    quote = _plain("".join(block))
    if len(quote) < _MIN_CHARS:
        return False
    around = page.lines[max(0, page.index - 1 - _REACH) : page.index - 1] + page.lines[end : end + _REACH]
    if quote not in _plain("".join(around)):
        return False
    blanks = page.blanks
    page.add(kinds.FURNITURE, "".join(block), line.number)
    while end < len(page.lines) and not page.lines[end].strip():
        end += 1
    page.index = end
    page.blanks = 0 if blanks else blanks  # the sentence goes on under it
    return True
