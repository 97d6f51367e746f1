"""A head line the column cut after its enumeration comma: `安康高新区科学分片、` / `多元协同推进基层治理` (real R23
r23_01, a kicker over its headline, wrapped in a 16-character column).

No headline or kicker ends on `、`: read apart, the first line was a paragraph of one line (then dropped as
a piece of another article) and the kicker or headline lost its first half. A line rule that cleans, as
headlinecolon does for a line cut after its colon: the two lines become one line, which the headline rules then
read as any one-line head.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlinecontext import headline_line
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import ends_sentence

# up to 16 characters with no sentence punctuation, ending with a pause mark (`安康高新区科学分片、`)
_CUT_AFTER_PAUSE = re.compile(r"^[^，。；！？,;!?：:\s]{4,16}、$")


def headline_cut_at_pause(page: PageReader, line: Line) -> bool:
    """A cleaning rule: a short unindented line ending with `、`, at the page's top, after a blank line
    or right under the page's furniture, over a line that ends no sentence and is no byline, the two reading as
    one head: one line. Never consumes the line (the headline rules read the joined one)."""
    if not _CUT_AFTER_PAUSE.match(line.text):
        return False
    if line.indent or (page.units and not page.blanks and page.units[-1].kind != kinds.FURNITURE):
        return False  # inside a paragraph, or a paragraph's first line: a list goes on
    below = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not below or ends_sentence(below) or starts_byline(below) or below.endswith("、"):
        return False
    if not headline_line(line.text[:-1] + below):
        return False  # (a head's two halves read as one, its pause mark aside)
    line.text += below
    page.index += 1
    return False
