"""A flush line standing alone on an indented page: under a short line ending a sentence and over an indented
paragraph's first line, with no blank line around it (a page printing none). Such a line is no wrap of the
paragraph above, however much of the column it fills: the paragraph above ended with its short last line and the
next one opens with its indent, so the line between them is a heading (`“邻里之家”将党组织嵌入邻里间`) or, printed
wider than the column, the headline of the next report (`某市某县丨党建引领聚合力 乡村旧貌换新颜`): a subheading
stays within its column. Unit rules of `builder.ingest.paragraphs` (UNIT_RULES): `standalone_headline` before a
wrapped line's rule, and `standalone_line`, which that rule asks before letting such a line go on unindented.
Under a full line ending a sentence, such a line short of the column with a heading's shape is a heading too
(`heading_over_indented_line`, which the wrapped line's rule asks before joining it), and so are two such lines, the
first ending in a dash (`heading_over_two_lines`, a unit rule before the wrapped line's)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest.headlinecontext import headline_line
from builder.ingest.pagelines import HEADING, HEADLINE, TEXT, Unit
from builder.ingest.subheadings import is_heading_candidate
from builder.ingest.textrules import ends_sentence

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly

_WIDER = 2.0  # how much wider than the column around it a headline spanning columns stands at least
_SHORT_END = 1.5  # how much shorter than the column the line ending the paragraph above stands
_HEADING_SHORT_BY = 3  # characters a heading stands short of the column, at least (a wrapped line fills it)


def standalone_line(after: Unit | None) -> bool:
    """The text line `after` the line being placed opens an indented paragraph right under it (no gap)."""
    return after is not None and after.kind == TEXT and not after.blanks_before and after.indent


def standalone_headline(state: Assembly) -> bool:
    """A flush line wider than its column, alone between a paragraph's short last line (a sentence end) and an
    indented first line, on an indented page: the next report's headline (it opens its article)."""
    unit, last = state.unit, state.last_line
    after = state.units[state.index] if state.index < len(state.units) else None
    if not (
        state.indented_page
        and unit.kind == TEXT
        and not unit.indent
        and not unit.blanks_before
        and last is not None
        and state.current is not None
        and ends_sentence(state.current.text)
        and state.deficit(last) > _SHORT_END
        and state.deficit(unit) <= -_WIDER
        and standalone_line(after)
        and headline_line(unit.text)
    ):
        return False
    state.flush()
    state.out.append(Unit(HEADLINE, unit.text, unit.line, width=unit.width, opens=True))
    state.last_line = None
    return True


def heading_over_indented_line(state: Assembly, unit: Unit) -> bool:
    """On an indented page, after a finished sentence (its line filled the column), a short phrase with no
    sentence end right over an indented paragraph's first line (`…进行了授旗。` / `红马甲 让产业“强”起来` /
    `　　在长城镇…`): no paragraph's last line (one ends its sentence), a heading over the next paragraph. A
    phrase of two quoted halves (`从“无处安身”到“有处可歇”`) is one, too, as wide as the column: a line going on
    with a new sentence never closes its quotes so and stops short of the indented line."""
    after = state.units[state.index] if state.index < len(state.units) else None
    return (
        state.indented_page
        and state.current is not None
        and ends_sentence(state.current.text)
        and standalone_line(after)
        and (
            state.deficit(unit) >= _HEADING_SHORT_BY
            or (_quoted_halves(unit.text) and state.deficit(unit) >= 0)
        )
        and is_heading_candidate(unit.text)
        and not ends_sentence(unit.text)
    )


# a heading's two quoted halves (`从“…”到“…”`, `“…”变“…”`): a turn from one state to another (each half at most eight
# characters, not a named practice's twelve (patterns.QUOTED_NAME): both halves and the words around them make one line)
_QUOTED_HALVES = re.compile(r"^[\u4e00-\u9fff]{0,3}“[^“”]{2,8}”[\u4e00-\u9fff]{1,3}“[^“”]{2,8}”$")


def _quoted_halves(text: str) -> bool:
    return _QUOTED_HALVES.match(text) is not None


def heading_over_two_lines(state: Assembly) -> bool:
    """On an indented page, after a finished sentence, a heading printed on two lines, the first ending in a dash
    (`群众的事群众说了算——` / `共谋共建让居民成为治理“主角”` / `　　时间拉回到…`): the dash carries the first line on
    into the second, a short phrase right over an indented paragraph's first line; both stand short of the column
    (no paragraph's wrapped line ends in a dash so short). One heading, the lines joined as printed."""
    unit, units, index = state.unit, state.units, state.index
    second = units[index] if index < len(units) else None
    if not (
        state.indented_page
        and unit.kind == TEXT
        and not unit.indent
        and state.current is not None
        and ends_sentence(state.current.text)
        and unit.text.endswith("——")
        and is_heading_candidate(unit.text[:-2])
        and state.deficit(unit) >= _HEADING_SHORT_BY
        and second is not None
        and second.kind == TEXT
        and not second.indent
        and not second.blanks_before
        and state.deficit(second) >= _HEADING_SHORT_BY
        and is_heading_candidate(second.text)
        and not ends_sentence(second.text)
        and standalone_line(units[index + 1] if index + 1 < len(units) else None)
    ):
        return False
    state.flush()
    state.out.append(Unit(HEADING, unit.text + second.text, unit.line, blanks_before=unit.blanks_before))
    state.index += 1
    state.last_line = None
    return True
