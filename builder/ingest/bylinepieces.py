"""A byline the layout printed in pieces, set on one line before the lines are read (a pass of
units.classify_page), so the head rules see a byline under the headline and the byline rule reads it whole:

- printed one character a line between the headline and the lead (`本`/`报`/`记`/`者`/`陈`/`曦`, heldout27 p06
  kind): one line, the role apart from the name (`本报记者 陈曦`);
- a transliterated name the wrap cut at its middle dot (`本报记者 阿依古丽·` / `艾买提　通讯员 王磊`, heldout27 p08
  kind): the two lines one, the name joined with no space.

- a reporter line a narrow column wrapped over two to four lines, a name cut at each break (`文、图/某某晚报记者　林` /
  `翎　实习生　蔡华海　通讯员　黄` / `尧婕　林妙婷近日，某某市…`, real R32 p2 kind): one line of the byline, and the
  lead glued after its last name on a line of its own.

The joined line keeps the first piece's printed number.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.headlinecontext import opens_like_lead
from builder.ingest.reporternames import WRITER_ROLES
from builder.ingest.textrules import has_cjk, indented

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
        elif end == index and (wrapped := _wrapped_byline(lines, index)) is not None:
            last, byline, lead = wrapped
            lines[index : last + 1] = [byline, lead] if lead else [byline]
            numbers[index + 1 : last + 1] = [numbers[last]] if lead else []
            end = index + (2 if lead else 1)
        index = max(end, index + 1)


def _cut_at_dot(lines: list[str], index: int) -> bool:
    """A line ending in a name's middle dot whose next line completes a byline with it."""
    line = lines[index].rstrip()
    if not line.endswith(_NAME_DOTS) or index + 1 >= len(lines) or not lines[index + 1].strip():
        return False
    return not is_byline_text(line) and is_byline_text(line + lines[index + 1].strip())


# a reporter line's opening: maybe the work's credit (`文/`, `文、图/`), maybe the paper or media centre, the role
_OPENS_BYLINE = re.compile(
    r"^(?:[文图][、·]?[文图摄]?[ \u3000]*[/／][ \u3000]*)?"
    r"(?:[\u4e00-\u9fff·]{2,12}?(?:日报|晚报|报社|融媒体中心|新闻网|客户端|新闻))?"
    r"(?:本报)?(?:全媒体)?(?:特约)?(?:记者|通讯员|实习生)"
)
_MAX_WRAPPED_LINES = 4
_NAME_LENGTHS = (3, 2, 4)  # characters of the last name before a glued lead, the commonest first


def _wrapped_byline(lines: list[str], index: int) -> tuple[int, str, str] | None:
    """A reporter line wrapped onto the lines under it, the breaks cutting names (no byline alone, a byline
    joined): its last line's index, the byline on one line, and the lead glued after its last name (or '')."""
    first = lines[index].strip()
    if not _OPENS_BYLINE.match(first) or is_byline_text(first) or _SENTENCE_END.search(first):
        return None
    joined = first
    for last in range(index + 1, min(index + _MAX_WRAPPED_LINES, len(lines))):
        piece = lines[last].strip()
        if not piece:
            return None
        joined += piece
        after = lines[last + 1] if last + 1 < len(lines) else ""
        if is_byline_text(joined) and (not after.strip() or indented(after)):
            return last, joined, ""
        space = max(joined.rfind(" "), joined.rfind("\u3000"))
        for length in _NAME_LENGTHS if space > len(first) else ():
            names, lead = joined[: space + 1 + length], joined[space + 1 + length :]
            if len(lead) >= _MIN_LEAD and is_byline_text(names) and opens_like_lead(lead):
                return last, names, lead
    return None


_SENTENCE_END = re.compile(r"[。！？；]")
_MIN_LEAD = 4  # characters of the lead glued after the last name
