"""A page whose every printed line the extraction broke into text runs at wide gaps (pdfminer splitting a line where
the justification spread it: `　　海淀区学院` / `路街道辖` / `区内有高校、科研院所`, heldout27 p02 kind): the lines'
lengths say nothing of the column, so the head rules took a short run for a headline (`共为居民办` over the byline
`理各`) and a run of a quote for a pull quote. On such a page each paragraph (an indented line and the flush lines
under it, up to a blank line or the next indented line) is set on one line again; its printed number is its first
line's.

Such a page is told by its paragraphs' inner lines (all but each paragraph's last; a paragraph counted up to its
first line ending a sentence, so that what stands flush under a page's last paragraph with no blank line, a credit,
a headline, counts for none): on a page set in a column every one runs the column's width, give or take a mark; here
most fall far short of their paragraph's widest line. Only a page of paragraphs opening indented, with enough inner
lines to tell, is read so. A pass of workers.process_page
before the lines are read.
"""

from __future__ import annotations

from builder.ingest.textrules import display_width, ends_sentence, indented

_SHORT = 0.6  # an inner line under this share of its paragraph's widest line falls short of the column
_SHARE = 0.5  # ... and a page with this share of its inner lines short is one broken into runs (a column page: 0.4 at most)
_MIN_INNER = 12  # inner lines at least, to tell
_MIN_PARAGRAPHS = 4


def join_split_runs(text: str, printed: list[int] | None) -> tuple[str, list[int] | None]:
    """The page with each paragraph on one line when its lines were broken into runs; unchanged (the same
    objects) otherwise."""
    lines = text.split("\n")
    if not _broken_into_runs(lines, _paragraphs(lines, to_sentence_end=True)):
        return text, printed
    numbers = printed if printed is not None else list(range(1, len(lines) + 1))
    out: list[str] = []
    out_numbers: list[int] = []
    starts = dict(_paragraphs(lines))
    index = 0
    while index < len(lines):
        end = starts.get(index, index + 1)
        out.append(lines[index].rstrip() + "".join(line.strip() for line in lines[index + 1 : end]))
        out_numbers.append(numbers[index])
        index = end
    return "\n".join(out), out_numbers


def _paragraphs(lines: list[str], to_sentence_end: bool = False) -> list[tuple[int, int]]:
    """(first, end) of each paragraph of two lines or more: an indented line and the flush lines under it (up to
    the first ending a sentence, `to_sentence_end`)."""
    found = []
    index = 0
    while index < len(lines):
        if not (lines[index].strip() and indented(lines[index])):
            index += 1
            continue
        end = index + 1
        while (
            end < len(lines)
            and lines[end].strip()
            and not indented(lines[end])
            and not (to_sentence_end and ends_sentence(lines[end - 1]))
        ):
            end += 1
        if end - index > 1:
            found.append((index, end))
        index = end
    return found


def _broken_into_runs(lines: list[str], paragraphs: list[tuple[int, int]]) -> bool:
    """Most of the paragraphs' inner lines fall far short of their paragraph's widest line."""
    if len(paragraphs) < _MIN_PARAGRAPHS:
        return False
    inner = short = 0
    for start, end in paragraphs:
        widths = [display_width(line.strip()) for line in lines[start:end]]
        widest = max(widths)
        inner += len(widths) - 1
        short += sum(width < _SHORT * widest for width in widths[:-1])
    return inner >= _MIN_INNER and short >= _SHARE * inner
