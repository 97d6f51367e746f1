"""A column's label right under the page's head band, on a page printing no blank line at all.

Real R14 r14_03 shape: the date line, then a column's label of a few characters naming no place (`党员在社区`),
then the page's first headline wrapped over two lines, then its byline and body, with no blank line anywhere.
Nothing sets the label apart but where it stands and its length: shorter than either headline line under it, it
is the column's label (furniture), not a kicker nor a third line of the headline. Asked by
`builder.ingest.furniture` for a line read before any text, under furniture only.
"""

from __future__ import annotations

import re

from builder.ingest.lineshapes import is_headline_shape, is_place_kicker, starts_byline
from builder.ingest.pagelines import PageReader, prints_no_blank_line
from builder.ingest.textrules import cjk_count

_LABEL = re.compile(r"^[\u4e00-\u9fff]{3,6}$")  # `党员在社区`, `走基层`: a few characters, no mark


def label_over_wrapped_headline(page: PageReader, label: str) -> bool:
    """`label`, the line being read under the page's head band (furniture only above it) on a page with no blank
    line, is a column's label: it names no place, and stands over two headline lines each longer than it, the
    second finishing the first (no mark ends the first), and a byline or a line of text wider than them under."""
    if not page.units or not prints_no_blank_line(page.lines):
        return False
    if not _LABEL.match(label) or is_place_kicker(label):
        return False
    following = [text.strip() for text in page.lines[page.index : page.index + 3]]
    if len(following) < 3 or not all(is_headline_shape(text) for text in following[:2]):
        return False
    heads = [cjk_count(text) for text in following[:2]]
    if min(heads) <= cjk_count(label) + 2 or following[0][-1] in "：:，、":
        return False
    # under the headline, its byline or its body's first line: wider than the headline, or a byline
    return starts_byline(following[2]) or cjk_count(following[2]) > max(heads)
