"""A web page a browser printed to PDF: each printed sheet opens with the browser's header (the date and time of
printing, then the page's title: `2026/8/14 上午9:26    江西推动…_赣鄱党建网`) and closes with its footer (the
address and the sheet's number of the whole: `https://…    1/2`, or the number alone).

The header and footer lines are dropped before the lines are read (like runningheads' page lines): between two
sheets they cut a paragraph's run, and the header repeats the headline with the site's name glued to it. Only a
page whose first line is such a header is read so; a lone `1/2` elsewhere stays.
"""

from __future__ import annotations

import re

# `2026/8/14 上午9:26`, `2026/8/14 09:26`, `2026-08-14 9:26 PM`, then maybe the page's title after a gap
_HEADER = re.compile(
    r"^\s*\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+(?:[上下]午\s*)?\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s{2,}\S.*)?\s*$"
)
_FOOTER = re.compile(r"^\s*(?:(?:https?://|www\.)\S+\s+)?\d{1,3}\s*/\s*\d{1,3}\s*$")


def _first_line(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.strip()), None)


def drop_print_lines(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page without its browser's print headers and footers; unchanged (the same objects) when its first
    line is no print header."""
    lines = text.split("\n")
    first = _first_line(lines)
    if first is None or not _HEADER.match(lines[first]):
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    kept = [i for i, line in enumerate(lines) if not (_HEADER.match(line) or _FOOTER.match(line))]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]
