"""A proof sheet (校样) saved as text: what the typesetter prints around the page for its proofreaders.

Its margin line numbers, counted every five or ten lines of the column (`5`, `10`, `15` …), come out as a
column of their own: a run of lines each holding one number alone, anywhere in the text (between a headline and
its lead, or inside a sentence and a figure: `…累计巡边1.5万余公` / `5` / `10` / … / `里，…`). Read as lines they
cut heads from their bodies and glued digits into sentences; three or more such lines in a row, counting up by
one step of five or ten, are dropped (a pass of workers.process_page before the lines are read, as rubylines'),
so the lines around them read on as printed. A run counting otherwise (`1` `2` `3`, a list's bare numbers; `2`
`4` `8`) stays.

Its stamp and its proofreaders' lines (`【二校样】　某某报　第5版　…　签发：________`, `校对：某某　一校 √　二校 √
三校 □　（校样，请勿外传）`) are furniture, and so is the place a photo is to go, alone on its line (`〔图片位置：
待定〕`, `（图略）`): is_proof_line, asked by furniture.is_furniture_line.
"""

from __future__ import annotations

import itertools
import re

_NUMBER_ALONE = re.compile(r"^[ \u3000\t]*(\d{1,3})[ \u3000\t]*$")
_ANY_NUMBER_ALONE = re.compile(r"(?m)^[ \u3000\t]*\d{1,3}[ \u3000\t]*$")
_STEPS = (5, 10)  # how often a proof sheet numbers its lines
_MIN_RUN = 3

# A proofreading round and its tick box (`二校 √`, `三校 □`), the proof's stamp (`【二校样】`, `（校样，请勿外传）`)
# or the blank left for the signature releasing the page (`签发：________`).
_PROOF_MARK = re.compile(
    r"[一二三四终]校[ \u3000]*[√✓✔□☐☑■×]"
    r"|【[一二三四终初清]?校样】"
    r"|校样[，,、 \u3000]*(?:请勿外传|不得外传|仅供校对)"
    r"|签发[:：][ \u3000]*[_＿]{2,}"
)
_SENTENCE_MARKS = re.compile(r"[。！？；]")
# The place a photo is to go, left in the text by the proof or the draft (`〔图片位置：待定〕`, `（图略）`, `【配图】`):
# no caption, no heading.
_IMAGE_PLACE = re.compile(
    r"^[〔【（(\[［](?:此处)?(?:插入|放置|预留)?(?:图片|照片|配图|插图|图)(?:位置|位|略|待定|待补)?"
    r"(?:[:：][^〔〕【】（）()\[\]［］]{0,8})?[〕】）)\]］]$"
)


def is_proof_line(text: str) -> bool:
    """A proof sheet's stamp or proofreaders' line: a proof mark (`二校 √`, `【二校样】`, `校样，请勿外传`,
    `签发：____`) on a line holding no sentence; the place a photo is to go, alone on its line (`〔图片位置：
    待定〕`, `（图略）`)."""
    if _IMAGE_PLACE.match(text.strip()):
        return True
    return _PROOF_MARK.search(text) is not None and _SENTENCE_MARKS.search(text) is None


def _margin_runs(lines: list[str]) -> set[int]:
    """The indexes of the lines in runs of margin numbers: three or more numbers alone in a row, counting up by
    one of _STEPS, each a multiple of it."""
    dropped: set[int] = set()
    i = 0
    while i < len(lines):
        match = _NUMBER_ALONE.match(lines[i])
        if match is None:
            i += 1
            continue
        values = [int(match.group(1))]
        j = i + 1
        while j < len(lines) and (following := _NUMBER_ALONE.match(lines[j])) is not None:
            values.append(int(following.group(1)))
            j += 1
        if len(values) >= _MIN_RUN and any(_counts_by(values, step) for step in _STEPS):
            dropped.update(range(i, j))
        i = j
    return dropped


def _counts_by(values: list[int], step: int) -> bool:
    return (
        values[0] % step == 0 and values[0] > 0 and all(b - a == step for a, b in itertools.pairwise(values))
    )


def drop_margin_numbers(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page without its margin line numbers; unchanged (the same objects) when it has none."""
    if _ANY_NUMBER_ALONE.search(text) is None:  # (fast path: most pages)
        return text, printed
    lines = text.split("\n")
    dropped = _margin_runs(lines)
    if not dropped:
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    kept = [i for i in range(len(lines)) if i not in dropped]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]
