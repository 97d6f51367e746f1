"""A headline printed spaced out, a space (ASCII or full width) between every two characters (`黄 河 口 边 议 事 忙`,
`小　区　里　的　“　红　色　业　委　会　”`), closed up before the lines are read.

Spaced-out letters were closed up only when their own line was read (textrules.collapse_spaced_letters), so a head
block read from the lines ahead (headblocks) took the spaced line as printed (`物业难题有了“解题人”小 区 里 的 “ 红
色 业 委 会`: the kicker glued to half the headline, the byline under it read as the headline), and a spaced line
standing over a blank line was a page label (furniture) even when a body opened under it. A page's or column's label
is printed spaced out too (`特 别 报 道`, `党 建 · 基 层 治 理`, `记 者 手 记`): it stays as printed. A spaced line is a
headline when its text closed up reads as one (5 characters or more, no `·`, no known label) and what stands under
it, past one blank line at most (and its `——` subtitle), is its byline, a dateline or an indented lead (a body opens
there; a label stands over a headline); a headline spaced out over two lines (`漓　江　边　上　的` / `“民　宿　党　建”`)
is closed up so when the two lines read as one headline. A pass before the lines are read (`units.classify_page`). A gap wider than the one between its
letters (`善 治 有 方   幸 福 可 感`) parts the two phrases of a phrase pair: one space is kept there (`善治有方 幸福可感`),
the headline's own, so that it is not read as a second line going on from a kicker above it.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.datelines import BAOXUN
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelabels import KNOWN_COLUMN_LABELS, SIDEBAR_LABEL
from builder.ingest.textrules import indented

# one character, then one more after each run of spaces: 5 characters at least
_SPACED_OUT = re.compile(r"^\S(?:[ \u3000]+\S){4,}$")
_LABEL_MARKS = ("·", "・", "|", "｜")
# a spaced-out headline's second line (`漓　江　边　上　的` / `“民　宿　党　建”`): 3 characters at least, a quote
# mark maybe glued to one
_SPACED_PART = re.compile(r"^[“‘《]?\S[”’》]?(?:[ \u3000]+[“‘《]?\S[”’》]?){2,}$")


def close_spaced_heads(lines: list[str]) -> None:
    """Close up, in place, each headline the page prints spaced out over its byline, dateline or lead."""
    for index, raw in enumerate(lines):
        text = raw.strip()
        if not _SPACED_OUT.match(text):
            continue
        closed = re.sub(r"[ \u3000]+", "", text)
        second = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if _SPACED_PART.match(second) and _reads_as_headline(closed + re.sub(r"[ \u3000]+", "", second)):
            if _opens_body_under(lines, index + 2):  # a headline spaced out over two lines
                lines[index + 1] = lines[index + 1].replace(second, _closed_up(second))
                lines[index] = raw[: len(raw) - len(raw.lstrip())] + _closed_up(text)
            continue
        if not _reads_as_headline(closed) or not _opens_body_under(lines, index + 1):
            continue
        lines[index] = raw[: len(raw) - len(raw.lstrip())] + _closed_up(text)


def _closed_up(text: str) -> str:
    """The spaced letters closed up, one space kept at each gap wider than the narrowest (a phrase pair's gap),
    when each phrase it parts is two characters or more."""
    letters, gaps = _GAP.split(text), [_width(gap) for gap in _GAP.findall(text)]
    parts = [letters[0]]
    for gap, letter in zip(gaps, letters[1:], strict=True):
        if gap > min(gaps):
            parts.append("")
        parts[-1] += letter
    if len(parts) > 1 and all(len(part) >= 2 for part in parts):
        return " ".join(parts)
    return "".join(parts)


_GAP = re.compile(r"[ \u3000]+")


def _width(gap: str) -> int:
    return sum(2 if ch == "\u3000" else 1 for ch in gap)


def _reads_as_headline(closed: str) -> bool:
    return (
        not any(mark in closed for mark in _LABEL_MARKS)
        and closed not in KNOWN_COLUMN_LABELS
        and not SIDEBAR_LABEL.match(closed)
        and is_headline_shape(closed)
    )


def _opens_body_under(lines: list[str], start: int) -> bool:
    """Past one blank line at most, the next line is a byline, a dateline or an indented lead."""
    index = start
    if index < len(lines) and not lines[index].strip():
        index += 1
    if index >= len(lines) or not lines[index].strip():
        return False
    following = lines[index]
    text = following.strip()
    if text.startswith("——") and index + 1 < len(lines):  # its `——` subtitle, the byline or lead under it
        return _opens_body_under(lines, index + 1)
    return starts_byline(text) or BAOXUN.match(text) is not None or (indented(following) and len(text) >= 10)
