"""A list's paragraphs (a line rule before the caption marks): a bulleted whole sentence whose bullet opens
another such sentence on the page (`◆ 街道在辖区商圈…建成“红色驿站”12个，…。`), or any bullet on a page listing
three such sentences under two marks or more, is a paragraph of its own, its bullet dropped; not a photo caption.
(Moved out of copiedpages.py as it was: a WeChat article's lists showed the kind first.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from builder.ingest import pagelines as kinds
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.ornaments import LIST_BULLETS
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count, ends_sentence

if TYPE_CHECKING:
    from builder.ingest.paragraphs import Assembly

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


_MAX_LIST_HEADING = 12  # characters of a list's heading glued after the sentence above (`优秀社区党组织书记`)
_LAST_SENTENCE_END = re.compile(r"[。！？]”?(?=[^。！？，、；：“”（）]+$)")


def names_row(state: Assembly) -> bool:
    """A unit rule (before a line goes on an open sentence): a row of a report's list of names (`张伟　李娜　王芳
    刘洋`, a 表彰名单's row under its heading glued to the sentence above, `…宣读了表彰决定。优秀社区党组织书记`).
    Two names or more set apart by spaces go on no sentence (prose parts names with `、`): each row is a
    paragraph of its own, the list's heading glued after the last sentence end above is one too, and the line
    under the rows starts a paragraph anew (it joined the names into the report's sentence)."""
    unit, current = state.unit, state.current
    if unit.kind != kinds.TEXT or not is_names_row(unit.text):
        return False
    if current is None and not (state.out and is_names_row(state.out[-1].text)):
        return False  # (names opening a body are a byline's business)
    if current is not None:
        end = _LAST_SENTENCE_END.search(current.text)
        heading = current.text[end.end() :] if end else ""
        if heading and cjk_count(heading) <= _MAX_LIST_HEADING:
            current.text = current.text[: end.end()]
            state.flush()
            state.out.append(kinds.Unit(kinds.TEXT, heading, unit.line))
        state.flush()
    state.out.append(kinds.Unit(kinds.TEXT, unit.text, unit.line, unit.indent, unit.blanks_before))
    state.last_line = None
    return True


def is_names_row(text: str) -> bool:
    """A row of a list of names: two names or more set apart by spaces (`张伟　李娜`), never a sentence's piece."""
    return bool(LINE_SHAPE["bare_names"].match(text) and re.search(r"[ \u3000]", text))
