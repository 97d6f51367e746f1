"""A headline the extraction glued to the end of the line above it (a LINE_RULES rule).

pdftotext may run the last line of an article and the next article's headline together when no line break
separates them in the PDF's text layer (layouts34 p05: `民孙大爷说。宽城区柳影街道“幸福圆桌会”圆了居民心愿` over
`　　本报讯（通讯员 王丽娜）在长春…`). Read as text, the headline went into the body above and the report under it
lost its title. The line is split at its last sentence end when what follows is a headline's shape (no clause
of a sentence) and the line under it opens with a byline or a dateline: the sentence is text, the rest the next
article's headline.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.pagelines import HEADLINE, Line, PageReader
from builder.ingest.textrules import cjk_count

_SENTENCE_THEN_HEAD = re.compile(r"^(.+[。！？…][”’」』）)]*)([^。！？…，；：,;:]+)$")
_MIN_HEAD_CHARS = 6


def headline_glued_to_sentence(page: PageReader, line: Line) -> bool:
    """`…孙大爷说。宽城区…圆了居民心愿` over `本报讯（…）…`: the sentence ends the text above, the rest heads the
    article under it."""
    glued = _SENTENCE_THEN_HEAD.match(line.text)
    if glued is None or page.index >= len(page.lines):
        return False
    head = glued.group(2).strip()
    if cjk_count(head) < _MIN_HEAD_CHARS or not is_headline_shape(head):
        return False
    if not starts_byline(page.lines[page.index].strip()):
        return False
    page.add_text(glued.group(1), line)
    return page.add(HEADLINE, head, line.number)
