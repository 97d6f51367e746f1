"""An e-paper's article export with labelled fields: each article's head printed as `引题：` (kicker), `标题：`
(headline), `副题：` (subtitle), `作者：` (byline), `字数：` (word count) and `正文：` (body) lines, any of them
maybe empty (`引题：` alone). Read as a printed head: the labels dropped, the empty fields and the word count
with them, the kicker over the headline, the subtitle under it as a `——` line, the byline under that, a blank line
before the body (a pass of workers.process_page before the column passes).

Only a run of such lines holding both a `标题：` and a `正文：` line is a head: a sentence or a web page's
information line that prints `作者：` alone is left to the other rules.
"""

from __future__ import annotations

import re

from builder.ingest.headlineplaces import place_words

# The label followed by a colon (`标题：`) or set in lenticular brackets (`【标题】`, a portal's text version);
# the source and the date a portal prints among the fields (`【来源】东北网`, `【日期】2008-07-01 16:30`) are no
# line of the printed head and are dropped with the labels.
_FIELD = re.compile(
    r"^[ \u3000]*(?:(引题|肩题|标题|主题|副题|副标题|作者|字数|正文)[：:]"
    r"|【(引题|肩题|标题|主题|副题|副标题|作者|字数|正文|来源|日期)】)[ \u3000]*(.*?)\s*$"
)
_MAX_FIELDS = 8  # lines of one head's run of labelled fields
# The export's page fields over its first article (`版面：第05版：基层治理    日期：2026-08-12`) and the site's
# name over them (`申城社区报 电子版`): furniture of the export, dropped.
_PAGE_FIELDS = re.compile(r"^\s*(?:版面|版次|日期|期数|期号)[：:]\S.*$|^\s*\S{2,12}\s*(?:电子版|数字报)\s*$")
_RULE = re.compile(r"^\s*[—─━=＝\-－]{6,}\s*$")  # the export's rule between two articles (`————————`)


def _field(line: str) -> tuple[str, str] | None:
    match = _FIELD.match(line)
    return (match.group(1) or match.group(2), match.group(3)) if match else None


_KICKER, _HEADLINE, _SUBTITLE, _BYLINE = ("引题", "肩题"), ("标题", "主题"), ("副题", "副标题"), ("作者",)


def _head_line(name: str, value: str) -> str:
    """The printed line of one field (empty: a field printed with nothing, or one no head prints)."""
    if not value or name not in _KICKER + _HEADLINE + _SUBTITLE + _BYLINE:
        return ""
    return f"——{value.lstrip('—－-')}" if name in _SUBTITLE else value


def _place_alone(text: str) -> bool:
    """A kicker that is one place's name alone (`静安区`): the place the headline is about."""
    return len(text) <= 10 and place_words(text) == [text]


def _head_lines(run: list[tuple[str, str]], i: int, numbers: list[int]) -> list[tuple[str, int]]:
    """The printed head of a run of fields from line i, each line with its field line's number; a kicker naming
    a place alone stands before the headline and its colon (`静安区：临汾路街道“睦邻点”里的守望相助`)."""
    head = [(_head_line(name, value), numbers[i + k], name) for k, (name, value) in enumerate(run)]
    head = [(line, number, name) for line, number, name in head if line]
    if len(head) >= 2 and head[0][2] in _KICKER and head[1][2] in _HEADLINE and _place_alone(head[0][0]):
        head[:2] = [(f"{head[0][0]}：{head[1][0]}", head[1][1], head[1][2])]
    return [(line, number) for line, number, _name in head]


def _head_run(lines: list[str], i: int) -> list[tuple[str, str]] | None:
    """The labelled fields from line i to its `正文：` line, when they are one head (a headline among them)."""
    run: list[tuple[str, str]] = []
    while i + len(run) < len(lines) and len(run) < _MAX_FIELDS:
        field = _field(lines[i + len(run)])
        if field is None:
            return None
        run.append(field)
        if field[0] == "正文":
            return run if any(name in _HEADLINE for name, _value in run) else None
    return None


def unlabel_heads(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """Each run of labelled head fields read as a printed head, the export's page fields over the first one and
    its rules between articles dropped; unchanged (the same objects) when the page has no such head. A head
    line keeps the number of the field line it came from; a blank line put over a body printed right under its
    `正文：` line takes that line's."""
    if "标题" not in text or "正文" not in text:  # (fast path)
        return text, printed
    lines = text.split("\n")
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    out: list[tuple[str, int]] = []
    seen_head = False
    i = 0
    while i < len(lines):
        run = _head_run(lines, i)
        if run is None:
            line = lines[i]
            if _RULE.match(line) or (not seen_head and _PAGE_FIELDS.match(line)):
                line = ""
            out.append((line, numbers[i]))
            i += 1
            continue
        seen_head = True
        out.extend(_head_lines(run, i, numbers))
        i += len(run)
        if run[-1][1]:  # the body's first line printed on the `正文：` line itself
            out.extend([("", numbers[i - 1]), (run[-1][1], numbers[i - 1])])
        elif i < len(lines) and lines[i].strip():
            out.append(("", numbers[i - 1]))  # (the body printed right under `正文：`)
    if not seen_head:
        return text, printed
    return "\n".join(line for line, _n in out), [n for _line, n in out]
