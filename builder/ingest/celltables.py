"""A table the PDF extraction flattened one cell a line, read back as a table's lines (a line rule).

heldout9 q05 prints, under a body's `…如下：` and the table's title, `镇` / `护边队员（名）` / `巡逻（次）` /
`化解纠纷（件）` / `猴桥镇` / `126` / `1840` / `57` / `滇滩镇` / `98` / …: every cell of the header and of the
rows on a line of its own. Read line by line, a cell with a unit in brackets (`化解纠纷（件）`) became a headline,
the first row's label a byline, and the figures were glued into the paragraph. Such a run is a table: two or
more column labels (tables._column_label), then rows of one label and as many figures each, the header
labelling as many columns as the rows have figures, or the rows' column too; two rows at least, no blank line
inside. The run is given back as the table's spaced lines (header, rows), which tables.table_rule reads as any
table set out in spaces. A list of short names or of figures alone has no such shape, and stays what it is.
"""

from __future__ import annotations

from builder.ingest.pagelines import Line, PageReader
from builder.ingest.tables import (
    _MAX_COLUMNS,
    _MIN_ROWS,
    _column_label,
    bare_figure,
    cells,
    is_figure_cell,
    row_cells,
    units_to_labels,
)


def _cell(text: str) -> str | None:
    """The one cell a line holds (None for a blank line or a line of several cells)."""
    found = cells(text)
    return found[0] if len(found) == 1 else None


def _figure(text: str) -> bool:
    cell = _cell(text)
    return cell is not None and is_figure_cell(bare_figure(cell)[0])


def _label(text: str) -> bool:
    cell = _cell(text)
    return cell is not None and not is_figure_cell(cell) and _column_label(cell)


def _labels_from(lines: list[str], start: int) -> int:
    """How many label lines follow one another from `start` (at most a header and a row's label)."""
    end = start
    while end < len(lines) and end - start <= _MAX_COLUMNS + 1 and _label(lines[end]):
        end += 1
    return end - start


def read_cell_table(lines: list[str], start: int) -> tuple[list[tuple[int, str]], int] | None:
    """The table whose header's first cell is lines[start], as its spaced lines (header, rows) each with the
    index of its first printed line, and the index after its last row; None when no table of one cell a line
    starts there."""
    labels = _labels_from(lines, start)
    header = labels - 1  # the last label is the first row's
    if header < 2:
        return None
    at = start + labels
    figures = 0
    while at + figures < len(lines) and _figure(lines[at + figures]):
        figures += 1
    if figures == 0 or header not in (figures, figures + 1):
        return None
    rows: list[tuple[int, list[str]]] = []
    at = start + header
    while at + figures < len(lines) and _label(lines[at]):
        row_lines = lines[at + 1 : at + 1 + figures]
        if not all(_figure(text) for text in row_lines):
            break
        rows.append((at, [text.strip() for text in lines[at : at + 1 + figures]]))
        at += 1 + figures
    if len(rows) < _MIN_ROWS:
        return None
    labelled = units_to_labels([text.strip() for text in lines[start : start + header]], [r for _, r in rows])
    if labelled is None or any(row_cells(" ".join(row)) is None for row in labelled[1]):
        return None
    spaced = [(at_row, " ".join(row)) for (at_row, _), row in zip(rows, labelled[1], strict=True)]
    return [(start, " ".join(labelled[0])), *spaced], at


def cell_per_line_table(page: PageReader, line: Line) -> bool:
    """A line rule: the header's first cell of a table printed one cell a line; the table's lines become the
    page's text lines, header and rows spaced as a table is (tables.table_rule makes it a table)."""
    if not _label(line.text):
        return False
    found = read_cell_table(page.lines, page.index - 1)
    if found is None:
        return False
    table_lines, end = found
    for index, text in table_lines:
        page.add_text(text, Line(text, index + 1, text))
    page.index = end
    return True
