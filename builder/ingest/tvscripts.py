"""A television news script (a programme's compilation of its reports, `电视新闻稿件`): each report's head set as
labelled lines, `【标题】` (its headline), `【时长】2分15秒` (its running time), maybe `【栏目】` or `【播出时间】`, over
the crew line (`记者：某某　摄像：某某`), then its parts, each opening with its label: `【导语】` (the anchor's lead),
`【解说】` (the voice-over), `【同期】` (a speaker on camera, the speaker's name and office on the label's line, the
words said on the lines under it), `【现场】`, `【出镜】`, `【口播】`, `【字幕】`.

Read as printed, the labels stood in the sentences, the headline (a labelled line) was no head and the report
took the compilation's head or its editors' line as its title. Read here as a printed head and body: the
headline without its label after a blank line, the running time and the other fields of the head dropped, the
crew line kept under the headline (the byline), a blank line, then each part a paragraph of its own, its label
dropped; a `【同期】` label's speaker line is dropped too (the one who speaks, no sentence of the report) and the
words said open a paragraph (a pass of workers.process_page before the lines are read, after labelledfields').

Only a page holding a `【标题】` line with a script part's label under it is a script.
"""

from __future__ import annotations

import re

_HEADLINE = re.compile(r"^[ \u3000]*【(?:标题|题目|稿件标题)】[ \u3000]*(\S.*?)\s*$")
_HEAD_FIELD = re.compile(r"^[ \u3000]*【(?:时长|长度|栏目|播出时间|播出日期|播出|稿件类型|类型|日期)】")
_PART = re.compile(r"^[ \u3000]*【(导语|解说|同期|现场|出镜|口播|字幕|画面|主持人|配音)】[ \u3000]*(.*?)\s*$")
_SPEAKER_PARTS = ("同期", "出镜", "现场")
_HEAD_LINES = 4  # lines between a headline and the first part at most
_SENTENCE_MARK = re.compile("[。！？；]")
_SPEAKER_LINE = re.compile(r"^[^“”\"。！？，；]{2,40}$")


def _is_script(lines: list[str]) -> bool:
    """A `【标题】` line over a part's label, only the head's fields, the crew line and blank lines between."""
    for i, line in enumerate(lines):
        if not _HEADLINE.match(line):
            continue
        others = 0
        for below in lines[i + 1 : i + 2 + _HEAD_LINES]:
            if _PART.match(below):
                return True
            if below.strip() and not _HEAD_FIELD.match(below):
                others += 1
                if others > 1 or _SENTENCE_MARK.search(below):
                    break
    return False


def unlabel_scripts(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """Each script's head read as a printed head and its parts as paragraphs; unchanged (the same objects) when
    the page holds no script."""
    if "标题】" not in text:  # (fast path: most pages)
        return text, printed
    lines = text.split("\n")
    if not _is_script(lines):
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    out: list[tuple[str, int]] = []
    in_head = opens_next = False
    for line, number in zip(lines, numbers, strict=True):
        headline = _HEADLINE.match(line)
        if headline:
            if out and out[-1][0].strip():
                out.append(("", number))
            out.append((headline.group(1), number))
            in_head = True
            continue
        if _HEAD_FIELD.match(line):
            continue
        part = _PART.match(line)
        if part is None:
            if opens_next and line.strip():
                line = "\u3000\u3000" + line.lstrip(" \u3000")  # the words said under their speaker
            opens_next = False
            out.append((line, number))
            continue
        if in_head and out[-1][0].strip():
            out.append(("", number))  # the head's blank line over its first part
        in_head = False
        label, rest = part.groups()
        if label in _SPEAKER_PARTS and _SPEAKER_LINE.match(rest):
            opens_next = True  # the speaker's name and office: the words said under it open the paragraph
            continue
        if rest:
            out.append(("\u3000\u3000" + rest, number))
    return "\n".join(line for line, _n in out), [n for _line, n in out]
