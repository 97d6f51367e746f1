"""A watermark printed across the page (a review copy's diagonal `审读样稿`, a `样张`, a `SAMPLE`): the extraction
sets each of its characters as a line of its own wherever the mark crosses the text, maybe indented a step further
each time (`审`, `  读`, `    样`), inside paragraphs and sentences and figures (`…老年人占比近` / `审` / `三成。`,
`参与居民31` / `    样` / `00余人次`). Read as lines, they cut sentences, glued characters into them and split a
figure in two. A line of one letter alone (a character or a Latin letter, no digit, no mark) between two lines of
text is such a character when the same letter stands so again elsewhere on the page, and then so is a letter standing so
once inside a sentence (the line under it goes on, unindented, from a line over it that ends no sentence): those
lines are dropped, so the lines around them read on as printed. On a page with no letter repeated so, a character
alone (a paragraph's last character wrapped), and on any page a run of such lines (a byline printed one character a line: bylinepieces.py), stays. A pass of workers.process_page
before the lines are read, as rubylines'; lines keep their printed numbers.
"""

from __future__ import annotations

import re
from collections import Counter

_LONE_LETTER = re.compile(r"^[ \u3000\t]*([^\W\d_])[ \u3000\t]*$")
_ANY_LONE_LETTER = re.compile(r"(?m)^[ \u3000\t]*[^\W\d_][ \u3000\t]*$")
_MIN_REPEATS = 2  # how often a watermark's letter stands alone on the page, at least
_SENTENCE_ENDS = ("。", "！", "？", "”", "」", "：", "；")
_INDENTS = ("\u3000", " ", "\t")


def _letter(line: str) -> str | None:
    found = _LONE_LETTER.match(line)
    return found.group(1) if found else None


def drop_watermark_lines(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page without its watermark's letters; unchanged (the same objects) when it has none."""
    if len(_ANY_LONE_LETTER.findall(text)) < _MIN_REPEATS:
        return text, printed
    lines = text.split("\n")

    def between_text(i: int) -> bool:  # a line of text on either side: no blank, no other lone letter
        return all(
            0 <= j < len(lines) and lines[j].strip() and _letter(lines[j]) is None for j in (i - 1, i + 1)
        )

    lone = {i: letter for i, line in enumerate(lines) if (letter := _letter(line)) and between_text(i)}
    repeated = {letter for letter, count in Counter(lone.values()).items() if count >= _MIN_REPEATS}
    if not repeated:
        return text, printed
    # on a page so marked, a letter alone once inside a sentence is the mark's too (the mark crossed the text
    # there once): the line under it goes on, unindented, from the line over it
    dropped = {
        i for i, letter in lone.items() if letter in repeated or _inside_sentence(lines[i - 1], lines[i + 1])
    }
    return _without(lines, dropped, printed)


def _inside_sentence(above: str, below: str) -> bool:
    return not above.rstrip().endswith(_SENTENCE_ENDS) and not below.startswith(_INDENTS)


def _without(lines: list[str], dropped: set[int], printed: list[int] | None) -> tuple[str, list[int] | None]:
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    kept = [i for i in range(len(lines)) if i not in dropped]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]
