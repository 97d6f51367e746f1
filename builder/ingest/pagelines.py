"""A page read line by line: the kinds of unit a line can become, the unit, and the reader's state.

`builder.ingest.units` holds the rules (LINE_RULES) that turn the lines into units; the byline rules live in
`builder.ingest.bylinerules`. Both work on the PageReader defined here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from builder.ingest.headlinebylines import split_headline_byline
from builder.ingest.subtitlebylines import split_subtitle_byline
from builder.ingest.textrules import display_width, indented

TEXT = "text"
HEADLINE = "headline"  # an article title, wherever the layout put it
HEADING = "heading"  # a subheading inside an article
BYLINE = "byline"
CAPTION = "caption"
CREDIT = "credit"
NUMBER = "number"  # 一 / 二 / 三 on a line of its own: a numbered part of an overview
SUBTITLE = "subtitle"  # ——平凉市多举措…
KICKER = "kicker"  # 引题: a line printed above the main headline, which becomes the subtitle
JUMP_OUT = "jump-out"  # （下转第5版）: the article goes on elsewhere
JUMP_IN = "jump-in"  # （上接第4版）: an article that began elsewhere goes on here
SIDEBAR = (
    "sidebar"  # the label of a boxed sidebar (记者手记, 短评, 链接): it and the text under it are furniture
)
FURNITURE = "furniture"
TABLE = "table"  # a table flattened into lines (builder.ingest.tables): its printed lines, `\n` between
OPEN_HEADING = "open-heading"  # only inside classify_bold: a bold run that continues on a later line
# the units that open an article: lines on either side of one are two articles'
ARTICLE_HEADS = (HEADLINE, BYLINE, KICKER, SUBTITLE)


@dataclass(slots=True)
class Unit:
    kind: str
    text: str
    line: int  # 1-based line in the raw page
    indent: bool = False  # the raw line started with a space (a first-line indent survived)
    blanks_before: int = 0  # blank lines between this unit and the previous non-blank line
    width: float = 0.0
    open_end: bool = False  # a heading cut in two by the layout (`**…为重点**` / `**完善…。**`)
    inside: bool = False  # a caption the layout printed inside a sentence of the text around it
    opens: bool = False  # a headline printed right above its own body, with no byline: it starts an article
    # (also a text line: a brief's lead with no headline, after its bullet; the paragraph it opens keeps it)


@dataclass(slots=True)
class Line:
    """One raw line as the rules see it: `text` is stripped, and cleaned by the cleaning rules."""

    raw: str
    number: int  # 1-based
    text: str

    @property
    def indent(self) -> bool:
        return indented(self.raw)


def prints_no_blank_line(lines: list[str]) -> bool:
    """The page prints no blank line between its first and last lines of text (blank lines over and under them,
    the file's last newline, aside): its heads and bodies set apart by nothing but their shapes. A page with no
    text prints none either way: False. (Other questions: blanklines' stretch of 40 lines with none; creditsunder's
    no blank line over the line being read.)"""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return bool(filled) and all(lines[i].strip() for i in range(filled[0], filled[-1] + 1))


class PageReader:
    """The state of classify_page(): the page's lines, where reading is, and the units so far."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")
        # the page's line number of each line (a line a rule split or put back keeps its number)
        self.numbers = list(range(1, len(self.lines) + 1))
        self.index = 0  # the next line to read
        self.units: list[Unit] = []
        self.blanks = 0  # blank lines since the last unit
        self.seen_text = False
        # the last line with text: whether only blank lines follow is asked of many lines, in O(1)
        self.last_text_index = max((i for i, raw in enumerate(self.lines) if raw.strip()), default=-1)
        # what a rule works out once a page and keeps up to date as the page is read, under the rule's own name
        # (has_read's answers, the page heads read so far, the bulleted sentences counted): the one place a rule
        # keeps state of its own between the lines it is asked about
        self.memo: dict[str, Any] = {}

    def texts_from(self, start: int) -> Iterator[str]:
        """The stripped non-blank lines from `start` on, lazily: a rule looking ahead stops at what it needs
        (slicing the rest of a page for every line read a 50 MB page quadratically)."""
        lines = self.lines
        for index in range(start, len(lines)):
            text = lines[index].strip()
            if text:
                yield text

    def only_blanks_from(self, start: int) -> bool:
        """Nothing but blank lines from `start` to the page's end."""
        return start > self.last_text_index

    def has_read(self, name: str, test: Callable[[Unit], bool]) -> bool:
        """Whether a unit read so far passes `test` (asked under `name`): each unit is tested once, however
        often it is asked, and a yes stays a yes."""
        start, found = self.memo.get(name, (0, False))
        if not found:
            units = self.units
            start = min(start, len(units))  # units taken back since: ask again from where the list ends
            found = any(test(units[index]) for index in range(start, len(units)))
            self.memo[name] = (len(units), found)
        return found

    def insert_line(self, text: str) -> None:
        """Put `text` back as the next line to read (the rest of a line a rule read only the start of)."""
        self.lines.insert(self.index, text)
        self.numbers.insert(self.index, self.numbers[self.index - 1] if self.index else 1)
        if self.index <= self.last_text_index:
            self.last_text_index += 1  # the lines after it moved down one
        if text.strip():
            self.last_text_index = max(self.last_text_index, self.index)

    def add(self, kind: str, value: str, line_no: int, indent: bool = False) -> bool:
        byline = None
        if kind == SUBTITLE:  # the byline a subtitle's line may carry after a gap (subtitlebylines.py)
            value, byline = split_subtitle_byline(value)
        elif kind == HEADLINE:  # the byline glued to a headline's line end (headlinebylines.py)
            value, byline = split_headline_byline(value)
        self.units.append(Unit(kind, value, line_no, indent, self.blanks, display_width(value)))
        self.blanks = 0
        if byline:
            self.units.append(Unit(BYLINE, byline, line_no, False, 0, display_width(byline)))
        return True

    def add_furniture_apart(self, value: str, line_no: int) -> bool:
        """`value` as furniture that sets what follows apart as a blank line would (a label, a running head, a
        copied page's tools, a contact line glued to the last sentence): added, then read as one blank line."""
        self.add(FURNITURE, value, line_no)
        self.blanks = 1
        return True

    def add_text(self, value: str, line: Line) -> bool:
        self.seen_text = True
        return self.add(TEXT, value, line.number, line.indent)


# A rule looks at one line and returns True when it has consumed it; the first that does wins. A cleaning
# rule edits `line.text` and returns False.
LineRule = Callable[[PageReader, Line], bool]
