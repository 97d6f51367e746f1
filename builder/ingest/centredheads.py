"""Heads a layout-preserving extraction set apart by their position (a pass before the lines are read).

pdftotext -layout keeps a centred headline's place with leading spaces (`      桂城街道“党群议事厅”开到居民楼下`),
which reads as a paragraph's first-line indent; and where a byline is printed beside or above its headline, the
extraction may give the byline first (`本报记者 梁志坚 通讯员 何婉仪` / the headline / the lead). A head line indented
deeper than the page's paragraphs, ending no sentence, loses its leading spaces; a reporter line over a headline
standing apart (at the page's top or after a blank line, a blank line or an indented lead under the headline)
goes under it, where every rule reading a byline looks for it.
"""

from __future__ import annotations

from collections import Counter

from builder.ingest.lineshapes import is_byline_text, is_credit_text, is_headline_shape, split_baoxun
from builder.ingest.textrules import ends_sentence, indented

_MIN_PARAGRAPHS = 3  # indented lines the page needs before its paragraph indent is known
_DEEPER = 2  # spaces past the paragraph indent that make a line centred, not a first line
_MAX_HEAD = 40  # characters of the longest head line


def _headline(text: str) -> bool:
    """A headline's shape, a question or exclamation too (`老旧小区停车难怎么破？`)."""
    return is_headline_shape(text.rstrip("？！?!"))


def _byline(text: str) -> bool:
    """A reporter line, or a dateline and its writers alone on their line (`本报讯（记者 梁嘉敏 通讯员 陈志华）`)."""
    byline, rest = split_baoxun(text)
    return is_byline_text(text) or (byline is not None and not rest.strip())


def _depth(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _paragraph_indent(lines: list[str]) -> int | None:
    """The indent most of the page's indented text lines share (None: too few to tell)."""
    depths = Counter(
        _depth(line) for line in lines if indented(line) and line.strip() and ends_sentence(line)
    )
    depths.update(_depth(line) for line in lines if indented(line) and len(line.strip()) > _MAX_HEAD // 3)
    if sum(depths.values()) < _MIN_PARAGRAPHS:
        return None
    return depths.most_common(1)[0][0]


def _deeper(line: str, indent: int) -> bool:
    text = line.strip()
    return (
        _depth(line) >= indent + _DEEPER
        and 0 < len(text) <= _MAX_HEAD
        and not ends_sentence(text.rstrip("？！?!"))
    )


def _centred_head(line: str, indent: int) -> bool:
    text = line.strip()
    return _deeper(line, indent) and "。" not in text and _headline(text) and not is_credit_text(text)


def _centred_byline(lines: list[str], i: int, indent: int) -> bool:
    """A reporter line set deep right over or under a centred headline (a credit set alone, right-aligned under
    the last sentence, `通讯员 李爽爽`, or a photo's, is another thing)."""
    text = lines[i].strip()
    if not (_deeper(lines[i], indent) and _byline(text)) or is_credit_text(text):
        return False
    return any(0 <= j < len(lines) and _centred_head(lines[j], indent) for j in (i - 1, i + 1))


def _stands_apart(lines: list[str], i: int) -> bool:
    """Line i is a headline standing apart: a blank line (or nothing) over the byline above it, a blank line or
    an indented lead under it."""
    above = lines[i - 2] if i >= 2 else ""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return not above.strip() and (not below.strip() or indented(below))


def place_heads(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """Centred head lines set flush, a byline printed over its headline moved under it; unchanged (the same
    objects) when the page has neither. `printed` maps each line to the printed line it came from (None: the
    lines as printed); a byline and headline swapped keep their own numbers."""
    lines = text.split("\n")
    numbers = list(printed) if printed is not None else list(range(1, len(lines) + 1))  # (swapped in place)
    indent = _paragraph_indent(lines)
    changed = False
    if indent is not None:
        centred = [
            i
            for i in range(len(lines))
            if _centred_head(lines[i], indent) or _centred_byline(lines, i, indent)
        ]
        for i in centred:
            lines[i] = lines[i].strip()
        changed = bool(centred)
    for i in range(1, len(lines)):
        byline, head = lines[i - 1], lines[i]
        if (
            not indented(byline)
            and not indented(head)
            and _byline(byline.strip())
            and _headline(head.strip())
            and _stands_apart(lines, i)
        ):
            lines[i - 1], lines[i] = head, byline
            numbers[i - 1], numbers[i] = numbers[i], numbers[i - 1]
            changed = True
    return ("\n".join(lines), numbers) if changed else (text, printed)
