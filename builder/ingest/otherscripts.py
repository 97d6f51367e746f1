"""Lines in the scripts of China's other languages on a Chinese page: Tibetan, Uyghur (Arabic letters), Mongolian,
Yi and Korean (a Tibet, Xinjiang, Inner Mongolia, Liangshan or Yanbian paper's page).

Such a paper prints its masthead's name in both languages (`雪域基层报　　བོད་ལྗོངས་…　　2026年12月15日…`) and a
headline's translation on the line under it. Read as Chinese lines, the masthead's head line was no furniture (a
spurious article of the page's head and the first headline) and the translation hid the headline from every head
rule. A line of such script alone (no Chinese character, two letters of it at least) is dropped, and a run of it
set apart by a gap inside a line (two spaces or an ideographic one, either side or at the line's end) is taken
out with one of its gaps: the lines read as the Chinese page prints them (a pass of workers.process_page before
the lines are read, lines keeping their printed numbers). Such letters inside a sentence (a name in brackets) stay.
"""

from __future__ import annotations

import re

# Tibetan; Arabic (Uyghur) and its presentation forms; Mongolian; Yi syllables and radicals; Hangul
_LETTERS = (
    "\u0f00-\u0fff"
    "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
    "\u1800-\u18af"
    "\ua000-\ua4cf"
    "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af"
)
_ANY = re.compile(f"[{_LETTERS}]")
_HAN = re.compile("[\u4e00-\u9fff]")
_LINE_ALONE = re.compile(f"^[{_LETTERS}\\s\\d.,:;!?()«»\u00b7\u2022-]*$")
_GAP = "(?:[ \t]{2,}|\u3000[ \u3000\t]*)"
# a run of words in such script between gaps (or between a gap and the line's end)
# (a gap read from its start: a line of a megabyte of spaces is read in linear time)
_RUN_APART = re.compile(
    f"(?<![ \u3000\t]){_GAP}[{_LETTERS}][{_LETTERS} .,:;!?()«»\u00b7-]*(?={_GAP}|[ \t]*$)"
)


def _alone(line: str) -> bool:
    return _HAN.search(line) is None and len(_ANY.findall(line)) >= 2 and _LINE_ALONE.match(line) is not None


def other_scripts_off(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page without its lines of another script and the runs of it set apart inside Chinese lines;
    unchanged (the same objects) when it prints none."""
    if _ANY.search(text) is None:  # (fast path: most pages)
        return text, printed
    lines = text.split("\n")
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    out: list[tuple[str, int]] = []
    changed = False
    for line, number in zip(lines, numbers, strict=True):
        if _ANY.search(line) is None:
            out.append((line, number))
        elif _alone(line):
            changed = True
        else:
            kept = _RUN_APART.sub("", line) if _HAN.search(line) else line
            changed = changed or kept != line
            out.append((kept, number))
    if not changed:
        return text, printed
    return "\n".join(line for line, _n in out), [n for _line, n in out]
