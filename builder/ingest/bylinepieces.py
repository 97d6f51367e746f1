"""A byline the layout printed in pieces, set on one line before the lines are read (a pass of
units.classify_page), so the head rules see a byline under the headline and the byline rule reads it whole:

- printed one character a line between the headline and the lead (`本`/`报`/`记`/`者`/`陈`/`曦`, heldout27 p06
  kind): one line, the role apart from the name (`本报记者 陈曦`);
- a transliterated name the wrap cut at its middle dot (`本报记者 阿依古丽·` / `艾买提　通讯员 王磊`, heldout27 p08
  kind): the two lines one, the name joined with no space.

The joined line keeps the first piece's printed number.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.reporternames import WRITER_ROLES
from builder.ingest.textrules import has_cjk

_ROLE_THEN_NAME = re.compile(rf"({WRITER_ROLES})(?=[\u4e00-\u9fff])")
_MIN_STACKED = 4  # characters of a byline printed one a line (`记`/`者`/`王`/`芳`)
_NAME_DOTS = ("·", "・", "•")


def bylines_in_pieces_joined(lines: list[str], numbers: list[int]) -> None:
    """Each byline printed one character a line, or cut at a name's middle dot, set on one line."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and len(lines[end].strip()) == 1 and has_cjk(lines[end].strip()):
            end += 1
        word = "".join(line.strip() for line in lines[index:end])
        if end - index >= _MIN_STACKED and is_byline_text(word):
            lines[index:end] = [_ROLE_THEN_NAME.sub(r"\1 ", word)]
            numbers[index + 1 : end] = []
            end = index + 1
        elif end == index and _cut_at_dot(lines, index):
            lines[index : index + 2] = [lines[index].rstrip() + lines[index + 1].strip()]
            del numbers[index + 1]
        index = max(end, index + 1)


def _cut_at_dot(lines: list[str], index: int) -> bool:
    """A line ending in a name's middle dot whose next line completes a byline with it."""
    line = lines[index].rstrip()
    if not line.endswith(_NAME_DOTS) or index + 1 >= len(lines) or not lines[index + 1].strip():
        return False
    return not is_byline_text(line) and is_byline_text(line + lines[index + 1].strip())
