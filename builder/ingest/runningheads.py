"""The page's head or foot line (its date and page number) that the extraction set between two lines of text
left open: dropped before the lines are read, so the headline or sentence it cut reads on.

A PDF extraction prints a page's running head or foot where a column breaks (perturb.py's `head_mid` variants of
every open set: `西递村“古民居管家”守护千年` / `2026年5月12日 星期二  第3版  责任编辑 王某` / `古村落`). The furniture
rule read the line, but as furniture it set a gap, so a wrapped headline became two heads and a sentence two
paragraphs. Only a line furniture.is_page_line reads (a date and a page number), with a line of text right above
it that ends no sentence and is no furniture, and a line of text right under it, below the first line of a body (indented, or ending a sentence); a page
line under a finished sentence or in the page's head band stays where it is (the furniture rule reads it as before).

The page's head printed again where the text goes on (`清江社区报` over page 3's date line, a running head in the
middle of a column) is read as furniture again by a line rule, page_head_again (part of LINE_RULES).
"""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from builder.ingest.furniture import is_furniture_line, is_page_line
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import cjk_count, ends_sentence, indented


def drop_page_lines_in_text(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page without its page lines cutting open text; unchanged (the same objects) when there are none."""
    if "年" not in text:
        return text, printed  # (a page line names its date)
    lines = text.split("\n")
    first_body = next(
        (i for i, line in enumerate(lines) if indented(line) or ends_sentence(line)), len(lines)
    )
    cut = [i for i in range(first_body + 1, len(lines) - 1) if _cuts_open_text(lines, i)]
    if not cut:
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    dropped = set(cut)
    kept = [i for i in range(len(lines)) if i not in dropped]
    return "\n".join(lines[i] for i in kept), [numbers[i] for i in kept]


def _cuts_open_text(lines: list[str], i: int) -> bool:
    """A page line under a line of text left open; over a line of text, or over a blank line (the gap under a
    headline, `…激发社区治理活力` / the running head / a blank line / the lead: the blank stays the gap)."""
    above, line, below = lines[i - 1].strip(), lines[i].strip(), lines[i + 1].strip()
    if not (above and is_page_line(line)):
        return False
    return (
        not ends_sentence(above) and not is_furniture_line(above) and not (below and is_furniture_line(below))
    )


def page_head_again(page: PageReader, line: Line) -> bool:
    """A line repeating the page's masthead (its first line, over another page's head in the same file) or a
    line of furniture on its own (the date and page line, in the middle of a column): furniture again. A short
    column label the head band made furniture (`综合` over the first headline) may stand again as text."""
    if cjk_count(line.text) < 2 or ends_sentence(line.text):
        return False
    if line.text not in _heads_read(page):
        return False
    return page.add_furniture_apart(line.text, line.number)


def _heads_read(page: PageReader) -> set[str]:
    """The texts of the page's masthead (its first unit, furniture) and of its furniture lines read so far, kept
    as the units grow: each unit is looked at once (a scan of every unit for every line is quadratic on a 50 MB
    page, tests/ingest/test_page_reading_scale.py)."""
    seen, texts = page.memo.get("page heads read", (0, set()))
    units = page.units
    for index in range(min(seen, len(units)), len(units)):
        unit = units[index]
        if unit.kind == kinds.FURNITURE and (index == 0 or is_furniture_line(unit.text)):
            texts.add(unit.text)
    page.memo["page heads read"] = (len(units), texts)
    return texts
