"""Heads a layout-preserving extraction set apart by their position (a pass before the lines are read).

pdftotext -layout keeps a centred headline's place with leading spaces (`      桂城街道“党群议事厅”开到居民楼下`),
which reads as a paragraph's first-line indent; and where a byline is printed beside or above its headline, the
extraction may give the byline first (`本报记者 梁志坚 通讯员 何婉仪` / the headline / the lead). A head line indented
deeper than the page's paragraphs, ending no sentence, loses its leading spaces; a reporter line over a headline
standing apart (at the page's top or after a blank line, a blank line or an indented lead under the headline)
goes under it, where every rule reading a byline looks for it.

A page setting its paragraphs flush (the line after a sentence's end opens flush) has paragraph indent 0: a head
line there is any line set 2 spaces deep or more. Its centred headline may wrap over two lines too short to read
as one alone (`       普兰镇“边贸党员服` / `       务站”服务边民互市`), bare names may stand centred under it
(`      扎西顿珠 李娜`), and with its blank lines lost (heldout19 p05) the centring is all that sets the head apart:
each centred run gets a blank line over and under it.
"""

from __future__ import annotations

import re
from collections import Counter

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.captionlines import CAPTION_OPENING
from builder.ingest.captionshapes import is_credit_text
from builder.ingest.datelines import split_baoxun
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.textrules import display_width, ends_sentence, indented

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


# The spaces a line's depth counts: a layout's padding (a paragraph's or a head's indent) is ASCII spaces; a
# full-width space counts too where the depth is read against a width (_halves_joined), each at least a cell.
_PADDING = " "
_ANY_SPACE = " \u3000"


def _depth(line: str, spaces: str = _PADDING) -> int:
    """A line's leading spaces (of `spaces`)."""
    return len(line) - len(line.lstrip(spaces))


def _paragraph_indent(lines: list[str]) -> int | None:
    """The indent most of the page's indented text lines share (None: too few to tell)."""
    depths = Counter(
        _depth(line) for line in lines if indented(line) and line.strip() and ends_sentence(line)
    )
    depths.update(_depth(line) for line in lines if indented(line) and len(line.strip()) > _MAX_HEAD // 3)
    if sum(depths.values()) < _MIN_PARAGRAPHS:
        return 0 if _sets_paragraphs_flush(lines) else None
    return depths.most_common(1)[0][0]


def _sets_paragraphs_flush(lines: list[str]) -> bool:
    """A page whose paragraphs open flush: the lines after a sentence's end open flush, and many times more
    often than indented (a page of indented paragraphs opens its next line indented)."""
    after_end = [
        lines[i + 1] for i in range(len(lines) - 1) if ends_sentence(lines[i]) and lines[i + 1].strip()
    ]
    flush = sum(not indented(line) for line in after_end)
    return flush >= _MIN_PARAGRAPHS and flush >= 2 * (len(after_end) - flush)


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


def _centred_pair(lines: list[str], i: int, indent: int) -> bool:
    """Line i and the next are one centred headline wrapped over two lines, each too short to read as one
    alone (`普兰镇“边贸党员服` / `务站”服务边民互市`: the quote opens on one and closes on the other)."""
    if i + 1 >= len(lines) or not (_deeper(lines[i], indent) and _deeper(lines[i + 1], indent)):
        return False
    first, second = lines[i].strip(), lines[i + 1].strip()
    joined = first + second
    return (
        "。" not in joined
        and len(joined) <= _MAX_HEAD
        and _headline(joined)
        and not is_credit_text(joined)
        and not (_headline(first) and _headline(second))
    )


def _opens_apart(lines: list[str], i: int) -> bool:
    """On a page setting its paragraphs flush, line i opens after a finished sentence, a blank line or another
    deep line: a paragraph's first line kept indented under a flush headline (`解决群众“烦心事”` /
    `  清河县油坊镇南王庄村党支部`) is no head."""
    above = lines[i - 1] if i >= 1 else ""
    return not above.strip() or indented(above) or ends_sentence(above)


def _centred_byline(lines: list[str], i: int, indent: int, heads: set[int]) -> bool:
    """A reporter line set deep right over or under a centred headline (a credit set alone, right-aligned under
    the last sentence, `通讯员 李爽爽`, or a photo's, is another thing)."""
    text = lines[i].strip()
    if not _deeper(lines[i], indent) or is_credit_text(text):
        return False
    if _byline(text):
        return i - 1 in heads or i + 1 in heads
    # bare names (`扎西顿珠 李娜`) only right under a centred headline
    return bool(LINE_SHAPE["bare_names"].match(text)) and i - 1 in heads


def _stands_apart(lines: list[str], i: int) -> bool:
    """Line i is a headline standing apart: a blank line (or nothing) over the byline above it, a blank line or
    an indented lead under it."""
    above = lines[i - 2] if i >= 2 else ""
    below = lines[i + 1] if i + 1 < len(lines) else ""
    return not above.strip() and (not below.strip() or indented(below) or _wider_than_column(lines, i))


def _wider_than_column(lines: list[str], i: int) -> bool:
    """Line i is wider than every line of the paragraph under it (3 lines or more, to the next blank line): no
    line of a column runs past its edge, a headline over its lead with no gap may (`澄迈县“候鸟人才工作站”聚智兴乡`
    over a 14-cell column)."""
    under: list[str] = []
    for line in lines[i + 1 :]:
        if not line.strip():
            break
        under.append(line.strip())
    if len(under) < _MIN_PARAGRAPHS or _byline(
        under[0]
    ):  # (a byline under it: the line over it is another's)
        return False
    return display_width(lines[i].strip()) > max(map(display_width, under))


def _set_apart(lines: list[str], numbers: list[int], centred: set[int]) -> tuple[list[str], list[int]]:
    """On a page setting its paragraphs flush, each run of centred lines (a headline and its byline) stands
    apart: a blank line put over and under it where the extraction lost them (a blank line takes the number of
    the line under it)."""
    out: list[str] = []
    out_numbers: list[int] = []
    for i, line in enumerate(lines):
        starts = i in centred and i - 1 not in centred
        ends = i - 1 in centred and i not in centred
        if (starts or ends) and line.strip() and out and out[-1].strip():
            out.append("")
            out_numbers.append(numbers[i])
        out.append(line)
        out_numbers.append(numbers[i])
    return out, out_numbers


_BESIDE_GAP = re.compile(r"\S( {3,})\S")  # the gap between a headline and the byline printed beside it


def _byline_beside(line: str) -> tuple[str, str] | None:
    """A headline with its byline printed far right on its line, a gap of 3+ spaces apart (`观音桥街道：商圈里的
    “红岩先锋”服务队        本报记者 何雨桐`) -> (the headline, keeping its indent; the byline); None for any
    other line (a sentence and a caption side by side, a page's head of date and page, two headlines, a photo's
    caption with its photographer beside it: `图为…`, `△…`)."""
    gaps = list(_BESIDE_GAP.finditer(line))
    if len(gaps) != 1 or len(line) > 2 * _MAX_HEAD:
        return None
    head, byline = line[: gaps[0].start(1)], line[gaps[0].end(1) :].strip()
    text = head.strip()
    if not (0 < len(text) <= _MAX_HEAD) or ends_sentence(text.rstrip("？！?!")) or "。" in text:
        return None
    if not (_headline(text) and is_byline_text(byline)) or is_credit_text(byline) or _byline(text):
        return None
    if CAPTION_OPENING.match(text) or LINE_SHAPE["caption_mark"].match(text):
        return None  # a photo's caption, its photographer beside it (a scene's phrase with no mark may be a
        # headline: `党员志愿者为群众办实事`; a caption's photographer line carries 摄, is_credit_text)
    return head.rstrip(), byline


def _split_bylines_beside(lines: list[str], numbers: list[int]) -> bool:
    """Each headline standing apart (a blank line or nothing over it) with its byline beside it split in two
    lines, the byline under the headline (both keep the printed line's number); whether any was."""
    changed = False
    i = 0
    while i < len(lines):
        split = _byline_beside(lines[i]) if i == 0 or not lines[i - 1].strip() else None
        if split is not None:
            lines[i : i + 1] = list(split)
            numbers[i : i + 1] = [numbers[i], numbers[i]]
            changed = True
        i += 1
    return changed


def _ends_what_is_above(text: str) -> bool:
    """A blank line, a finished sentence or the page's head line over a headline (a page printing no blank)."""
    return not text or ends_sentence(text) or is_furniture_line(text)


def _halves_joined(lines: list[str], numbers: list[int]) -> bool:
    """A headline set across two columns' width whose halves the extraction printed on two lines, the second
    pushed right past the first's end (`“石榴籽家园”连民心` / `　　　　　　　　　　　　各族居民一家亲`, layouts35 p06),
    standing apart (under a blank line, a finished sentence or the page's head; over a blank line or an indented
    lead): one headline, its halves joined on the first line after a space (read so, a headline
    printed on one line with a gap between its halves); a kicker over its headline is printed under it or
    centred, never starting where the kicker ends. In place; whether any was joined."""
    joined = False
    i = 0
    while i + 1 < len(lines):
        first, second = lines[i], lines[i + 1]
        if (
            first.strip()
            and not indented(first)
            and (i == 0 or _ends_what_is_above(lines[i - 1].strip()))
            and (i + 2 == len(lines) or not lines[i + 2].strip() or indented(lines[i + 2]))
            and _depth(second, _ANY_SPACE) >= display_width(first.strip()) > 0
            and _headline(first.strip())
            and _headline(second.strip())
            and not ends_sentence(first.strip())
        ):
            lines[i] = first.strip() + "\u3000" + second.strip()
            del lines[i + 1], numbers[i + 1]
            joined = True
        i += 1
    return joined


def place_heads(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """Centred head lines set flush, a byline printed over or beside its headline moved under it; unchanged (the same
    objects) when the page has neither. `printed` maps each line to the printed line it came from (None: the
    lines as printed); a byline and headline swapped keep their own numbers."""
    lines = text.split("\n")
    numbers = list(printed) if printed is not None else list(range(1, len(lines) + 1))  # (swapped in place)
    changed = _split_bylines_beside(lines, numbers) if "   " in text else False
    changed = _halves_joined(lines, numbers) or changed
    indent = _paragraph_indent(lines)
    if indent is not None:
        pairs = [i for i in range(len(lines)) if _centred_pair(lines, i, indent)]
        heads = {i for i in range(len(lines)) if _centred_head(lines[i], indent)}
        heads |= {j for i in pairs for j in (i, i + 1)}
        if indent == 0:
            heads = {i for i in heads if _opens_apart(lines, i)}
        bylines = {
            i for i in range(len(lines)) if i not in heads and _centred_byline(lines, i, indent, heads)
        }
        centred = sorted(heads | bylines)
        for i in centred:
            lines[i] = lines[i].strip()
        changed = changed or bool(centred)
        if indent == 0 and centred:
            lines, numbers = _set_apart(lines, numbers, set(centred))
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
