"""A manuscript saved from a word processor (a contributor's draft with the editors' comments): what the program
put around the article and inside its sentences, never its headline, byline or text.

- The file's name on top (`某某街道议事亭稿（修改稿二）.docx`) and a bracketed note to the editors under it
  (`【请编辑审阅，批注见文末】`): read as a headline, the name became an article's head or a piece of one.
- The comments' anchors inside sentences (`…议事亭18处[批注1]，…`): no words of the sentence.
- The comments listed at the end (`批注` alone on its line, maybe under a rule, then `[批注1] 某某（编辑）：…` and
  the replies under each, `某某 回复：…`, to the next blank line): the editors' and the writer's words, whose
  figures are no facts of the article.

These become blank lines, the anchors nothing (a pass of workers.process_page before the lines are read).
"""

from __future__ import annotations

import re

_ANCHOR = re.compile(r"[\[［【]批注\s*\d{1,3}[\]］】]")
_FILE_NAME = re.compile(r"^[^\s，。；！？]{2,60}\.(?:docx?|wps|rtf|odt)$", re.IGNORECASE)
_NOTE_TO_EDITORS = re.compile(r"^【[^【】]{2,30}】$")
_COMMENTS_HEAD = re.compile(r"^[【\[［]?(?:批注|修订批注|批注与修订)[】\]］]?[:：]?$")
_RULE = re.compile(r"^[—－\-_＿━─=＝]{4,}$")
_TOP = 3  # lines from the page's top where the file's name may stand


def manuscript_marks_off(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page with the file's name, its note to the editors and the comments' list as blank lines, and the
    comments' anchors taken out; unchanged (the same objects) when it has none of them."""
    if "批注" not in text and "." not in text:
        return text, printed
    lines = text.split("\n")
    blank = _file_name_lines(lines) | _comment_lines(lines)
    anchored = _ANCHOR.search(text) is not None
    if not blank and not anchored:
        return text, printed
    kept = ["" if i in blank else _ANCHOR.sub("", line) for i, line in enumerate(lines)]
    return "\n".join(kept), printed


def _file_name_lines(lines: list[str]) -> set[int]:
    """The file's name alone on one of the top lines, and a bracketed note right under it."""
    for i, line in enumerate(lines[:_TOP]):
        if _FILE_NAME.match(line.strip()):
            found = {i}
            if i + 1 < len(lines) and _NOTE_TO_EDITORS.match(lines[i + 1].strip()):
                found.add(i + 1)
            return found
    return set()


def _comment_lines(lines: list[str]) -> set[int]:
    """`批注` alone on its line (the rule over it too) with an anchored comment under it, to the next blank line."""
    for i, line in enumerate(lines):
        if not _COMMENTS_HEAD.match(line.strip()) or i + 1 >= len(lines):
            continue
        if not _ANCHOR.match(lines[i + 1].strip()):
            continue
        end = i + 1
        while end < len(lines) and lines[end].strip():
            end += 1
        start = i - 1 if i and _RULE.match(lines[i - 1].strip()) else i
        return set(range(start, end))
    return set()
