"""A section head under a bar inside a copied WeChat article (a line rule, before the bold-doubled headlines).

WeChat articles mark their section heads with a bar (`▍联起来：景区变成党建阵地`), often in bold the text layer
printed twice (`▍联起来联起来：：景区变成党建阵地景区变成党建阵地`). Once the article's text has begun, such a line
is a subheading of that article (its characters undoubled, its bar dropped), not the headline of a new one.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count, ends_sentence, split_bold_doubled

_BAR = re.compile(r"^[▍▌▎▋▊▉|｜]\s*(\S.*)$")
_MAX_HEAD = 30  # CJK characters of a section head at most (once undoubled)


def section_head(text: str) -> str | None:
    """The section head a bar opens (undoubled when the bold was printed twice), or None."""
    found = _BAR.match(text.strip())
    if not found:
        return None
    head = found.group(1).strip()
    doubled = split_bold_doubled(head)
    if doubled:
        if doubled[1]:
            return None  # a head glued to text: not this layout
        head = doubled[0]
    if ends_sentence(head) or not 2 <= cjk_count(head) <= _MAX_HEAD:
        return None
    return re.sub(r"\s+", " ", head)


def section_bar_head(page: PageReader, line: Line) -> bool:
    """A line rule: a barred section head after the article's text has begun is a subheading."""
    if not page.seen_text:
        return False
    head = section_head(line.text)
    if head is None:
        return False
    return page.add(kinds.HEADING, head, line.number)
