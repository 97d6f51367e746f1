"""An interview's or a dialogue's turns printed flush, each opened by its speaker and a colon (layouts33 p01:
`记者：…？` / `王志刚：小区是…` on a page marking its paragraphs by indents): each turn is a paragraph of its own,
never the words of the turn above going on (paragraphs.assemble asks, after a finished sentence only)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from builder.ingest.pagelines import TEXT, Unit
from builder.ingest.reporternames import COMMON_SURNAMES, SIGNATURE_NAME, TRANSLITERATED_NAME

# the turn labels of one asking (`记者：`, `问：`, `主持人：`)
ASKERS = frozenset({"记者", "问", "主持人"})
# an interview's own turn labels, the asker's and the answer's (`答：`): turns on any page that names a speaker
INTERVIEW_LABELS = ASKERS | {"答"}
# a turn's speaker and colon opening a line: the questioner (`记者：`, `问：`, `主持人：`) or a person's name (`王志刚：`,
# `老张：`, `格桑：`), never a place (`杨林村：`) nor a label of ordinary text (`时间：…`, `主要做法：…`)
_TURN = re.compile(
    rf"^({'|'.join(sorted(INTERVIEW_LABELS))}|[老小][{COMMON_SURNAMES}]|{SIGNATURE_NAME}(?<![村镇乡县区市])"
    rf"|{TRANSLITERATED_NAME})[：:]"
)
_TURNS_AT_LEAST = 2  # lines a speaker's name opens: one alone is a label or a sentence's words


def speakers(units: Iterable[Unit]) -> frozenset[str]:
    """The speakers who open two text lines or more of the page with their name and a colon."""
    counts = Counter(m.group(1) for u in units if u.kind == TEXT and (m := _TURN.match(u.text)))
    return frozenset(name for name, count in counts.items() if count >= _TURNS_AT_LEAST)


def turn_speaker(text: str) -> str | None:
    """The speaker whose name and colon open the text (`王志刚：小区是…` -> 王志刚, `记者：…` -> 记者), else None."""
    match = _TURN.match(text)
    return match.group(1) if match else None


def opens_turn(text: str, page_speakers: frozenset[str]) -> bool:
    """The line opens a turn of a speaker who takes turns on the page (a questioner's label counts once there is
    another speaker's turn too)."""
    match = _TURN.match(text)
    if match is None or not page_speakers:
        return False
    return match.group(1) in page_speakers or (match.group(1) in INTERVIEW_LABELS and bool(page_speakers))
