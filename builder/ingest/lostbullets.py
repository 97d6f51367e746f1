"""A label's bullet the page's encoding could not hold (`◆`, `■` in a GBK file), written as `?` or `�`: `? 社区协商`
over a headline read as the label `社区协商`, not a kicker `?社区协商`. Only a short line opening with the mark
and a space, no sentence in it, is such a label; a `?` anywhere else stays, and so does one ending the question
the line above wraps (`社区协商到底能不能解决` / `? 记者走访了临江街道`: that line cut mid-sentence, its last clause
asking). A pass of workers.process_page before the lines are read; lines keep their numbers.
"""

from __future__ import annotations

import re

_LOST_BULLET = re.compile(r"^([ \u3000]*)[?\ufffd][ \u3000]+(?=[\u4e00-\u9fff])([^。！？；，,.!?]{1,16})$")
# a line cut mid-sentence whose last clause asks (怎么, 能不能, 是否, …吗): a half-width `?` under it ends the
# question
# (not the words that only look like asking: 这么/那么/多么/要么, 哪怕, 谁都/谁也, 几乎, 好几/这几/几十…, 多少年来)
_ASKING = re.compile(
    r"(?:吗|呢|(?<![这那多要])么|什么|怎样|如何|为何|何时|何处|能否|是否|可否|哪(?!怕)|谁(?![都也])"
    r"|(?<![好这那近前])几(?![乎十百千万])|多少(?!年)|难道|([\u4e00-\u9fff])[不没]\1)"
    r"[^，,。；;：:！!？?…]*$"
)


def _asking(line: str) -> bool:
    """Whether the line is cut mid-sentence in a question (a CJK character or a quote last, the last clause asking)."""
    text = line.rstrip()
    return (
        bool(text)
        and (text[-1] in '”’"）)' or "\u4e00" <= text[-1] <= "\u9fff")
        and bool(_ASKING.search(text))
    )


def drop_lost_bullets(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """Each label's lost bullet dropped; unchanged (the same objects) when there is none."""
    if "?" not in text and "\ufffd" not in text:
        return text, printed
    lines = text.split("\n")
    out = [
        line
        if i and line.lstrip(" \u3000").startswith("?") and _asking(lines[i - 1])
        else _LOST_BULLET.sub(r"\1\2", line)
        for i, line in enumerate(lines)
    ]
    return ("\n".join(out), printed) if out != lines else (text, printed)
