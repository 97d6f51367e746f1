"""A commentary signed by the paper's commentator (评论员文章: `本报评论员 张三`, `新华社评论员`): it speaks of
governance in general, so when it names no place of its own it takes none from the page it is printed on (the
news beside it is about some city; the commentary is not)."""

from __future__ import annotations

from builder.ingest.bylineshapes import COMMENTATOR


def is_commentary(byline: str) -> bool:
    """Whether the byline is the paper's commentator signing (本报评论员 何言, 本报特约评论员), as the byline
    rules of ingest read it (bylineshapes.COMMENTATOR)."""
    return bool(COMMENTATOR.match(byline.strip()))
