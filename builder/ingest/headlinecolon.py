"""A headline the column cut after its colon: `place：` on one line, the rest of the headline on the next.

A headline of the form `合山市某某社区：网格“绣花针”织密民生网` is wider than a narrow column, and typesetters break
it after the colon: the place alone on the first line, the phrase on the second. Read apart, the place line is a
paragraph of its own (no headline ends with a colon) and became an article of its own, titled by its place, with
the real article under the phrase. A line rule that cleans: the two lines become one line (no space: the colon
already parts them), which the headline rules then read as any one-line headline.
"""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlinecontext import headline_line
from builder.ingest.headlineplaces import place_words
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import ends_sentence

# up to 16 characters with no sentence punctuation, ending with a colon (`合山市某某社区：`, `西城区:`)
_CUT_AFTER_COLON = re.compile(r"^[^，。；！？,;!?“”\s]{2,16}[：:]$")


def headline_cut_at_colon(page: PageReader, line: Line) -> bool:
    """A cleaning rule: a short line naming a place and ending with a colon, at the page's top or after a
    blank line, over a headline-shaped line that ends no sentence and is no byline: one headline line. Never
    consumes the line (the headline rules read the joined one)."""
    if not _CUT_AFTER_COLON.match(line.text) or not place_words(line.text):
        return False
    if page.units and not page.blanks:
        return False  # inside a paragraph: a line ending with a colon introduces what follows
    below = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not below or ends_sentence(below) or starts_byline(below) or not headline_line(below):
        return False
    if len(below) < 4 or below.endswith(("：", ":")):
        return False
    line.text += below
    page.index += 1
    return False
