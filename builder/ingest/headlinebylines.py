"""A headline whose line also carries the byline at its end (`…建起“红色楼院”本报记者 张磊`).

Some pages set the reporter's role and names right after the headline on the same line, with no gap before the
role but a space between the role and each name (`…带火乡村游记者 李倩 通讯员 赵晓东`). The headline is the text
before the role; the role and names to the line's end are the article's byline. The space after the role, names of a
common surname, and no verb before the role (`…接受记者 采访`) tell a byline from a headline that speaks of
reporters (`记者走进老街区`, `跟着记者 看变化`).
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.reporternames import SIGNATURE_NAME

_ROLE = r"(?:本报|特约)?(?:记者|通讯员)"
_FIELD = rf"{_ROLE}(?:[ \u3000]+{SIGNATURE_NAME})+"
_TAIL = re.compile(rf"{_FIELD}(?:[ \u3000]+{_FIELD})*[ \u3000]*$")
_SHORTEST_HEADLINE = 6
# `记者` as the object of a verb ends no headline: `…接受记者 采访`, `…告诉记者`
_VERB_BEFORE = re.compile(r"(?:接受|告诉|对|向|据|跟着|随|跟随|陪同|带领|邀请)$")


def split_headline_byline(text: str) -> tuple[str, str | None]:
    """The headline and the byline glued to its line's end (None: the line is the headline alone)."""
    stripped = text.strip()
    found = _TAIL.search(stripped)
    if not found:
        return text, None
    headline, tail = stripped[: found.start()].rstrip(), found.group(0).strip()
    if len(headline) < _SHORTEST_HEADLINE or _VERB_BEFORE.search(headline) or not is_byline_text(tail):
        return text, None
    return headline, re.sub(r"[ \u3000]+", " ", tail)
