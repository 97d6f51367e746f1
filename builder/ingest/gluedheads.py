"""A headline the extraction glued to the end of the line above it (a LINE_RULES rule).

pdftotext may run the last line of an article and the next article's headline together when no line break
separates them in the PDF's text layer (layouts34 p05: `民孙大爷说。宽城区柳影街道“幸福圆桌会”圆了居民心愿` over
`　　本报讯（通讯员 王丽娜）在长春…`). Read as text, the headline went into the body above and the report under it
lost its title. The line is split at its last sentence end when what follows is a headline's shape (no clause
of a sentence) and the line under it is a real byline, opens a dateline or is a jump back in (`（上接第1版）`: the
rest is the continuation's jump headline, heldout34 p08), and does not carry on what follows (no join_cost
evidence of a wrap): the sentence is text, the rest the next article's headline. A photo's credit under a
caption (`本报记者 某某 摄`) is no byline, nor is a sentence whose subject is the reporter (`本报记者看到，…`).
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import BYLINE_THEN_LEAD, is_byline_text
from builder.ingest.captionshapes import is_credit_text
from builder.ingest.datelines import BAOXUN
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.jumplines import is_jump_in_marker
from builder.ingest.linejoin import join_cost
from builder.ingest.pagelines import HEADLINE, Line, PageReader
from builder.ingest.textrules import cjk_count

# the rest no clause of a sentence, maybe after a place and its colon (`四平铁西：“红色物业”进小区`)
_SENTENCE_THEN_HEAD = re.compile(
    r"^(.+[。！？…][”’」』）)]*)((?:[\u4e00-\u9fff]{2,8}[：:])?[^。！？…，；：,;:]+)$"
)
_MIN_HEAD_CHARS = 6


def headline_glued_to_sentence(page: PageReader, line: Line) -> bool:
    """`…孙大爷说。宽城区…圆了居民心愿` over `本报讯（…）…` (or over `（上接第1版）`): the sentence ends the text above,
    the rest heads the article under it."""
    glued = _SENTENCE_THEN_HEAD.match(line.text)
    if glued is None or page.index >= len(page.lines):
        return False
    head = glued.group(2).strip()
    if cjk_count(head) < _MIN_HEAD_CHARS or not is_headline_shape(head):
        return False
    under = page.lines[page.index].strip()
    jump_in = is_jump_in_marker(under)
    if not (_byline_or_dateline(under) or jump_in) or join_cost(head, under) < 0:
        return False
    page.add_text(glued.group(1), line)
    page.add(HEADLINE, head, line.number)
    # over `（上接…）` glued to a report of this page: a continuation from another page, none that left this one
    page.units[-1].opens = jump_in
    return True


def _byline_or_dateline(text: str) -> bool:
    """A byline (`本报记者 某某`) or a dateline opening a report (`本报讯（…）…`) on the line under the glued headline;
    not a photo's credit (`本报记者 某某 摄`), nor `本报记者` as the subject of a sentence (`本报记者看到，…`), nor bare
    names (`张三　李四`): under a heading glued to a sentence they are the list it heads (`…宣读了表彰决定。优秀…书记`)."""
    if is_credit_text(text):
        return False
    return bool(is_byline_text(text) or BAOXUN.match(text) or BYLINE_THEN_LEAD.match(text))
