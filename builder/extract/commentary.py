"""A commentary signed by the paper's commentator (评论员文章: `本报评论员 张三`, `新华社评论员`): it speaks of
governance in general, so when it names no place of its own it takes none from the page it is printed on (the
news beside it is about some city; the commentary is not)."""

from __future__ import annotations

from builder.extract.outlets import writes_own_place
from builder.ingest.bylineshapes import COMMENTATOR, body_and_writer


def is_commentary(byline: str) -> bool:
    """Whether the byline is the paper's commentator signing (本报评论员 何言, 本报特约评论员), as the byline
    rules of ingest read it (bylineshapes.COMMENTATOR)."""
    return bool(COMMENTATOR.match(byline.strip()))


def signed_by_author_unit(byline: str, body: str) -> bool:
    """Whether the byline is an author's signature of their work unit and name (`某县某街道办事处　钱某某`, as
    ingest reads a body and its writer: bylineshapes.body_and_writer) on a piece that writes no place as its own
    (no 我县/全县): a commentary or 手记 a contributor signs, whose unit's place is the author's, not the piece's.
    A department's report of its own place (`某县委宣传部　杨某` over `今年以来，我县…`) is placed by it."""
    signature = byline.strip().removeprefix("（").removeprefix("(").removesuffix("）").removesuffix(")")
    return body_and_writer(signature) and not writes_own_place(
        body
    )  # a report by that place's own department
