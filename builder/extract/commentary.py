"""A commentary signed by the paper's commentator (评论员文章: `本报评论员 张三`, `新华社评论员`): it speaks of
governance in general, so when it names no place of its own it takes none from the page it is printed on (the
news beside it is about some city; the commentary is not)."""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import COMMENTATOR

# An author signing with their work unit and name (`三穗县某某街道办事处　钱某某`, `（某县委党校　李某）`): where the
# author works, not where the piece acts; a reader's letter signs with 读者 and an address (no organ word), a
# reporter's credit with 记者, a dateline with its 讯/电.
_AUTHOR_UNIT = re.compile(
    r"^[（(]?[\u4e00-\u9fff]{2,24}?(?:办事处|组织部|宣传部|统战部|政法委|党校|党工委|委员会|研究院|研究所|研究中心"
    r"|学院|大学|人民政府|政府|办公室)[ \u3000]+[\u4e00-\u9fff]{2,3}[）)]?$"
)


def is_commentary(byline: str) -> bool:
    """Whether the byline is the paper's commentator signing (本报评论员 何言, 本报特约评论员), as the byline
    rules of ingest read it (bylineshapes.COMMENTATOR)."""
    return bool(COMMENTATOR.match(byline.strip()))


def signed_by_author_unit(byline: str) -> bool:
    """Whether the byline is an author's signature of their work unit and name (`某县某街道办事处　钱某某`), as
    a commentary or a 手记 printed by a contributor closes: the unit's place is the author's, not the piece's."""
    return bool(_AUTHOR_UNIT.match(byline.strip()))
