"""The running text metrics.py reads in a Markdown body, and the spans in it where numbers are names.

- `paragraphs(body)`: (offset, text) of every paragraph with running text; `## ` headings, `图：` captions and
  tables (`| … |` rows: builder.ingest.tables) are left out, except a heading that is a sentence (30+
  characters with ，or ；: a line ingest took for a heading); a paragraph that ends inside a number and the
  next one that starts with its counting word (a page break: `店铺长4300余` / `名`) are one paragraph again,
  and so are a clause taken for a heading (with ，or ；, no sentence end: `## 截至目前，全区已创建“平安院落”`)
  and the paragraph that opens with its count (`2180个，…`).
- `joined_quote(quote)`: such a joined page break taken out of a quote (`店铺长4300余名`).
- `masked_spans(text)`: short quotes (“1+2+N”, “5.8 博爱周”), 《titles》 and the note in brackets after a formula.
- `clause_start`/`clause_end`, `sentence_start`/`sentence_end`: the one reading of where the clause or the sentence
  around a number begins and ends, for every rule reading around it (metric_forms, metric_skips, metrics): clause
  marks and sentence ends of either width, within a reach (a clause or sentence running past it is cut there).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from builder.extract.numbers import COUNT_UNITS

# Where a sentence (or a clause said as one, after ；) ends, for the rules reading around a number; a clause
# ends there too, or at a comma or a colon (of either width; a line break inside a paragraph ends neither).
SENTENCE_END = re.compile(r"[。；;！!？?…]")
CLAUSE_END = re.compile(r"[，,：:。；;！!？?…]")
CLAUSE_REACH = 40  # characters read before or after a number for its clause
SENTENCE_REACH = 60  # … for its sentence

__all__ = [
    "CLAUSE_END",
    "SENTENCE_END",
    "clause_end",
    "clause_start",
    "joined_quote",
    "masked_spans",
    "paragraphs",
    "sentence_end",
    "sentence_start",
]


def _start(marks: re.Pattern[str], text: str, pos: int, reach: int | None) -> int:
    if reach is not None:
        window = max(0, pos - reach)
        return max((m.end() for m in marks.finditer(text, window, pos)), default=window)
    # anywhere before: read back in growing windows (the marks are single characters), not from the text's
    # start for every number (a paragraph of 700 000 characters read whole for each of its numbers)
    span = 256
    while True:
        window = max(0, pos - span)
        found = max((m.end() for m in marks.finditer(text, window, pos)), default=None)
        if found is not None or window == 0:
            return found if found is not None else 0
        span *= 4


def _end(marks: re.Pattern[str], text: str, pos: int, reach: int | None) -> int:
    stop = len(text) if reach is None else min(len(text), pos + reach)
    found = marks.search(text, pos, stop)
    return found.start() if found else stop


def clause_start(text: str, pos: int, reach: int | None = CLAUSE_REACH) -> int:
    """Where the clause holding `pos` begins: after the last clause mark before it (at most `reach` back)."""
    return _start(CLAUSE_END, text, pos, reach)


def clause_end(text: str, pos: int, reach: int | None = CLAUSE_REACH) -> int:
    """Where the clause holding `pos` ends: at the first clause mark from it (at most `reach` on), the mark
    not included."""
    return _end(CLAUSE_END, text, pos, reach)


def sentence_start(text: str, pos: int, reach: int | None = SENTENCE_REACH) -> int:
    """Where the sentence holding `pos` begins (at most `reach` back; None: anywhere before)."""
    return _start(SENTENCE_END, text, pos, reach)


def sentence_end(text: str, pos: int, reach: int | None = SENTENCE_REACH) -> int:
    """Where the sentence holding `pos` ends (at most `reach` on), the mark not included."""
    return _end(SENTENCE_END, text, pos, reach)


_PARAGRAPH = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*\n))*")


_PROSE_HEADING = re.compile(r"#+\s*(?=[^\n]{30,}$)[^\n]*[，；][^\n]*$")  # a sentence set as a heading
# A title's note in brackets (`…表彰名单（共100名，以姓氏笔画为序）`): its comma makes no sentence of the heading.
_BRACKETED_NOTE = re.compile(r"[（(][^（）()\n]*[）)]")
_RUNS_ON = re.compile(r"[\d余多万亿]$")  # a paragraph cut inside a number (a page break: 4300余 / 名)
_UNIT_START = re.compile("^(?:" + "|".join(sorted(COUNT_UNITS, key=len, reverse=True)) + "|[余多万亿])")
# A clause the layout left on a line of its own, taken for a heading (`## 截至目前，全区已创建“平安院落”`), and
# the paragraph that goes on with the count (`2180个，组建院落巡逻队540支`): one sentence again.
_OPEN_HEADING = re.compile(r"#+\s*[^\n]*[，；][^\n]*[^。！？!?…\s]\s*$")
_COUNT_START = re.compile(
    r"^\d+(?:\.\d+)?[余多]?[万亿]?(?:" + "|".join(sorted(COUNT_UNITS, key=len, reverse=True)) + ")"
)


def paragraphs(body: str) -> Iterator[tuple[int, str]]:
    """(offset, text) of the paragraphs that hold running text; one cut inside a number is joined again, and
    so is a clause taken for a heading with the count that goes on from it."""
    spans: list[tuple[int, int]] = []
    open_heading: tuple[int, int] | None = None  # the paragraph just before, if a clause taken for a heading
    for match in _PARAGRAPH.finditer(body):
        text = match.group(0).lstrip()
        if open_heading is not None and _COUNT_START.match(text):
            if spans and spans[-1] == open_heading:
                spans.pop()
            spans.append((open_heading[0], match.end()))
            open_heading = None
            continue
        clauses = _BRACKETED_NOTE.sub("", text) if text.startswith("#") else text
        open_heading = match.span() if _OPEN_HEADING.match(clauses) else None
        if text.startswith(("图：", "图:", "|")) or (
            text.startswith("#") and not (_PROSE_HEADING.match(text) and re.search("[，；]", clauses))
        ):
            continue
        # only the previous paragraph's last characters (`$` also matches before a final newline): searching
        # from the body's start made this quadratic in the body's length
        if (
            spans
            and _RUNS_ON.search(body, max(0, spans[-1][1] - 2), spans[-1][1])
            and _UNIT_START.match(text)
        ):
            spans[-1] = (spans[-1][0], match.end())
        else:
            spans.append(match.span())
    for start, end in spans:
        text = body[start:end]
        heading = re.match(r"#+\s*", text)
        yield (start + heading.end(), text[heading.end() :]) if heading else (start, text)


_BREAK = re.compile(r"[ \t]*\n[ \t]*\n\s*")  # a page break joined inside a number


def joined_quote(quote: str) -> str:
    """A quote without the page break that paragraphs() joined inside a number."""
    return _BREAK.sub("", quote)


_SHORT_QUOTE = re.compile(
    r"“[^“”\n]{1,15}”|‘[^‘’\n]{1,15}’|「[^「」\n]{1,15}」|\"[^\"\n]{1,15}\"|《[^《》\n]*》"
)
_FORMULA_NOTE = re.compile(r"[”\"’][(（][^()（）]*[)）]")


def masked_spans(text: str) -> list[tuple[int, int]]:
    """Spans where a number is a name, not a count: short quotes, 《titles》, the note after a formula."""
    spans = [m.span() for m in _SHORT_QUOTE.finditer(text)]
    for match in _FORMULA_NOTE.finditer(text):
        quote_open = text.rfind("“", max(0, match.start() - 40), match.start())
        if quote_open >= 0 and (
            "+" in text[quote_open : match.start()] or "＋" in text[quote_open : match.start()]
        ):
            spans.append((match.start() + 1, match.end()))
    return spans
