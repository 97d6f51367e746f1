"""A news agency's story set as the wire sends it (real R21 r21_03: a 中新社 story): its dateline alone on the
first line (`中新社张家界12月20日电`), then the headline behind the label `题：`, wrapped over lines of the column
(`题：中国乡村“屋场会”探索基` / `层社会治理新路径`), then the writer's line (`作者 王昊昊`) and the body. A line
rule: the dateline is furniture (its place the body names again), the label is no word of the headline, and the
headline's wrapped lines are one headline. Read line by line, the dateline made an article with no text, the
labelled first line a subtitle and the headline's last line the title.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.bylineshapes import starts_byline
from builder.ingest.datelines import BAOXUN, is_bare_dateline
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count

_TITLE_LABEL = re.compile(r"^题\s*[:：]\s*(\S.*)$")
# the writer's line a byline shape does not cover (`文/图 王某`, `撰稿：王某`); `文化…` may be the headline's
_WRITER = re.compile(r"^(?:作者|撰稿|文|图)\s*[:：/]")
_MAX_CHARS = 40  # the headline's characters, its lines joined
_MAX_LINES = 3  # lines it is wrapped over


def _wire_dateline(text: str) -> bool:
    return is_bare_dateline(text) and text.rstrip().endswith(("电", "讯"))


def wire_head(page: PageReader, line: Line) -> bool:
    """A line rule: a wire dateline alone over a `题：` line is furniture; the `题：` line under it, with the lines
    the headline wraps onto (no indent, no sentence mark, no writer's line), is the headline, its label dropped."""
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if _wire_dateline(line.text) and _TITLE_LABEL.match(following):
        return page.add(kinds.FURNITURE, line.text, line.number)
    found = _TITLE_LABEL.match(line.text)
    last = page.units[-1] if page.units else None
    if not found or last is None or last.kind != kinds.FURNITURE or not _wire_dateline(last.text):
        return False
    head, end = found.group(1).strip(), page.index
    while end < len(page.lines) and end - page.index < _MAX_LINES - 1:
        raw = page.lines[end]
        text = raw.strip()
        if not text or raw[:1].isspace() or starts_byline(text) or _WRITER.match(text) or BAOXUN.match(text):
            break
        if re.search(r"[。！？；，]", text) or cjk_count(head + text) > _MAX_CHARS:
            break
        head, end = head + text, end + 1
    page.add(kinds.HEADLINE, head, line.number)
    page.index = end
    return True
