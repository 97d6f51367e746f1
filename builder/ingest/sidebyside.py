"""Two columns a layout-preserving extraction (`pdftotext -layout`) printed side by side on the same lines,
put one after the other: the left column's lines, then the right column's.

Such a page is told by its column gap: on many lines a run of spaces ends at the same display column (a
CJK character is two columns wide), the right column's left edge. The spaces of ordinary text (`上 海 · 社
区`, `第 4 版`, `记者 陆云`, `星期四  第1版`) are one or two wide and never line up, so those pages are
left as they are. Lines that cross the edge (a banner over both columns) stay where they are and close the
stretch of columns before them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.datelines import BAOXUN
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import is_drawn_rule
from builder.ingest.pagelines import Unit
from builder.ingest.reporternames import WRITER_ROLES
from builder.ingest.tables import row_cells
from builder.ingest.textrules import ends_sentence

_GAP = re.compile(r" {3,}")  # a column gap is at least three spaces wide
_CUT_GAP = re.compile(r" {2,}")  # once the edge is known, a line that fills the left column leaves two
MIN_ALIGNED_LINES = 4  # lines whose gap ends at the same column before a page counts as side by side
_TOLERANCE = 1  # display columns the right column's edge may wander
_SPANNED = 8  # display columns past the edge a gap must resume at to span a blank column of its own
_MAX_LINE = 1000  # characters: no page prints a wider line
_INDENT = 2  # display columns of a paragraph's indent of two full-width spaces, made ASCII (one column each)
_CELL_INDENT = 4  # the same indent set as the layout sets two CJK cells: four ASCII spaces


def layout_columns(text: str) -> int:
    """Display columns of text as a layout extraction sets it: wide (CJK, full-width) characters take two."""
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _inner_gaps(line: str, gap_pattern: re.Pattern[str] = _GAP) -> list[tuple[int, int, int]]:
    """(start, end, column where the text resumes) of each run of three or more spaces inside the line;
    none on a line longer than any printed page is wide (a hostile page's megabyte line)."""
    if len(line) > _MAX_LINE:
        return []
    gaps = []
    column, done = 0, 0
    for gap in gap_pattern.finditer(line):
        column += layout_columns(line[done : gap.end()])
        done = gap.end()
        if gap.start() > 0 and gap.end() < len(line):
            gaps.append((gap.start(), gap.end(), column))
    return gaps


def _inner_gap_edges(line: str) -> list[int]:
    return [column for _start, _end, column in _inner_gaps(line)]


def _ambiguous(text: str) -> int:
    """Characters of `text` whose width depends on the font (`“ ” ‘ ’ · …`, east-asian width A): one column
    in layout_columns, but a CJK page sets them two wide, so a line holding them ends short of the edge."""
    return sum(1 for ch in text if unicodedata.east_asian_width(ch) == "A")


def _half_width(text: str) -> int:
    """Latin letters and digits of `text` (`宣读90名`): one column in layout_columns, but an extraction padding
    the left column by its characters (a cell each) sets them a cell wide, so the line ends short as with
    _ambiguous."""
    return sum(1 for ch in text if ch.isascii() and ch.isalnum())


def _at_edge(line: str, start: int, column: int, edge: int) -> bool:
    """The gap at line[start:] ends at the right column's edge, within _TOLERANCE, or short of it by the
    ambiguous-width characters and the indent left of it, as the page's full-width characters were read
    (`持续擦亮“凉都先锋·      红星骑手…`; an indent of full-width spaces, made ASCII by clean_text)."""
    left = line[:start]
    short = _ambiguous(left) + len(left) - len(left.lstrip(" "))
    if isinstance(edge, PaddedEdge):
        short += _half_width(
            left
        )  # (its left column padded by characters: its Latin letters and digits a cell)
    return edge - _TOLERANCE - short <= column <= edge + _TOLERANCE


def column_edge(lines: list[str]) -> int | None:
    """The right column's left edge, when at least MIN_ALIGNED_LINES lines have a gap ending there. A line of
    a label and figures alone (`政策咨询（件）    1260      1840`) is a table's row set out in spaces
    (builder.ingest.tables), never two columns side by side: its gaps count for no edge."""
    lines = [line for line in lines if row_cells(line) is None]
    ends = Counter(edge for line in lines for edge in _inner_gap_edges(line.rstrip()))
    if not ends:
        return None
    candidates = sorted(ends, key=lambda col: (-ends[col], col))[:_EDGE_CANDIDATES]
    edge, aligned = candidates[0], _aligned(lines, candidates[0])
    for farther in candidates[1:]:
        if farther > edge and ends[farther] >= ends[edge] and _short_by_narrow(lines, edge, farther):
            count = _aligned(lines, PaddedEdge(farther))
            if count > aligned:
                edge, aligned = PaddedEdge(farther), count
    return edge if aligned >= MIN_ALIGNED_LINES else None


# The gap ends the lines most often end at, tried as the edge: where as many lines end at a farther one and every
# line ending at the commonest is short of it by its narrow characters, the farther (`…广大“三长”    楼栋长` at 40, `…基层治　    短评` at 42:
# the left column padded by characters, a cell each, real R24); not a right column's indented lines (34 under 32).
_EDGE_CANDIDATES = 3


class PaddedEdge(int):
    """The edge of a right column whose left one the extraction padded by characters, a cell each (`“`, digits):
    lines short of it by their narrow characters reach it."""


def _short_by_narrow(lines: list[str], edge: int, farther: int) -> bool:
    """Every gap ending at `edge` ends there short of `farther` by its line's narrow characters, within
    _TOLERANCE (`宣读90名优秀“` three short: two digits, a quote), and the gaps ending at `farther` under a line of
    the right column are not mostly the indents of paragraphs it opens (`本报讯（记者 …）` / `  近日，…`)."""
    above = ""  # the right column's text on the line above, if it printed one
    under, opening = 0, 0
    for line in lines:
        right = ""
        for start, end, column in _inner_gaps(line.rstrip()):
            left = line[:start]
            short = _ambiguous(left) + _half_width(left) + len(left) - len(left.lstrip(" "))
            if column == edge and abs(column + short - farther) > _TOLERANCE:
                return False
            if column == farther and above:
                under += 1
                opening += opens_paragraph_under(above)
            right = line[end:]
        above = right
    return 2 * opening <= under


def _aligned(lines: list[str], edge: int) -> int:
    """Lines with a gap ending at `edge` (_at_edge)."""
    return sum(
        1
        for line in lines
        if any(_at_edge(line, start, col, edge) for start, _end, col in _inner_gaps(line.rstrip()))
    )


def cut_line(line: str, edge: int) -> tuple[str, str] | None:
    """(left part, right part) of one line of a side-by-side page, either may be empty; None when the line
    crosses the edge without a gap (it belongs to neither column)."""
    line = line.rstrip()
    if not line:
        return "", ""
    for start, end, column in _inner_gaps(line, _CUT_GAP):
        if _at_edge(line, start, column, edge):
            return line[:start], line[end:]
    for start, end, column in _inner_gaps(line, _GAP):
        printed = column + _ambiguous(line[:start])  # where the text resumes, its marks set two wide
        if start and layout_columns(line[:start]) < edge and printed > edge + _SPANNED:
            # the gap spans a whole column blank on this line (`神山村：“红色民宿”      右江区：…`, the
            # middle one of three): the right part keeps the blank column as its indent
            return line[:start], " " * (printed - edge) + line[end:]
    text = line.lstrip(" ")
    indent = len(line) - len(text)
    if indent >= edge - _TOLERANCE:
        return "", " " * max(0, indent - edge) + text  # a line of the right column alone
    if layout_columns(line) <= edge:
        return line, ""  # a line of the left column alone
    return None


def opens_paragraph_under(above: str) -> bool:
    """A paragraph may open under the right column's line `above`: a finished sentence, a blank line, or a
    whole reporter line or dateline standing over the lead (`本报讯（记者 韩静）`, `本报记者 黄丽萍`); not a
    reporter line wrapped after its role (`记者 王丽娟 通讯员` over `杨晨 …`) nor a dateline's open bracket."""
    above = above.strip()
    if not above or ends_sentence(above):
        return True
    if re.search(f"(?:{WRITER_ROLES})$", above):
        return False
    closed = BAOXUN.match(above)
    return is_byline_text(above) or bool(closed and closed.group(2) and closed.end() == len(above))


_MAX_HEAD_LINES = 3  # a kicker, a headline and a subtitle over the column's lead


def under_heads_only(right: list[NumberedLine]) -> bool:
    """The right column holds nothing but its heads so far (a few headline-shaped lines, the last maybe a
    whole reporter line): its lead may open under them, indented (`翠屏区“楼院管家”管出幸福小区` over
    `　　本报讯（记者 周涛）宜宾市…`)."""
    texts = [text.strip() for text, _number in right if text.strip()]
    if not texts or len(texts) > _MAX_HEAD_LINES:
        return False
    heads = texts[:-1] if opens_paragraph_under(texts[-1]) else texts
    return all(is_headline_shape(text) for text in heads)


def cut_at_indent(line: str, edge: int, right: list[NumberedLine]) -> tuple[str, str] | None:
    """(left part, right part) of a line cut_line could not cut whose gap resumes just past the edge by the
    indent of a paragraph the right column opens (`星筑社区驿站。      　　“作为一名…`, two full-width
    spaces made ASCII, or four spaces: two CJK cells as a layout extraction pads them), right under a
    right-column line a paragraph may open under (opens_paragraph_under) or under the column's heads alone
    (under_heads_only);
    None otherwise (a gap resuming past the edge under a sentence left open is no paragraph's indent)."""
    if not right or not (opens_paragraph_under(right[-1][0]) or under_heads_only(right)):
        return None
    line = line.rstrip()
    for start, end, column in _inner_gaps(line):
        if column in (edge + _INDENT, edge + _CELL_INDENT) and layout_columns(line[:start]) < edge:
            return line[:start], " " * (column - edge) + line[end:]
    return None


def cut_past_edge(line: str, edge: int) -> tuple[str, str] | None:
    """(left part, right part) of a line cut_line could not cut whose one column gap resumes a few columns
    past the edge (under _SPANNED): a right-column line set in from the column's edge, a caption or a
    headline centred in its column (`同日竣工      　　村民通过志愿服务活动获得兑换积分。`, `…4台电梯
    晋安寿山村：以…`); the right part keeps the columns past the edge as its indent. None for a line with
    more than one gap (a page head set out in spaces) or whose left part reaches the edge."""
    line = line.rstrip()
    gaps = _inner_gaps(line)
    if len(gaps) != 1:
        return None
    start, end, column = gaps[0]
    if layout_columns(line[:start]) > edge - len(_GAP.pattern) or not edge < column < edge + _SPANNED:
        return None
    return line[:start], " " * (column - edge) + line[end:]


def _beside_columns(lines: list[NumberedLine], index: int, edge: int) -> bool:
    """The next printed line with text is cut at the edge into two parts, neither a page line: the line at
    `index` stands at the top of a stretch of columns (their headlines side by side)."""
    from builder.ingest.furniture import is_page_line  # (furniture reads columns' lines too)

    for text, _number in lines[
        index + 1 : index + 1 + _LOOK_DOWN
    ]:  # (a slice of a few lines: linear on a page
        if text.strip():  # of a hundred thousand lines)
            cut = cut_line(text, edge)
            return bool(cut and all(part.strip() and not is_page_line(part.strip()) for part in cut))
    return False


def _page_band(text: str) -> bool:
    """A line made only of page furniture, its pieces set far apart across the page (the date at the left, the
    page's label and number at the right): no cell of either column."""
    from builder.ingest.furniture import is_furniture_line  # (furniture reads columns' lines too)

    return is_furniture_line(text.strip())


_LOOK_DOWN = 3  # lines under a set-in line within which the line cut in two stands (past a blank line)


# A line of the page as it is read, with the number of the printed line it came from (1-based).
NumberedLine = tuple[str, int]


class _Columns:
    """The two columns of the stretch being read, emptied into the page's lines when it ends."""

    def __init__(self) -> None:
        self.left: list[NumberedLine] = []
        self.right: list[NumberedLine] = []

    def add(self, left: str, right: str, number: int) -> None:
        """One printed line's parts. A column that prints nothing on the line has a blank line there (a
        blank line across both columns, or beside the other column's text: the gap between its headline
        and byline, or between two paragraphs), ending a block once it has text; its trailing ones are
        trimmed when the stretch ends."""
        for column, part in ((self.left, left), (self.right, right)):
            if part:
                column.append((part, number))
            elif column and column[-1][0]:
                column.append(("", number))

    def empty(self) -> bool:
        return not self.left and not self.right

    def flush(self, out: list[NumberedLine]) -> None:
        left = _unfold(_trim(self.left))  # a page of three columns: each part may hold two more
        right = _unfold(_trim(self.right))
        out.extend(left)
        if left and right:
            out.append(("", right[0][1]))
        out.extend(right)
        if right:
            out.append(("", right[-1][1]))
        self.left, self.right = [], []


def heads_full_width(lines: list[NumberedLine], index: int, edge: int) -> bool:
    """The line at `index`, printed in the left column's width under a blank line, is a headline over the
    text printed across the page below the columns (`“联村”共富　点燃集体经济新引擎` over its `——`
    subtitle or lead, as wide as the page): headline-shaped, it and up to two more such lines (a subtitle)
    lead down, past blank lines, to a line crossing the column edge. A head of the left column stands over
    more of that column (lines it prints in its own width)."""
    if index == 0 or lines[index - 1][0].strip():
        return False
    heads = 0
    for text, _number in lines[index:]:
        if not text.strip():
            continue
        cut = cut_line(text, edge)
        if cut is None:
            return heads > 0
        if cut[1] or heads == _MAX_HEAD_LINES or not is_headline_shape(text.strip()):
            return False
        heads += 1
    return False


def _trim(column: list[NumberedLine]) -> list[NumberedLine]:
    while column and not column[-1][0]:
        column.pop()
    return column


def _unfold(lines: list[NumberedLine]) -> list[NumberedLine]:
    """The lines in reading order, column after column when they hold side-by-side columns."""
    texts = [text for text, _number in lines]
    edge = column_edge(texts) if any("   " in text for text in texts) else None
    if edge is None:
        return lines
    out: list[NumberedLine] = []
    columns = _Columns()
    started = False
    for index, (text, number) in enumerate(lines):
        cut = cut_line(text, edge)
        if cut is None and started:
            cut = cut_at_indent(text, edge, columns.right)
        if cut is None and (started or _beside_columns(lines, index, edge)):
            cut = cut_past_edge(text, edge)
        if is_drawn_rule(text) and 2 * len(text.strip()) > edge:  # (each character two columns wide)
            cut = None  # a rule drawn across both columns ends their stretch (`━━━━` under them)
        if cut and cut[0].strip() and cut[1].strip() and _page_band(text):
            cut = (
                None  # the page's head or foot band across both columns (`2021年1月4日 星期一 …  综合新闻 3`)
            )
        if cut and cut[0] and not cut[1] and heads_full_width(lines, index, edge):
            columns.flush(out)  # the next article's headline under the columns, as narrow as one of them
            if out and out[-1][0]:
                out.append(("", lines[index - 1][1]))  # the blank line over it (trimmed off the column)
            out.append((text, number))
            started = False
            continue
        crossed = bool(out) and out[-1][1] == number - 1 and columns.empty()  # right under a line across both
        if cut is None or (not any(cut) and (not started or crossed)):
            columns.flush(out)  # (a blank line under a line across both columns: kept, as over it)
            out.append((text, number))
            continue
        started = True
        columns.add(*cut, number)
    columns.flush(out)
    return out


def unfold_page(text: str) -> tuple[str, list[int] | None]:
    """A page whose columns stand side by side on the same lines -> the left column, then the right one,
    and for each of its lines the number of the printed line it came from; any other page unchanged, None."""
    if "   " not in text:
        return text, None  # no gap at all: most pages
    lines = [(line, number) for number, line in enumerate(text.split("\n"), start=1)]
    unfolded = _unfold(lines)
    if unfolded is lines:
        return text, None
    return "\n".join(line for line, _number in unfolded), [number for _line, number in unfolded]


def unfold_columns(text: str) -> str:
    """unfold_page without the line numbers."""
    return text if "   " not in text else unfold_page(text)[0]


def printed_lines(units: list[Unit], numbers: list[int] | None) -> list[Unit]:
    """Blocks read from an unfolded page, numbered again by the printed lines they came from (messages name
    the line a reader finds in the file). After assembly: two parts of one printed line never look glued."""
    for unit in units if numbers else ():
        unit.line = numbers[unit.line - 1] if 0 < unit.line <= len(numbers) else unit.line
    return units
