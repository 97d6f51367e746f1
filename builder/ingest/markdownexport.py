"""A page a PDF-to-Markdown converter (MinerU-like) wrote: it marks every line set in a larger or bolder type as a
`# ` heading, the masthead and the byline as well as the headlines, and leaves an image placeholder
(`![](images/<hash>.jpg)`) where a photo stood, often between two sentences of one paragraph.

Read as the printed page was: a `# ` line holding a byline alone (`# 本报记者 张云鹏`) and a masthead (`# 津门社区`,
the page's first line, over its date and page line) lose their marks, so the byline and masthead rules read them;
an image placeholder alone on its line becomes a blank line (the photo's caption, if any, is on its own lines).
A pass of workers.process_page before the column passes; units reads the `# ` headlines left.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.datelines import split_baoxun
from builder.ingest.furniture import is_page_line

_MD_HEADING = re.compile(r"^#{1,6}\s+(\S.*?)\s*$")
_IMAGE = re.compile(r"^\s*!\[[^\]]*\]\([^)\s]*\)\s*$")  # `![](images/3b9f0c2e….jpg)` alone on its line


def _byline_alone(text: str) -> bool:
    byline, rest = split_baoxun(text)
    return is_byline_text(text) or (byline is not None and not rest.strip())


def _masthead(lines: list[str], i: int) -> bool:
    """Line i is the page's first line and a page line (date and page) is the next line printed under it."""
    if any(line.strip() for line in lines[:i]):
        return False
    below = next((line.strip() for line in lines[i + 1 :] if line.strip()), "")
    return is_page_line(below)


def unmark_export(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """A Markdown export's byline and masthead headings unmarked, its image placeholders blank lines; unchanged
    (the same objects) on any other page. Lines keep their numbers."""
    if "#" not in text and "![" not in text:
        return text, printed
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        if _IMAGE.match(line):
            lines[i], changed = "", True
            continue
        heading = _MD_HEADING.match(line)
        if heading and (_byline_alone(heading.group(1)) or _masthead(lines, i)):
            lines[i], changed = heading.group(1), True
    return ("\n".join(lines), printed) if changed else (text, printed)
