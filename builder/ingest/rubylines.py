"""Pinyin (ruby) printed over a rare character in a headline, a byline or a line of text (`莘县` with `shēn` over
莘, `耒阳` with `lěi` over 耒): the extraction sets the pinyin as a line of its own, maybe indented, over the line
printing the character. Read as a line, it was glued into the byline (`shēn本报讯（记者…`) or the title
(`…家门口lěi`) and cut heads from their leads. A line of one to four pinyin syllables alone, at least one with its
tone mark (`shēn`, `lǜ`, `xī yáng`: so an English word stays), is dropped: the lines above and below read on as
printed. A pass of workers.process_page before the lines are read; lines keep their printed numbers.
"""

from __future__ import annotations

import re

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = f"[a-zü{_TONED}]{{1,6}}"
_RUBY_LINE = re.compile(f"^[ \u3000\t]*{_SYLLABLE}(?:[ \u3000]{_SYLLABLE}){{0,3}}[ \u3000\t]*$")
_TONE_MARK = re.compile(f"[{_TONED}]")


def is_ruby_line(line: str) -> bool:
    """A line of pinyin alone: one to four lower-case syllables, one at least with a tone mark."""
    return _TONE_MARK.search(line) is not None and _RUBY_LINE.match(line) is not None


def drop_ruby_lines(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page without its pinyin lines; unchanged (the same objects) when it has none."""
    if _TONE_MARK.search(text) is None:
        return text, printed
    lines = text.split("\n")
    kept = [i for i, line in enumerate(lines) if len(line) > 40 or not is_ruby_line(line)]
    if len(kept) == len(lines):
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]
