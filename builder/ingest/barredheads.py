"""An e-paper's export of its articles: each one's headline in 【】 and its byline after a bar on one line
(`【亭湖区：“小巷管家”让背街小巷净起来】｜记者 陈静 通讯员 顾海燕`), over its text: a line rule of LINE_RULES.
The line was read as the text's first line (no headline of its own). It is the headline of a new article and its
byline, at the page's top or after a finished body.
"""

from __future__ import annotations

import re

from builder.ingest import headlinecontext
from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.headlineshapes import HEAD_IN_BRACKETS, is_headline_shape
from builder.ingest.pagelines import Line, PageReader

_BARRED = re.compile("^" + HEAD_IN_BRACKETS + r"[ \u3000]*[｜|][ \u3000]*(\S.{1,40})$")


def barred_headline(text: str) -> tuple[str, str] | None:
    """(headline, byline) of a `【headline】｜byline` line; None for any other line (`【编者按】｜…`: no byline)."""
    match = _BARRED.match(text)
    if match is None or not is_headline_shape(match.group(1)) or not is_byline_text(match.group(2)):
        return None
    return match.group(1), match.group(2)


def headline_barred_from_byline(page: PageReader, line: Line) -> bool:
    """A `【headline】｜byline` line at the page's top or after a finished body (or its furniture, a caption):
    the headline of a new article, over its byline."""
    found = barred_headline(line.text)
    if found is None:
        return False
    last = page.units[-1] if page.units else None
    if last is not None and last.kind == kinds.TEXT and not headlinecontext.finished_text(last.text):
        return False
    page.add(kinds.HEADLINE, found[0], line.number)
    page.units[-1].opens = True
    return page.add(kinds.BYLINE, found[1], line.number)
