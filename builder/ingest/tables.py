"""Tables printed in a page that the PDF extraction flattened into text lines, read back as tables.

heldout6 k05 prints, inside a body, `“侨家小院”服务情况一览` / `项目 2024年 2025年` / `政策咨询（件） 1260 1840` /
`法律援助（件） 310 452` / …: a header line of column labels, then rows of one label (maybe with a unit in its
brackets) and as many figures, the cells separated by spaces. Glued into the paragraph they read
`…一览项目2024年2025年政策咨询（件）12601840…`. Such a run of lines is a table: a header line whose cells are
column labels (periods such as `2024年`, `1月`, `第一季度`, or short names with no figure), then two or more
rows, each a label with no sentence mark and only figures after it, as many in every row as the header has
columns (the header may label the rows' column too: `项目`, `指标`). A short line with no clause mark right
above the header, after a finished sentence, is the table's title. A line of figures inside a sentence, a list
of dates, a wrapped line ending in a figure and a spaced-out column label (`简  讯`) have no header with rows
under it, so they stay text.

The table is kept as its printed lines (a Unit of kind TABLE, `\n` between them); `read_table` reads them
again for the Markdown writer (`table_markdown`: a GFM pipe table, its title in bold above it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from builder.ingest.pagelines import TABLE, TEXT, Unit
from builder.ingest.textrules import cjk_count, ends_sentence
from builder.text.numerals import NUMBERS_TO_TEN

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly

_MIN_ROWS = 2
_MAX_TITLE_CHARS = 40
_MAX_LABEL_CHARS = 20
_MAX_COLUMN_LABEL_CHARS = 8
_MAX_COLUMNS = 12
_MAX_ROW_CHARS = 200

_CELL_GAP = re.compile(r"[ \u3000\t]+")
_FIGURE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?(?:万|亿)?[余多]?(?:%|‰)?")  # `1650`, `4万余`, `96.5%`
_EMPTY_CELL = frozenset({"—", "-", "–", "/", "／", "…"})
_CLAUSE_MARK = re.compile(r"[。，；！？、：:;!?]")
_DIGIT = re.compile(r"\d")
_UNIT_IN_BRACKETS = re.compile(r"[（(][^（）()\d]{1,4}[）)]$")
_CJK_NUMERAL = NUMBERS_TO_TEN
_RANK = re.compile(r"\d{1,3}[.、．]?")  # a ranking's place before the row's label (`1`, `10.`)
# a period a column is headed by: `2024年`, `2025年度`, `1月`, `12月份`, `一月`, `第一季度`, `2025年1—6月`
_PERIOD = re.compile(
    rf"(?:\d{{4}}年(?:度)?)?(?:\d{{1,2}}|[{_CJK_NUMERAL}]{{1,3}})(?:[—\-～~至]\d{{1,2}})?月(?:份)?"
    rf"|\d{{4}}年(?:度)?|第?[1-4{_CJK_NUMERAL[:4]}]季度"
)


@dataclass(frozen=True, slots=True)
class Table:
    """A table as printed: its title (or None), its header's column labels and its rows' cells."""

    title: str | None
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]

    @property
    def width(self) -> int:
        return len(self.rows[0])

    def printed(self) -> str:
        """The table's lines as printed (what a TABLE unit holds)."""
        lines = [self.title] if self.title else []
        lines.append(" ".join(self.header))
        lines.extend(" ".join(row) for row in self.rows)
        return "\n".join(lines)


def cells(line: str) -> list[str]:
    return [cell for cell in _CELL_GAP.split(line.strip()) if cell]


def is_figure_cell(cell: str) -> bool:
    return cell in _EMPTY_CELL or _FIGURE.fullmatch(cell) is not None


def _column_label(cell: str) -> bool:
    """A column's label: a period, or a short name with no figure and no clause mark."""
    bare = _UNIT_IN_BRACKETS.sub("", cell)
    if _PERIOD.fullmatch(bare):
        return True  # `2024年`, or with the unit of its figures `2024年（万元）`
    return (
        len(bare) <= _MAX_COLUMN_LABEL_CHARS  # (`集体经济收入（万元）`: the name, then its figures' unit)
        and cjk_count(cell) > 0
        and not _DIGIT.search(cell)
        and not _CLAUSE_MARK.search(cell)
    )


def header_cells(line: str) -> list[str] | None:
    """The column labels of a table's header line (two or more, at most one a column of names); None for
    any other line."""
    found = cells(line)
    if not 2 <= len(found) <= _MAX_COLUMNS or not all(_column_label(cell) for cell in found):
        return None
    return found


def row_cells(line: str) -> list[str] | None:
    """A table row's cells: a label (no clause mark, not a figure), then figures only (at least one real
    figure); None for any other line."""
    if len(line) > _MAX_ROW_CHARS:
        return None  # (a hostile page's megabyte line is never split)
    found = cells(line)
    if len(found) < 2 or len(found) > _MAX_COLUMNS:
        return None
    label, figures = found[0], found[1:]
    if _RANK.fullmatch(label) and len(found) >= 3 and not is_figure_cell(found[1]):
        label, figures = (
            found[1],
            found[2:],
        )  # a ranking's row, its rank first (`1　塔元庄村　682`, layouts38 p04)
    if is_figure_cell(label) or _CLAUSE_MARK.search(label) or cjk_count(label) > _MAX_LABEL_CHARS:
        return None
    if cjk_count(label) == 0 or not all(is_figure_cell(cell) for cell in figures):
        return None
    if all(cell in _EMPTY_CELL for cell in figures):
        return None
    return found


# The unit a table's figure may carry in its own cell (`312万元`, `58个`): moved to its column's label.
# A count in ten thousands keeps its 万 with the figure (`41万分`: `41万`, unit `分`).
_UNIT = re.compile(r"(?<=[\d万亿])(万元|亿元|元|个|人|名|件|次|户|家|亩|项|分|天|份)$")


def bare_figure(cell: str) -> tuple[str, str]:
    """(the figure, its unit or '')."""
    match = _UNIT.search(cell)
    return (cell[: match.start()], match.group(1)) if match else (cell, "")


def units_to_labels(header: list[str], rows: list[list[str]]) -> tuple[list[str], list[list[str]]] | None:
    """A column whose every figure carries one unit prints it in its label (`2024年（万元）`, `312`). A table of
    one column of figures, each row counting its own thing (`项目` / `数量`: `参与农户` `8600户`, `爱心超市`
    `26个`), prints each row's unit in the row's label (`参与农户（户）`, `8600`); in a table of more columns a
    column of figures with mixed units is no table's (None)."""
    header, rows = list(header), [list(row) for row in rows]
    offset = len(header) - (len(rows[0]) - 1)  # the header labels the rows' column too, or only the figures
    in_rows = [{bare_figure(cell)[1] for cell in row[1:]} for row in rows]
    if all(len(units) == 1 for units in in_rows) and len(set().union(*in_rows)) > 1:
        # each row counting its own thing in one unit, the units differing down the columns (one column of
        # figures, or a comparison's `事项　改革前　改革后` / `办理窗口　5个　1个` / `平均办理时间　3天　0.5天`,
        # layouts38 p03): each row's unit in its label
        for row, units in zip(rows, in_rows, strict=True):
            unit = next(iter(units))
            row[1:] = [bare_figure(cell)[0] for cell in row[1:]]
            row[0] = f"{row[0]}（{unit}）" if unit else row[0]
        return header, rows
    for column in range(1, len(rows[0])):
        units = {bare_figure(row[column])[1] for row in rows}
        if len(units) > 1:
            return None
        unit = units.pop()
        if unit:
            for row in rows:
                row[column] = bare_figure(row[column])[0]
            header[column - 1 + offset] += f"（{unit}）"
    return header, rows


def heads_table(lines: Sequence[str]) -> bool:
    """lines[0] is a table's header line with rows right under it (`社区  服务点  办件量  满意率` /
    `某某社区  3  5210  98.6%` / …): never a line of reporters' names, though its cells read as names."""
    header = header_cells(lines[0]) if lines else None
    if header is None or len(lines) <= _MIN_ROWS:
        return False
    rows = [row_cells(line) for line in lines[1 : 1 + _MIN_ROWS]]
    return all(row is not None and len(row) in (len(header), len(header) + 1) for row in rows)


def _title_line(text: str) -> bool:
    """A table's title: a short line with no clause mark that finishes no sentence."""
    return (
        0 < cjk_count(text) <= _MAX_TITLE_CHARS
        and not _CLAUSE_MARK.search(text)
        and not ends_sentence(text)
        and header_cells(text) is None
        and row_cells(text) is None
    )


def _rows_under(units: Sequence[Unit], start: int, columns: int) -> list[tuple[str, ...]]:
    """The rows on consecutive lines from units[start], each with `columns` or `columns + 1` cells (the
    header may or may not label the rows' column), all of one width."""
    rows: list[tuple[str, ...]] = []
    for index in range(start, len(units)):  # (no slice: a page of thousands of lines stays linear)
        unit = units[index]
        if unit.kind != TEXT or unit.blanks_before > 0:
            break
        row = row_cells(unit.text)
        if row is None or len(row) not in (columns, columns + 1) or (rows and len(row) != len(rows[0])):
            break
        rows.append(tuple(row))
    return rows


def _spaced(text: str) -> bool:
    return _CELL_GAP.search(text.strip()) is not None


def table_at(units: Sequence[Unit], start: int, titled: bool = True) -> tuple[Table, int] | None:
    """The table whose first line is units[start] (its title when `titled` allows one, or its header), and
    the index after its last row; None when no table starts there."""
    unit = units[start]
    if unit.kind != TEXT or not (
        _spaced(unit.text) or (start + 1 < len(units) and _spaced(units[start + 1].text))
    ):
        return None  # a table's header has cells: no gap on this line or the next, no table here
    title = None
    header_at = start
    if titled and _title_line(unit.text) and start + 1 < len(units):
        following = units[start + 1]
        if following.kind == TEXT and following.blanks_before <= 1 and header_cells(following.text):
            title, header_at = unit.text.strip(), start + 1
    header = header_cells(units[header_at].text)
    if header is None:
        return None
    rows = _rows_under(units, header_at + 1, len(header))
    if len(rows) < _MIN_ROWS:
        return _table_of_units(units, title, header, header_at)
    return Table(title, tuple(header), tuple(rows)), header_at + 1 + len(rows)


def _table_of_units(
    units: Sequence[Unit], title: str | None, header: list[str], header_at: int
) -> tuple[Table, int] | None:
    """A table whose figures carry their unit in every cell (`事项类别  办理件数  办结率` / `民生代办  1260件  100%`):
    the unit goes to its column's label (`办理件数（件）`, as celltables does for a table one cell a line), so the
    table reads as one of figures only; None when the units differ down a column or the labels grow too long."""
    rows: list[list[str]] = []
    for index in range(header_at + 1, len(units)):
        unit = units[index]
        if unit.kind != TEXT or unit.blanks_before > 0:
            break
        found = cells(unit.text)
        bare = [found[0], *(bare_figure(cell)[0] for cell in found[1:])] if found else []
        if (
            row_cells(" ".join(bare)) is None
            or len(found) not in (len(header), len(header) + 1)
            or (rows and len(found) != len(rows[0]))
        ):
            break
        rows.append(found)
    if len(rows) < _MIN_ROWS or _row_left_unread(units, header_at + 1 + len(rows), len(rows[0])):
        return None
    labelled = units_to_labels(header, rows)
    if labelled is None or header_cells(" ".join(labelled[0])) is None:
        return None
    if any(row_cells(" ".join(row)) is None for row in labelled[1]):
        return None
    return Table(title, tuple(labelled[0]), tuple(tuple(row) for row in labelled[1])), header_at + 1 + len(
        rows
    )


def _row_left_unread(units: Sequence[Unit], index: int, width: int) -> bool:
    """The line right under a table's rows has as many cells as they do but reads as no row (`社区挂牌　平均17块
    平均4块`, heldout12 p01): a table not read whole, left to the text."""
    if index >= len(units) or units[index].kind != TEXT or units[index].blanks_before > 0:
        return False
    return len(cells(units[index].text)) == width


def table_rule(state: Assembly) -> bool:
    """The table rule of paragraphs.UNIT_RULES: a table becomes one TABLE unit, never a paragraph's text. After
    a finished sentence it may have a title line; a title the paragraph above ran on into (after its last
    sentence end, with no clause mark) is split off and made the table's; a sentence that announces the table
    (`…如下：`) ends before it; inside any other sentence (the layout set the table between its lines) the
    sentence goes on after it and the table is placed after that paragraph (tables_after_cut_sentences)."""
    open_sentence = state.in_open_sentence()
    found = table_at(state.units, state.index - 1, titled=not open_sentence)
    if found is None:
        return False
    table, end = found
    title = _title_run_on(state) if open_sentence else None
    if title:
        table = Table(title, table.header, table.rows)
    cut = open_sentence and not title and not state.current.text.endswith(("：", ":"))
    if not cut:
        state.flush()
        state.last_line = None
    state.out.append(Unit(TABLE, table.printed(), state.unit.line, blanks_before=state.unit.blanks_before))
    state.index = end
    return True


_SENTENCE_END = re.compile(r"[。！？!?][”’）)]*")
# where the run-on title may begin: after a sentence's end, or after the colon of the sentence announcing
# the table (`…各镇工作情况如下：“红色护边队”工作情况一览`)
_TITLE_START = re.compile(r"[。！？!?][”’）)]*|[：:]")


def _title_run_on(state: Assembly) -> str | None:
    """The table's title when the open paragraph ends in one (the text after its last sentence end, a short
    line with no clause mark: `…文化交流。“侨家小院”服务情况一览`): taken out of the paragraph."""
    text = state.current.text
    ends = [match.end() for match in _TITLE_START.finditer(text)]
    start = ends[-1] if ends else 0
    if not _title_line(text[start:]):
        return None
    state.current.text = text[:start]
    if not state.current.text:
        state.current = None  # the paragraph was only the title
    return text[start:].strip()


def tables_after_cut_sentences(blocks: list[Unit]) -> list[Unit]:
    """A table set inside a sentence was placed before the paragraph it cut (that paragraph was only finished
    after it): each such table is moved after its paragraph (one that began on an earlier line)."""
    for index in range(len(blocks) - 1):
        table, paragraph = blocks[index], blocks[index + 1]
        if table.kind == TABLE and paragraph.kind == TEXT and paragraph.line < table.line:
            blocks[index], blocks[index + 1] = paragraph, table
    return blocks


def read_table(printed: str) -> Table:
    """A TABLE unit's lines read again (the title is the first line when a header follows it)."""
    lines = printed.split("\n")
    units = [Unit(TEXT, line, number) for number, line in enumerate(lines, 1)]
    found = table_at(units, 0)
    if found is None or found[1] != len(lines):
        raise ValueError(f"not a table: {printed!r}")
    return found[0]


def table_markdown(table: Table, escape: Callable[[str], str]) -> str:
    """A GFM pipe table (figure columns right-aligned), its title in bold on a paragraph above it."""
    header = list(table.header)
    if len(header) < table.width:
        header.insert(0, "")  # the header did not label the rows' column
    lines = [_pipe_row(header, escape), "| " + " | ".join([":--"] + ["--:"] * (table.width - 1)) + " |"]
    lines.extend(_pipe_row(list(row), escape) for row in table.rows)
    pipe_table = "\n".join(lines)
    return f"**{escape(table.title)}**\n\n{pipe_table}" if table.title else pipe_table


def _pipe_row(row: list[str], escape: Callable[[str], str]) -> str:
    return "| " + " | ".join(escape(cell).replace("|", "\\|") for cell in row) + " |"
