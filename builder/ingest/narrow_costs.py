"""What the text shows at each join of two lines of one narrow column (builder.ingest.narrowcolumns' search).

`LineCosts.pair(before, after)` weighs the evidence that line `after` is the next line of line `before` in one
column (negative: good evidence): the words, figures and quotes across the break (linejoin.join_cost), a
string across it that the page prints again inside a line, a bracket the next line closes (or closes without
one open), a line no sentence opens with after a finished sentence (`的实际`, `了心`), a byline under a
headline (not under text, nor a head under a byline), a headline wrapped onto a short line, and the layout:
an indented line opens a paragraph, so the line over it ended a sentence (or a head); on a page indenting
its paragraphs, after a paragraph's short last line (or a head) the next line is indented. `start(i)`: a
column opens with an indented lead or a head (1 to 3 headline-shaped lines closed by a byline, an indented
lead or a blank line); `end(i)`: a column left mid-sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.linejoin import join_cost
from builder.ingest.textrules import cjk_count, display_width, ends_sentence, full_width
from builder.text.boundaries import word_across
from builder.text.tokens import tokenize

MAX_BLOCK = 9  # lines of one block
_INDENT_OPEN = 3.0  # an indented line after a line left mid-sentence
_SHORT_OPEN = 1.5  # after a paragraph's short last line, a line not indented (a page indenting paragraphs)
_START = 3.0  # a column opening with no head, lead or open sentence before it
_OPEN_END = 1.5  # a column left mid-sentence at its end
_SHORT = 1.0  # a line this much narrower than the full width is short (a paragraph's last line)
_PAGE_WORD = -1.0  # a string across the break that the page prints again inside a line
_CJK = re.compile(r"[\u4e00-\u9fff]+")
_LONG_WORD = -0.5  # a word of three characters or more across the break (`通` / `讯员`)
_PAIRS = (("（", "）"), ("“", "”"))
_CLOSE_OPEN = -1.0  # a line closing the bracket the line before it left open
_CLOSE_NONE = 1.0  # … after a line that left none open
_HEAD_BYLINE = -1.0  # a byline under a headline
_TEXT_BYLINE = 3.0  # a byline under a line of text
_NO_OPENING = 2.0  # after a finished sentence, a line no sentence opens with
_NO_OPENING_MARKS = set("，。、；：！？”’）》…%％")
_PARTICLES = {"的", "地", "得", "了", "着", "过", "们"}
_HEAD_LINES = 3  # lines of a head (kicker, headline wrapped)
_HEAD_WRAP = -1.0  # a headline wrapped: a full line with no sentence mark over a short one
_PROSE = re.compile(r"[，。；！？、]")
_BYLINE_CHARS = 4  # characters of a byline with no space in it
_READS_ON = -1.5  # a join this cheap: a line reads on from another
_BYLINE_HEAD = 2.0  # a head right under a byline


@dataclass
class Line:
    text: str
    indented: bool
    after: int  # blank lines under it
    printed: str  # as printed, with its indent


def _head(text: str) -> bool:
    return is_headline_shape(text) or is_byline(text)


def _headish(text: str) -> bool:
    """A head's second or third line: no sentence mark (`停车难`)."""
    return not _PROSE.search(text) and not is_byline(text)


def is_byline(text: str) -> bool:
    """A byline (`本报记者　高志强`, `覃海明 农晓燕`), never a head's short last line (`停车难`)."""
    text = text.replace("\u3000", " ")
    return starts_byline(text) and (cjk_count(text) >= _BYLINE_CHARS or " " in text)


def _cannot_open(text: str) -> bool:
    """A line opening with a mark or a particle no sentence opens with (`，`, `的实际`, `了心`)."""
    if text[:1] in _NO_OPENING_MARKS:
        return True
    tokens = tokenize(text[:6])
    return bool(tokens) and tokens[0] in _PARTICLES


def _closes(before: str, after: str) -> float:
    """A line closing a bracket or quote before it opens one: it goes on from a line that left it open."""
    for opening, closing in _PAIRS:
        at = after.find(closing)
        if at >= 0 and opening not in after[:at]:
            return _CLOSE_OPEN if before.count(opening) > before.count(closing) else _CLOSE_NONE
    return 0.0


def _page_grams(texts: list[str]) -> dict[str, int]:
    grams: dict[str, int] = {}
    for text in texts:
        for size in (3, 4):
            for i in range(len(text) - size + 1):
                gram = text[i : i + size]
                grams[gram] = grams.get(gram, 0) + 1
    return grams


@dataclass
class LineCosts:
    items: list[Line]
    full: float = 0.0
    chars: int = 0
    opens: list[bool] = field(default_factory=list)  # per line: whether a sentence could open with it
    opener: list[bool] = field(default_factory=list)  # per line: whether a column could open with it
    indents: bool = False
    pairs: dict[tuple[int, int], float] = field(default_factory=dict)
    grams: dict[str, int] = field(default_factory=dict)
    topics: list[list[float]] | None = None  # per line: its cost in each column (words shared)

    def __post_init__(self) -> None:
        self.grams = _page_grams([item.text for item in self.items])
        self.full = full_width([item.printed for item in self.items])
        self.chars = sorted(len(item.printed) for item in self.items)[len(self.items) * 3 // 4]
        self.opens = [not _cannot_open(item.text) for item in self.items]
        self.opener = [self.opens_column(i) for i in range(len(self.items))]
        self.indents = sum(item.indented for item in self.items) >= 3

    def pair(self, before: int, after: int) -> float:
        """How well item `after` reads as the next line of item `before` in one column."""
        key = (before, after)
        if key in self.pairs:
            return self.pairs[key]
        a, b = self.items[before], self.items[after]
        cost = join_cost(a.text, b.text)
        if not ends_sentence(a.text):
            cost += _PAGE_WORD if self.across(a.text, b.text) else 0.0
            pieces = word_across(a.text[-6:], b.text[:6])
            cost += _LONG_WORD if pieces and len(pieces[0]) + len(pieces[1]) >= 3 else 0.0
        elif self.opens[after] is False:
            cost += _NO_OPENING
        cost += _closes(a.text, b.text)
        if is_byline(b.text) and not is_byline(a.text):
            cost += _HEAD_BYLINE if not _PROSE.search(a.text) else _TEXT_BYLINE
        elif is_byline(a.text) and self.opener[after] and not b.indented:
            cost += _BYLINE_HEAD  # a byline is followed by its article's text, not another head
        if not a.after:
            if not (_PROSE.search(a.text) or _PROSE.search(b.text) or self.short(a)):
                cost += _HEAD_WRAP if self.short(b) and not is_byline(b.text) else 0.0
            finished = ends_sentence(a.text)
            if b.indented and not finished and not self.head_end(a):
                cost += _INDENT_OPEN
            ended = (finished and self.short(a)) or (is_byline(a.text) and not _PROSE.search(a.text))
            if self.indents and ended and not b.indented and not _head(b.text):
                cost += _SHORT_OPEN  # a paragraph ended (or a head): the next one opens indented
        self.pairs[key] = cost
        return cost

    def head_end(self, item: Line) -> bool:
        """A head's last line: a byline, or a headline-shaped line short of the column's width."""
        return is_byline(item.text) or (is_headline_shape(item.text) and self.short(item))

    def across(self, before: str, after: str) -> bool:
        """A string of 3 characters across the break that the page prints again inside a line."""
        for size in (3, 4):
            for cut in range(1, size):
                gram = before[-cut:] + after[: size - cut]
                if len(gram) == size and _CJK.fullmatch(gram) and self.grams.get(gram, 0) >= 1:
                    return True
        return False

    def start(self, i: int) -> float:
        return 0.0 if self.opener[i] else _START

    def opens_column(self, i: int) -> bool:
        """A column opens with an indented lead or a head: 1 to 3 headline-shaped lines (one
        of them short of the column's width or standing apart), closed by a blank line or over a byline
        or an indented lead."""
        items = self.items
        if items[i].indented:
            return True  # (a byline stands under its headline: it opens no column)
        apart = False
        for j in range(i, min(i + _HEAD_LINES, len(items))):
            if not (is_headline_shape(items[j].text) if j == i else _headish(items[j].text)):
                return False
            apart = apart or self.short(items[j]) or items[j].after > 0
            below = items[j + 1] if j + 1 < len(items) else None
            if below is not None and (below.indented or is_byline(below.text)):
                return True  # (a line of text over a paragraph's indent ends a sentence)
            if items[j].after or below is None:
                return apart
        return False

    def end(self, i: int) -> float:
        """A column's last line: left mid-sentence, unless it stops short of the column's width."""
        item = self.items[i]
        return 0.0 if ends_sentence(item.text) or self.short(item) else _OPEN_END

    def short(self, item: Line) -> bool:
        """Stopped short of the column (a paragraph's last line), by its width or by its characters (a
        page may set its columns so many characters wide, half-width digits and all)."""
        printed = item.printed
        return display_width(printed) <= self.full - _SHORT and len(printed) <= self.chars - _SHORT


def skips(costs: LineCosts) -> int:
    """Lines left mid-sentence that the next line does not read on from, but a line a little further down
    does (a word, a figure, a bracket across the break)."""
    count = 0
    n = len(costs.items)
    for i in range(n - 1):
        if ends_sentence(costs.items[i].text) or costs.pair(i, i + 1) < 0:
            continue
        count += any(costs.pair(i, j) <= _READS_ON for j in range(i + 2, min(n, i + 2 + MAX_BLOCK)))
    return count
