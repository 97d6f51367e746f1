"""Glyphs a PDF-to-text converter (pdfminer) could not map to Unicode, written `(cid:NN)`: the ornaments, rules,
bullets and paragraph indents of the page. A line of placeholders alone is a rule drawn across the page (a blank
line); a placeholder that opens two lines or more right under a sentence's end, right before their text, is the
page's paragraph indent wherever it opens a line (`(cid:3)记者从…获悉` -> `　　记者从…获悉`); any other (an ornament before a headline, `(cid:41)山东推动…`, a
bullet) is dropped. The first pass of workers.process_page (before sidebyside); lines keep their numbers.

A symbol font's glyphs that a converter wrote as private-use code points (U+E000-F8FF: Wingdings bullets and
ornaments, `\uf0a7 民生实事`, a rule of them) are read the same way: glyphs no text holds; but one inside a word, a
Han character before it and a Han character or a closing mark after it (`韩\ue1f2花`, `…通讯员 王\ue0c5）`), is the
glyph a font made for a rare character of a name: a character of the text, kept as printed.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

_ONE = r"(?:\(cid:\d+\)|[\ue000-\uf8ff])"  # a placeholder, or a private-use code point
_GLYPH = re.compile(_ONE)
_GLYPHS_ALONE = re.compile(rf"^[ \u3000]*(?:{_ONE}[ \u3000]*)+$")
_OPENING = re.compile(rf"^([ \u3000]*)({_ONE})(?=[^ \u3000(\ue000-\uf8ff])")
# a private-use code point inside a word: a rare character's glyph (kept)
_IN_WORD = re.compile(r"(?<=[\u4e00-\u9fff])[\ue000-\uf8ff](?=[\u4e00-\u9fff）)”」])")
_RARE = "\x00"  # what stands for one while the glyphs are read (no page holds it: read.clean_text drops it)
_ANY = re.compile(r"\(cid:|[\ue000-\uf8ff]")
_SENTENCE_ENDS = ("。", "！", "？", "。”", "！”", "？”")
_INDENT = "\u3000\u3000"


def undo_cid_glyphs(text: str) -> str:
    """Each `(cid:NN)` placeholder read as what it stood for; unchanged when there is none."""
    if not _ANY.search(text):
        return text
    kept = _IN_WORD.findall(text)
    lines = _IN_WORD.sub(_RARE, text).split("\n")
    openings = Counter(
        m.group(2)
        for above, line in pairwise(lines)
        if (m := _OPENING.match(line)) and above.rstrip().endswith(_SENTENCE_ENDS)
    )
    out = []
    for line in lines:
        if _GLYPHS_ALONE.match(line):
            out.append("")
            continue
        m = _OPENING.match(line)
        if m and openings[m.group(2)] >= 2:
            line = m.group(1) + _INDENT + line[m.end() :]
        out.append(
            _GLYPH.sub("", line).lstrip(" ") if _GLYPH.match(line.lstrip(" \u3000")) else _GLYPH.sub("", line)
        )
    undone = "\n".join(out)
    if kept:
        rare = iter(kept)
        undone = re.sub(_RARE, lambda _: next(rare), undone)
    return undone
