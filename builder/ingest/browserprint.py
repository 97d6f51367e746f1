"""A web page a browser printed to PDF: each printed sheet opens with the browser's header (the date and time of
printing, then the page's title: `2026/8/14 上午9:26    江西推动…_赣鄱党建网`) and closes with its footer (the
address and the sheet's number of the whole: `https://…    1/2`, or the number alone).

The header and footer lines are dropped before the lines are read (like runningheads' page lines): between two
sheets they cut a paragraph's run, and the header repeats the headline with the site's name glued to it. Only a
page whose first line is such a header is read so, and only the sheets' head and foot bands: a header is the
page's first line, the same header again, or a header-shaped line right under a footer; a footer is the page's
last line or one right over a header. A line of the same shape inside the text (a schedule's `2026/8/15 09:30
签到`, a lone `1/2`) stays.
"""

from __future__ import annotations

import itertools
import re

# `2026/8/14 上午9:26`, `2026/8/14 09:26`, `2026-08-14 9:26 PM`, then maybe the page's title after a gap
_HEADER = re.compile(
    r"^\s*\d{4}[/-]\d{1,2}[/-]\d{1,2}\s+(?:[上下]午\s*)?\d{1,2}:\d{2}(?:\s*[AP]M)?(?:\s{2,}\S.*)?\s*$"
)
_FOOTER = re.compile(r"^\s*(?:(?:https?://|www\.)\S+\s+)?\d{1,3}\s*/\s*\d{1,3}\s*$")


def _first_line(lines: list[str]) -> int | None:
    return next((i for i, line in enumerate(lines) if line.strip()), None)


def _print_bands(lines: list[str], first: int) -> set[int]:
    """The lines of the sheets' head and foot bands: the headers (the first line, the same header again, a
    header-shaped line right under a footer) and the footers (right over a header, or the page's last line)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    header = " ".join(lines[first].split())
    under_footer = {i for before, i in itertools.pairwise(filled) if _FOOTER.match(lines[before])}
    headers = {
        i
        for i in filled
        if i == first
        or " ".join(lines[i].split()) == header
        or (i in under_footer and _HEADER.match(lines[i]))
    }
    footers = {
        i
        for i, after in zip(filled, [*filled[1:], None], strict=True)
        if _FOOTER.match(lines[i]) and (after is None or after in headers)
    }
    return headers | footers


def drop_print_lines(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page without its browser's print headers and footers; unchanged (the same objects) when its first
    line is no print header."""
    lines = text.split("\n")
    first = _first_line(lines)
    if first is None or not _HEADER.match(lines[first]):
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    bands = _print_bands(lines, first)
    kept = [i for i in range(len(lines)) if i not in bands]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]
