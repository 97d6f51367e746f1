"""A headline the paper sets in a drawn box (heldout14 p04, a commentary: `┏━━━━┓` / `┃ 数字减负要减到实处 ┃` /
`┗━━━━┛`): a pass over the page's lines before they are read makes the box's frame (its top and bottom rules)
blank lines and takes the bars away from around the text, so that the head rules see a headline over its byline (the box made the
headline unreadable, and the title was made from the lead). Only a frame of box-drawing corners closing one to
three short lines of text; a table drawn in boxes (a bar inside a line, `┃ 社区 ┃ 3 ┃`) is left as printed.
A boxed advertisement (`公益广告`) or editors' note (`开栏的话`) is blanked out: page furniture (`blank_ad_boxes`).
A sidebar report in a drawn box (R25 r25_04: `┌──┐` / `│　　本报讯（记者 …）4月│` / … / `└──┘`, a short report between
two articles) is read as printed: its frame blank lines, its bars dropped with the indents inside kept (`unbox_reports`);
so is one whose right bar the extraction lost (heldout25 p08: `│短评｜…` / `│　　城市的…` / `└──┘`).
A table drawn in rules (heldout25 p06: `┌──┐` / `│ 数读“…” │` / `├──┬──┤` / `│产业链党建联盟　│ 16个│` / … / `└──┴──┘`)
never reaches a line rule with its bars: a box of figures under its `数读` label is furniture (its figures are the
articles', said again) and is blanked; any other loses its frame and rules and keeps its rows' cells apart by
spaces, a table as the table rule reads one (`drawn_tables`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from builder.ingest.furnitureboxes import FIGURES_BOX_LABEL, unspaced
from builder.ingest.lineshapes import RULE_CHARS
from builder.ingest.noteheads import EDITORS_NOTE_LABELS

_TOP = re.compile(rf"^[┏┌╔╭][{RULE_CHARS}\s]*[┓┐╗╮]$")
_BOTTOM = re.compile(rf"^[┗└╚╰][{RULE_CHARS}\s]*[┛┘╝╯]$")
# (the padding taken whole, `\s*+`: a line of a box padded by thousands of spaces is read in one pass, never
# the spaces tried one by one against the text, time growing as their square)
_BARRED = re.compile(r"^[┃│║]\s*+([^┃│║]{2,40}?)\s*+[┃│║]$")
# a line of a box whose right bar the extraction lost (or set far off): its left bar, no bar inside
_LEFT_BARRED = re.compile(r"^[┃│║]\s*+([^┃│║]{2,40}?)\s*+[┃│║]?$")
_BARS = re.compile(r"[┃│║]")
# a table's frame and the rules crossing it: its top and bottom maybe with the columns' joints (`┬`, `┴`)
_TABLE_TOP = re.compile(rf"^[┏┌╔╭][{RULE_CHARS}┬┳╤╦\s]*[┓┐╗╮]$")
_TABLE_BOTTOM = re.compile(rf"^[┗└╚╰][{RULE_CHARS}┴┻╧╩\s]*[┛┘╝╯]$")
_CROSS_RULE = re.compile(rf"^[├┝┠┣╞╟╠][{RULE_CHARS}┬┴┼┳┻╋╤╧╪╦╩╬\s]*[┤┥┨┫╡╢╣]$")
_MAX_TABLE_LINES = 40  # lines inside a drawn table
_MAX_INSIDE = 3  # lines of text inside a boxed head
_MAX_AD_LINES = 12  # lines of text inside a boxed advertisement
_MAX_REPORT_LINES = 80  # lines of text inside a boxed sidebar report
_SENTENCE_END = re.compile(r"[。！？][”’）」]*")
# the box's label, a line of its own (`公益广告`, `广 告`); not a headline about ads (`楼道“小广告”清理行动`)
_AD = re.compile(r"(?:公\s*益\s*)?广\s*告")
# … or an editors' note opening a series or a page (`开栏的话`, `编者按`), its label on a line of its own or
# opening the box's first line: what the paper says of itself, no article
_NOTE = re.compile(rf"^【?(?:开栏的话|开篇的话|{EDITORS_NOTE_LABELS}|写在前面)】?(?:[：:]|$)")


def has_boxes(text: str) -> bool:
    """The page draws a box somewhere (a top corner): only then are its lines looked at for one."""
    return _CORNER.search(text) is not None


_CORNER = re.compile(r"[┏┌╔╭]")


def _boxes(
    lines: list[str], most: int, barred: re.Pattern[str] = _BARRED
) -> Iterator[tuple[int, int, list[re.Match[str]]]]:
    """Each box drawn in `lines` around 1 to `most` lines each barred on both sides (or as `barred` says):
    (its top line, its bottom line, the barred lines' matches), in page order. The caller may change the lines
    of a box it is given."""
    index = 0
    while index < len(lines):
        if not _TOP.match(lines[index].strip()):
            index += 1
            continue
        end = next(
            (
                i
                for i in range(index + 1, min(len(lines), index + most + 2))
                if _BOTTOM.match(lines[i].strip())
            ),
            None,
        )
        inside = [barred.match(lines[i].strip()) for i in range(index + 1, end)] if end else []
        if not inside or not all(inside):
            index += 1
            continue
        yield index, end, [m for m in inside if m]
        index = end + 1


def blank_ad_boxes(lines: list[str]) -> None:
    """An advertisement in a drawn box (heldout15 p02: `┌──┐` / `│ 公益广告 │` / `│ 文明新风 你我共建 │` / … /
    `└──┘`, a public-service ad over the next headline) is page furniture: its lines become blank lines (the
    page keeps its line numbers), so the headline under it stands apart after the article above. Only a box
    every line of which is barred and which names itself an ad. So is a box of an editors' note (layouts17
    p05: `│开栏的话│` / `│　　基层治理是…本报今起开设“…”专栏…│` / …, over a series' first headlines)."""
    for top, bottom, inside in list(_boxes(lines, _MAX_AD_LINES)):
        if any(_AD.fullmatch(m.group(1).strip()) for m in inside) or _NOTE.match(inside[0].group(1).strip()):
            lines[top : bottom + 1] = [""] * (bottom + 1 - top)


def unbox_heads(lines: list[str]) -> None:
    """Blank each boxed head's frame and drop its bars."""
    for top, bottom, inside in list(_boxes(lines, _MAX_INSIDE)):
        lines[top + 1 : bottom] = [match.group(1) for match in inside]
        lines[top] = lines[bottom] = ""  # (blank lines: the page keeps its lines and their numbers)


def unbox_reports(lines: list[str]) -> None:
    """A box of more lines than a head whose text ends sentences (a sidebar report, not a table: a table's rows
    hold a bar inside the line or its rules cross the box) loses its frame and bars like a boxed head; a line
    keeps the indent it has inside its bars (a paragraph's first line) and loses the padding before its right
    bar (`unbox_heads` first: a head's box is never longer than `_MAX_INSIDE` lines)."""
    for top, bottom, inside in list(_boxes(lines, _MAX_REPORT_LINES, _LEFT_BARRED)):
        if len(inside) <= _MAX_INSIDE or not _SENTENCE_END.search("".join(m.group(1) for m in inside)):
            continue
        lines[top + 1 : bottom] = [_between_bars(lines[i]) for i in range(top + 1, bottom)]
        lines[top] = lines[bottom] = ""


def _between_bars(line: str) -> str:
    """The text between a barred line's bars (or after its left bar), its indent kept and its padding dropped."""
    inner = line.strip()[1:]  # (whatever stands outside the bars: spaces, full-width or a tab)
    return inner[:-1].rstrip() if _BARS.fullmatch(inner[-1:]) else inner.rstrip()


def drawn_tables(lines: list[str], numbers: list[int]) -> None:
    """Each table drawn in rules: its top and bottom, rows barred on both sides and holding bars between their
    cells, maybe rules crossing it (`├──┼──┤`); a box that is not a table (no bar inside a row, no cross rule)
    is left to the other rules. A table whose first row is a figures box's label alone (`数读“红色链长制”`) is
    furniture, blank lines all; any other keeps its rows, cells apart by two ideographic spaces, and loses its
    cross rules (their lines and line numbers: the title and header stay right over the rows) and its frame
    (blank lines)."""
    index = len(lines) - 1
    while index >= 0:  # from the foot, so that a table's removed rules leave the ones above in place
        if not _TABLE_BOTTOM.match(lines[index].strip()):
            index -= 1
            continue
        bottom = index
        top = next(
            (
                i
                for i in range(bottom - 1, max(-1, bottom - _MAX_TABLE_LINES - 2), -1)
                if _TABLE_TOP.match(lines[i].strip())
            ),
            None,
        )
        index -= 1
        if top is None:
            continue
        rows = _table_rows(lines[top + 1 : bottom])
        if rows is None:
            continue
        index = top - 1
        first = rows[0][1]
        if len(first) == 1 and FIGURES_BOX_LABEL.match(unspaced(first[0])):
            lines[top : bottom + 1] = [""] * (bottom + 1 - top)
            continue
        kept = [top, *(top + 1 + offset for offset, _cells in rows), bottom]
        texts = ["", *("\u3000\u3000".join(cells) for _offset, cells in rows), ""]
        lines[top : bottom + 1] = texts
        numbers[top : bottom + 1] = [numbers[i] for i in kept]


def _table_rows(inside: list[str]) -> list[tuple[int, list[str]]] | None:
    """The rows of a drawn table's inside lines (offset, cells), or None when the lines are no table's: a line
    neither a cross rule nor barred on both sides, or no row of two cells and no cross rule."""
    rows: list[tuple[int, list[str]]] = []
    crossed = False
    for offset, raw in enumerate(inside):
        line = raw.strip()
        if _CROSS_RULE.match(line):
            crossed = True
            continue
        if len(line) < 3 or not (_BARS.match(line) and _BARS.match(line[-1])):
            return None
        cells = [cell.strip(" \u3000\t") for cell in _BARS.split(line[1:-1])]
        cells = [cell for cell in cells if cell]
        if not cells:
            return None
        rows.append((offset, cells))
    if not rows or not (crossed or any(len(cells) > 1 for _offset, cells in rows)):
        return None
    return rows
