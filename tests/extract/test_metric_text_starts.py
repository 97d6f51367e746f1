"""sentence_start / clause_start with no reach read back in growing windows (a 700 000-character paragraph, a
hostile page's one line, was read from its start for every number: minutes): the same answer as reading the
whole text before the position, on texts with marks near, far and nowhere."""

from __future__ import annotations

import random
import re

from builder.extract.metric_text import CLAUSE_END, SENTENCE_END, clause_start, sentence_start


def _whole(marks: re.Pattern[str], text: str, pos: int) -> int:
    return max((m.end() for m in marks.finditer(text, 0, pos)), default=0)


def test_reading_back_in_windows_finds_what_reading_the_whole_text_finds():
    rng = random.Random(27)
    for _ in range(300):
        size = rng.choice([10, 300, 3000, 20000])
        gaps = rng.choice([0.0, 0.001, 0.05])
        text = "".join(rng.choice("。，；") if rng.random() < gaps else "字" for _ in range(size))
        for pos in (0, size // 3, size - 1, size):
            assert sentence_start(text, pos, None) == _whole(SENTENCE_END, text, pos)
            assert clause_start(text, pos, None) == _whole(CLAUSE_END, text, pos)
