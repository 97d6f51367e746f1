"""Punctuation the layout did not hang: a closing mark opening a line (a pass before the lines are read).

A typesetter hangs a comma, a full stop or a closing quote at the end of a full line; a layout (or an
extraction: pdftotext -layout) that does not sets it at the start of the next line instead, so lines open with
`，由社区党员…`, `。一年来…`, or a line holds only a paragraph's `。` or `。”`. Chinese never opens a line with a
closing mark: each such run goes back to the end of the line above (a text line that ends no sentence, or any for a
closing quote or bracket: `…说上话。` / `”`), and a line left empty is dropped, so the sentence reads whole and
the paragraph ends where it was printed to. The mirror: an opening bracket left at the end of a line after a
sentence's end, the next line closing it (`…增收2100余万元。（` / `记者 刘冬梅）`), opens the next line: the credit
it brackets reads on its own line.
"""

from __future__ import annotations

import re

from builder.ingest.textrules import ends_sentence, has_cjk

# The closing marks that never open a printed line (an opening bracket or quote, a dash or ellipsis may).
_OPENING_CLOSERS = re.compile(r"^[，。、；：！？”’）》」』]+")


_MIN_LINE = (
    4  # characters of a text line: a stack of one character a line (a vertical headline) keeps its marks
)


_QUOTE_CLOSERS = "”’）》」』"
# a line ending a sentence, then an opening bracket; the line under it closing that bracket before opening another
_LEFT_OPENER = re.compile(r"[。！？]（$")
_CLOSES_BRACKET = re.compile(r"^[^（）]{1,40}）")


def _takes_marks(above: str, marks: str) -> bool:
    """The line above can take the marks: a line of Chinese text whose sentence is still open, or any such line
    for a closing quote or bracket (`…就能说上话。` / `”`: the quote closes after the full stop)."""
    if len(above.strip()) < _MIN_LINE or not has_cjk(above):
        return False
    return marks[0] in _QUOTE_CLOSERS or not ends_sentence(above)


def hang_punctuation(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """Each line opening with closing marks gives them to the line above; unchanged (the same objects) when no
    line opens so. `printed` maps each line to the printed line it came from (None: the lines as printed)."""
    lines = text.split("\n")
    for i in range(len(lines) - 1):
        if _LEFT_OPENER.search(lines[i].rstrip()) and _CLOSES_BRACKET.match(lines[i + 1].lstrip()):
            lines[i] = lines[i].rstrip()[:-1]
            lines[i + 1] = "（" + lines[i + 1].lstrip()
            text = "\n".join(lines)
    moves = [
        i
        for i in range(1, len(lines))
        if (marks := _OPENING_CLOSERS.match(lines[i].lstrip())) and _takes_marks(lines[i - 1], marks.group())
    ]
    if not moves:
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    dropped: set[int] = set()
    for i in moves:
        marks = _OPENING_CLOSERS.match(lines[i].lstrip())
        assert marks is not None
        lines[i - 1] = lines[i - 1].rstrip() + marks.group()
        rest = lines[i].lstrip()[marks.end() :]
        if rest.strip():
            lines[i] = rest
        else:
            dropped.add(i)
    kept = [i for i in range(len(lines)) if i not in dropped]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]
