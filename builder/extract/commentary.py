"""A commentary signed by the paper's commentator (评论员文章: `本报评论员 张三`, `新华社评论员`): it speaks of
governance in general, so when it names no place of its own it takes none from the page it is printed on (the
news beside it is about some city; the commentary is not)."""

from __future__ import annotations

import re

# The paper's commentator signing (the same shape ingest/lineshapes.py reads as a byline): a paper, an agency,
# a station or a site, maybe `特约`, then `评论员` and maybe a name; never a role in a sentence (`聘请群众评论员`).
_COMMENTATOR = re.compile(
    r"^(?:本报|本刊|本台|本网|[\u4e00-\u9fff]{1,8}(?:报|社|台|网|刊))(?:特约)?评论员(?:[ \u3000]+[\u4e00-\u9fff]{2,4})?$"
)


def is_commentary(byline: str) -> bool:
    """Whether the byline is the paper's commentator signing (本报评论员 何言, 本报特约评论员)."""
    return bool(_COMMENTATOR.match(byline.strip()))
