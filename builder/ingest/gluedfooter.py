"""The page's contact line glued to the last sentence of the text above it (a LINE_RULES rule).

A page printing no blank line (R14 r14_03, open set) sets its footer, the page's mailbox for contributions,
right after the last body line; the extraction may glue it to that line (`…给工作人员点赞。□本版投稿邮箱：xxx@
example.org`, maybe with the page number after a gap). Read as text it ends the last article with a paragraph
that is no sentence. The footer is split off as page furniture; only the page's or the paper's own contact
(an ornament or 本版/本报 before it), never a number the text gives its readers (`…。服务热线：12345678`).
"""

from __future__ import annotations

import re

from builder.ingest.ornaments import CONTACT_MARKS
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.submissions import CONTACT

_GLUED = re.compile(f"^(.+?[。！？…][”’」』）)]*)\\s*((?:[{CONTACT_MARKS}]|本版|本报){CONTACT})$")
_HINTS = ("@", "热线", "电话")


def footer_glued_to_sentence(page: PageReader, line: Line) -> bool:
    """`…工作人员点赞。□本版投稿邮箱：xxx@example.org`: the sentence is text, the footer furniture, and what
    follows starts a new block."""
    if not any(hint in line.text for hint in _HINTS):
        return False
    glued = _GLUED.match(line.text)
    if glued is None:
        return False
    page.add_text(glued.group(1), line)
    return page.add_furniture_apart(glued.group(2), line.number)
