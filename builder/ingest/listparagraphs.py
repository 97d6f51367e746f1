"""A list's paragraphs (a line rule before the caption marks): a bulleted whole sentence whose bullet opens
another such sentence on the page (`◆ 街道在辖区商圈…建成“红色驿站”12个，…。`), or any bullet on a page listing
three such sentences under two marks or more, is a paragraph of its own, its bullet dropped; not a photo caption.
(Moved out of copiedpages.py as it was: a WeChat article's lists showed the kind first.)
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.ornaments import LIST_BULLETS
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count, ends_sentence

# A list's bullet opening a whole sentence: on a page where the same bullet opens another such sentence, the
# paragraphs of a list (a WeChat article's `◆ 街道在辖区商圈…建成“红色驿站”12个，…。`), not photo captions.
_BULLET = re.compile(rf"^([{LIST_BULLETS}])\s*(.+)$")
_LIST_SENTENCE = 25  # CJK characters at least: a caption is shorter, or describes with no clause of figures


def _list_sentence(text: str, mark: str) -> bool:
    found = _BULLET.match(text.strip())
    return bool(found and found.group(1) == mark and ends_sentence(found.group(2))) and (
        cjk_count(found.group(2)) >= _LIST_SENTENCE and "，" in found.group(2)
    )


def bullet_paragraph(page: PageReader, line: Line) -> bool:
    """A line rule (before the caption marks): a bulleted whole sentence of a list is a paragraph of its own,
    its bullet dropped."""
    found = _BULLET.match(line.text)
    if not found or not _list_sentence(line.text, found.group(1)):
        return False
    if _list_sentences(page, found.group(1)) < 2 and not _mixed_list(page):
        return False
    page.add(kinds.TEXT, found.group(2), line.number, indent=True)
    page.seen_text = True
    return True


def _list_sentences(page: PageReader, mark: str) -> int:
    """How many lines of the page are whole sentences opening with `mark`: counted once a page and mark (a rule
    asking for every bulleted line would read the page's lines once per bullet)."""
    counts: dict[str, int] = page.memo.setdefault("list sentences", {})
    if mark not in counts:
        counts[mark] = sum(_list_sentence(raw, mark) for raw in page.lines)
    return counts[mark]


def _mixed_list(page: PageReader) -> bool:
    """The page's lists use several bullets (`▲` under one head, `●` under the next, one `◆` under the last):
    three such sentences at least, under two marks at least."""
    counts = [_list_sentences(page, mark) for mark in LIST_BULLETS]
    return sum(counts) >= 3 and sum(1 for count in counts if count) >= 2
