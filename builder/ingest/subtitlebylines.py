"""A `——` subtitle line that also carries the byline (a profile's head: `——记某某社区党委书记王某　　李明　张华`).

Some pages set the reporters' names at the right end of the subtitle's line, after a wide gap, with no role
(`李明 张华`) or with one (`本报记者 李明`). The subtitle is the text before the gap; the names after it are the
article's byline. Two bare names at least (one bare name after a gap is as likely the subject's own name:
`——访县委书记  王某`), or a reporter line with its role.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.reporternames import PERSON_NAME

# The subtitle, a wide gap (two spaces or more; an ideographic space), then what follows to the line's end.
_GAP = re.compile(r"^(?P<subtitle>[—－-]{2}.*?\S)(?:[ ]{2,}|\u3000+[ ]*)(?P<rest>\S.*)$")
_TWO_NAMES = re.compile(rf"^{PERSON_NAME}(?:[ \u3000]+{PERSON_NAME}){{1,3}}$")


def split_subtitle_byline(text: str) -> tuple[str, str | None]:
    """The subtitle and the byline its line carries after a wide gap (None: the line is the subtitle alone)."""
    found = _GAP.match(text.strip())
    if not found:
        return text, None
    rest = found.group("rest").strip()
    if _TWO_NAMES.match(rest) or is_byline_text(rest):
        return found.group("subtitle"), re.sub(r"[ \u3000]+", " ", rest)
    return text, None
