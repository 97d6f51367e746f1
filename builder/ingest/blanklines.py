"""A page whose extraction lost every blank line: the gaps that set a head apart put back where the lines show them.

Real R11 r11_01 and heldout15 p05: paragraphs still open indented, but nothing stands between one article's last
sentence, its closing credit, the next headline and that headline's lead (`…城市发展。` / `■吕笛` / `春晖暖“新”
赋能成长` / `　　广东省…`). The line rules read a headline standing apart after a finished body, or a credit
over a blank line, so with no blank line at all the headline stayed text, the credit opened the next article and
two articles ran together.

`restore_blank_lines(text, printed)` looks only at stretches of a page with no blank line in them (a whole page,
or `_MIN_STRETCH` lines and more) and puts a blank line before a head there, as a page with its blank lines
prints it: a head is 1-3 unindented headline-shaped lines (or a `——` subtitle line) right under a finished
sentence or under a closing credit that follows one, over an indented lead (on a stretch indenting no line, the
sentence's line and the head's lines short of the column, over a full line of text), and the lines show it is a
head, not a subheading:

- a closing credit (`■吕笛`, `■孙媛 钟思君`, bare names, `（记者 …）`) stands between the sentence and the
  head: the blank line goes under the credit, which closes the article above;
- the head ends in its byline (`本报记者 …`, or `本报讯（…）` glued to the headline's end, set on a line of its
  own);
- a briefs column's name stands over it (`简 讯`, `■简讯`: set apart by a blank line over and under it), maybe under
  a line of furniture closing the column above (`扫码看访谈视频`: it goes with the column above, as a credit does;
  only over a column's name or a doubled headline, for a QR code's box may have its title under its prompt);
- the head is printed twice in bold (`金山社区金山社区““…`), however wide the doubled line stands;
- its lead opens with the paper's dateline, its writers named or not (`本报讯 梧州市万秀区在老旧`);
- or its lead names the headline's place in full within its first two lines (`宁夏…` / `　　宁夏回族自治区…`),
  a place the article above never named, and a township or village only under its county or city
  (`桂林市秀峰区丽君街道…`: a round-up's parts name theirs bare, `桐柏镇：…` / `　　桐柏镇…`).

On a flat stretch a head's lines stand short of the column and the lead's first line is full, or far wider than
each of the head's lines and near full (`丽君街道：改不改` / `居民议事会说了算` / `桂林市秀峰区丽君街道在老旧`).

The sentence may carry its closing names glued on in brackets (`…宜居社区。（林玺 孙雨静）`, real R17 r17_02):
it is finished and signed, so a head under it qualifies as under a credit, and so does a report opening with its
own dateline and no head (`本报讯（记者 …）近日，…`: the blank line goes before it). One or two headline-shaped
lines ending the stretch under a finished sentence are a headline printed under its body: set apart too.

A stretch where such a head cuts a sentence the line above leaves open is columns the extraction interleaved
(heldout12 p06): the column modules place its heads, and it is left alone. (A headline's second line under its
first, which stands under a finished sentence, cuts nothing: heldout12 p04.) Any other stretch, and any page with
its blank lines, is returned as it was. Run on the page's text before its
lines are read (`workers.process_page`, after the columns are put in order); `printed` (the printed line of each
line, or None when they are the same) grows with the inserted lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from builder.ingest.blanklessparts import (
    GLUED_LEAD,
    PLACE_IN_FULL,
    is_column_label,
    is_credit,
    is_signed,
    lead_names_place,
    opens_labelled_report,
    opens_other_paragraph,
    opens_with_dateline,
    printed_twice,
)
from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import prints_no_blank_line
from builder.ingest.textrules import display_width, ends_sentence, full_width, indented

_MIN_STRETCH = 40  # lines with no blank line among them on a page that has blank lines elsewhere
_MAX_HEAD = 3  # lines of a head (kicker, headline, subtitle) before its byline or lead
_SHORT = 2.0  # display width a line stands short of the column to end its paragraph (a flat stretch)
_NEAR_FULL = 0.8  # share of the column a lead's first line fills at least under a head's short lines
_WIDER = 3.0  # display width it stands out past the head's widest line
# The paper's own dateline glued to the end of its headline (`…开进蒙古包本报讯（记者 乌日娜）`).
_GLUED_DATELINE = re.compile(
    r"(本报[^，。（(“”\s]{0,8}(?:讯|电)|新华社[^，。（(“”\s]{0,8}电)\s*[（(][^（）()]{1,60}[）)]$"
)


def restore_blank_lines(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page with a blank line before each head its blank-less stretches hide; unchanged when none."""
    if not _has_blankless_stretch(text):
        return text, printed  # most pages: looked at without splitting them (a page may be 50 MB)
    lines = text.split("\n")
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    whole = prints_no_blank_line(lines)
    out: list[tuple[str, int]] = []
    changed = False
    for start, end in _stretches(lines):
        rows = [(lines[i], numbers[i]) for i in range(start, end)]
        if whole or end - start >= _MIN_STRETCH:
            restored = _restore(rows)
            changed = changed or restored != rows
            rows = restored
        out.extend(rows)
    if not changed:
        return text, printed
    return "\n".join(line for line, _ in out), [number for _, number in out]


_BLANK_LINE = re.compile(r"\n[ \t\u3000\r]*(?=\n)")


def even_blank_runs(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """A page that sets every gap two blank lines deep (or deeper) read with the gaps one line deep: each run
    of blank lines divided by the shallowest run's depth (2 -> 1, 4 -> 2), so a gap means what it means on a
    page with single gaps (a head standing apart, the body two gaps under a stack of headlines). A page with
    one single gap anywhere is returned as it was; `printed` follows the lines that stay."""
    if "\n\n\n" not in text.replace("\r", "").replace(" ", "").replace("\u3000", ""):
        return text, printed  # no gap two lines deep: most pages
    lines = text.split("\n")
    runs = _blank_runs(lines)
    if not runs or (depth := min(end - start for start, end in runs)) < 2:
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    dropped: set[int] = set()
    for start, end in runs:
        dropped.update(range(start + max(1, round((end - start) / depth)), end))
    kept = [i for i in range(len(lines)) if i not in dropped]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]


def _blank_runs(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each run of blank lines between the page's first and last lines of text."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    runs: list[tuple[int, int]] = []
    start = None
    for i in range(filled[0], filled[-1] + 1) if filled else ():
        if not lines[i].strip():
            start = i if start is None else start
        elif start is not None:
            runs.append((start, i))
            start = None
    return runs


def _has_blankless_stretch(text: str) -> bool:
    """The page has no blank line between its first and last lines, or a stretch of `_MIN_STRETCH` lines
    with none: counted between the blank lines, the page never split into lines."""
    if _BLANK_LINE.search(text.strip()) is None:
        return True
    last = 0
    for blank in _BLANK_LINE.finditer(text):
        if text.count("\n", last, blank.start()) >= _MIN_STRETCH:
            return True
        last = blank.end()
    return text.count("\n", last) >= _MIN_STRETCH


def _stretches(lines: list[str]) -> list[tuple[int, int]]:
    """[start, end) of each run of lines, blank lines each a run of their own: the page cut where it is blank."""
    runs: list[tuple[int, int]] = []
    start = 0
    for i, line in enumerate(lines):
        if not line.strip():
            if start < i:
                runs.append((start, i))
            runs.append((i, i + 1))
            start = i + 1
    if start < len(lines):
        runs.append((start, len(lines)))
    return runs


def _restore(rows: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """One blank-less stretch with a blank line before each head it hides (its glued datelines set apart)."""
    if _heads_cut_sentences(rows):
        return rows
    out: list[tuple[str, int]] = []
    i = 0
    layout = _Layout.of(rows)
    briefs = False  # inside a column of briefs with no heads, each opening with its place in full
    while i < len(rows):
        briefs = (briefs or is_column_label(rows[i][0])) and not opens_other_paragraph(rows, i, layout.short)
        if briefs and i > 0 and ends_sentence(rows[i - 1][0]) and PLACE_IN_FULL.match(rows[i][0].strip()):
            out += [("", rows[i][1]), rows[i]]
            i += 1
            continue
        if _head_under_its_body(rows, i):
            out += [("", rows[i][1]), *rows[i:]]
            break
        if opens_labelled_report(rows, i):
            out += [("", rows[i][1]), rows[i]]
            i += 1
            continue
        head = _head_at(rows, i, layout)
        if head is None:
            out.append(rows[i])
            i += 1
            continue
        credit, head_rows, end = head
        out.extend(rows[i : i + credit])
        out.append(("", rows[i + credit][1]))
        out.extend(head_rows)
        i = end
    return out


def _heads_cut_sentences(rows: list[tuple[str, int]]) -> bool:
    """Below the first lead, a headline-shaped unindented line over an indented lead cuts a sentence the line
    above leaves open: columns the extraction interleaved, whose heads their own modules place. (A briefs
    column's name over it, `简　讯`, leaves no sentence open: its first item's head.)"""
    first_lead = next((i for i, (line, _) in enumerate(rows) if indented(line)), len(rows))
    for i in range(first_lead + 1, len(rows) - 1):
        line = rows[i][0]
        above = rows[i - 1][0].strip()
        if (
            indented(line)
            or is_signed(above)
            or ends_sentence(above)
            or is_credit(above)
            or is_column_label(rows[i - 1][0])
            or not is_headline_shape(line.strip())
            or _head_goes_on(rows, i)
        ):
            continue
        j = i + 1
        while j < len(rows) and j <= i + _MAX_HEAD and not indented(rows[j][0]):
            j += 1
        if (
            j < len(rows)
            and indented(rows[j][0])
            and all(is_headline_shape(row.strip()) or is_byline_text(row.strip()) for row, _ in rows[i:j])
        ):
            return True
    return False


def _head_goes_on(rows: list[tuple[str, int]], i: int) -> bool:
    """Line i goes on a head that opens higher up: the unindented headline-shaped lines right over it (up to
    `_MAX_HEAD` with it) stand under a finished sentence or a closing credit (`…满意度提高到91%。` / `信都区：
    “五星支部”创建` / `激活乡村振兴动能`: a headline wrapped onto a second line, no sentence cut)."""
    top = i
    while top > 0 and i - top < _MAX_HEAD:
        line = rows[top - 1][0]
        if indented(line) or not is_headline_shape(line.strip()):
            break
        top -= 1
    if top == i or top == 0:
        return False
    above = rows[top - 1][0].strip()
    return ends_sentence(above) or is_signed(above) or is_credit(above)


@dataclass(frozen=True)
class _Layout:
    """How the stretch marks its paragraphs: by indents, or (flat) by nothing but short last lines."""

    flat: bool
    column: float  # display width of a full line

    @classmethod
    def of(cls, rows: list[tuple[str, int]]) -> _Layout:
        texts = [line.strip() for line, _ in rows if line.strip()]
        column = full_width(texts) if texts else 0.0
        return cls(not any(indented(line) for line, _ in rows), column)

    def short(self, line: str) -> bool:
        return display_width(line.strip()) <= self.column - _SHORT

    def opens_lead(self, line: str, head: Sequence[tuple[str, int]] = ()) -> bool:
        """An indented line, or one opening with the paper's dateline (`本报讯 梧州市…`); on a flat stretch, a
        full line (a head's lines stand short of the column), or under a head's short lines one far wider than
        each of them and near the column (`丽君街道：改不改` / `居民议事会说了算` / `桂林市秀峰区丽君街道在老旧`)."""
        if indented(line) or (head and opens_with_dateline(line, bare=True)):
            return True
        if not self.flat:
            return False
        width = display_width(line.strip())
        if not self.short(line):
            return True
        widest = max((display_width(row.strip()) for row, _ in head), default=width)
        return width >= self.column * _NEAR_FULL and width >= widest + _WIDER


def _head_at(
    rows: list[tuple[str, int]], i: int, layout: _Layout
) -> tuple[int, list[tuple[str, int]], int] | None:
    """At line i under a finished sentence: (lines of closing credit first, the head's lines, where the lead
    starts) when a head stands there; else None. On a flat stretch the sentence's line and the head's lines
    stand short of the column."""
    if i == 0 or indented(rows[i][0]):
        return None
    signed = is_signed(rows[i - 1][0])
    # a line of furniture under the finished sentence (`扫码看访谈视频`, `本版编辑：…`) closes its column, when a
    # column's name or a headline printed twice stands under it (a QR code's prompt may have its box's title)
    furniture = (
        i + 1 < len(rows)
        and is_furniture_line(rows[i][0].strip())
        and ends_sentence(rows[i - 1][0])
        and (is_column_label(rows[i + 1][0]) or printed_twice(rows[i + 1][0]))
    )
    if not (signed or ends_sentence(rows[i - 1][0])) or (
        layout.flat and not furniture and not layout.short(rows[i - 1][0])
    ):
        return None
    credit = 1 if furniture or is_credit(rows[i][0].strip()) else 0
    label = 1 if i + credit + 1 < len(rows) and is_column_label(rows[i + credit][0]) else 0
    if (signed or credit) and opens_with_dateline(rows[i + credit][0] if i + credit < len(rows) else ""):
        return credit, [rows[i + credit]], i + credit + 1  # a report with no head of its own opens there
    head: list[tuple[str, int]] = []
    j = i + credit + label
    if j < len(rows) and GLUED_LEAD.match(
        rows[j][0].strip()
    ):  # the head, its dateline and its lead on one line
        head, j = [rows[j]], j + 1
        return credit, [rows[i + credit], ("", rows[j - 1][1]), *head] if label else head, j
    bylined = doubled = False
    while j < len(rows) and len(head) <= _MAX_HEAD:
        # a headline the PDF printed twice in bold (`金山社区金山社区““…`) is a head, however wide
        if printed_twice(rows[j][0]):
            head.append(rows[j])
            doubled = True
            j += 1
            continue
        if layout.opens_lead(rows[j][0], head):
            break
        line = rows[j][0].strip()
        if layout.flat and not layout.short(line):
            return None
        glued = _GLUED_DATELINE.search(line)
        if glued and glued.start() > 0 and is_headline_shape(line[: glued.start()]):
            head += [(line[: glued.start()], rows[j][1]), (glued.group(0), rows[j][1])]
            bylined = True
            j += 1
            break
        if head and is_byline_text(line):
            head.append(rows[j])
            bylined = True
            j += 1
            break
        if not (is_headline_shape(line) or LINE_SHAPE["subtitle"].match(line)):
            return None
        head.append(rows[j])
        j += 1
    if not head or len(head) > _MAX_HEAD + 1 or j >= len(rows) or not layout.opens_lead(rows[j][0], head):
        return None
    if label:  # the column's name stands apart over its first head (`简 讯` between blank lines)
        return credit, [rows[i + credit], ("", rows[i + credit + 1][1]), *head], j
    if (
        credit
        or signed
        or bylined
        or doubled
        or opens_with_dateline(rows[j][0], bare=True)
        or lead_names_place(rows, i, head, j)
    ):
        return credit, head, j
    return None


def _head_under_its_body(rows: list[tuple[str, int]], i: int) -> bool:
    """The stretch ends in one or two unindented headline-shaped lines under a finished sentence: a headline the
    page prints under its body (real R17 r17_02: `…的民生实事。` / `利用协商议事平台 街道为群众解难题`)."""
    if i == 0 or not 1 <= len(rows) - i <= 2:  # (asked at every line: the rest is read only near the end)
        return False
    rest = [line.strip() for line, _ in rows[i:]]
    return ends_sentence(rows[i - 1][0]) and all(
        not indented(line) and is_headline_shape(text) for (line, _), text in zip(rows[i:], rest, strict=True)
    )
