"""The line rule for a headline with its byline glued to the line's end, standing over a paragraph.

The glued byline makes the line too wide for the headline rules (`…带火乡村游记者 李倩 通讯员 赵晓东` runs past
its column): a line not indented, whose end is a byline (headlinebylines.split_headline_byline), what is left a
headline's shape, after a finished body (or at the page's top) and over an indented paragraph, is the headline
of a new article; PageReader.add splits the byline off.
"""

from __future__ import annotations

from builder.ingest.headlinebylines import split_headline_byline
from builder.ingest.headlinecontext import at_top, finished_text, headline_line
from builder.ingest.pagelines import CAPTION, CREDIT, FURNITURE, HEADLINE, TEXT, Line, PageReader
from builder.ingest.textrules import indented


def headline_with_glued_byline(page: PageReader, line: Line) -> bool:
    """A headline and its byline on one line, over an indented paragraph, after a finished body."""
    if line.indent or page.index >= len(page.lines) or not indented(page.lines[page.index]):
        return False
    headline, byline = split_headline_byline(line.text)
    if byline is None or not headline_line(headline):
        return False
    last = page.units[-1] if page.units else None
    after_body = last is not None and (
        (last.kind == TEXT and finished_text(last.text)) or last.kind in (CAPTION, CREDIT, FURNITURE)
    )
    if not (at_top(page) or after_body):
        return False
    return page.add(HEADLINE, line.text, line.number)
