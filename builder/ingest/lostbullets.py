"""A label's bullet the page's encoding could not hold (`◆`, `■` in a GBK file), written as `?` or `�`: `? 社区协商`
over a headline read as the label `社区协商`, not a kicker `?社区协商`. Only a short line opening with the mark
and a space, no sentence in it, is such a label; a `?` anywhere else stays. A pass of workers.process_page before
the lines are read; lines keep their numbers.
"""

from __future__ import annotations

import re

_LOST_BULLET = re.compile(r"^([ \u3000]*)[?\ufffd][ \u3000]+(?=[\u4e00-\u9fff])([^。！？；，,.!?]{1,16})$")


def drop_lost_bullets(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """Each label's lost bullet dropped; unchanged (the same objects) when there is none."""
    if "?" not in text and "\ufffd" not in text:
        return text, printed
    lines = text.split("\n")
    out = [_LOST_BULLET.sub(r"\1\2", line) for line in lines]
    return ("\n".join(out), printed) if out != lines else (text, printed)
