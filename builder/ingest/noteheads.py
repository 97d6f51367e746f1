"""An editor's note printed under its article's headline (layouts33 p02: a headline standing apart after a
finished body, `编者按：冬季是…。` flush right under it, then the article's indented lead): the line over the note
is the next article's headline (part of LINE_RULES), the note stays a text of its own that segment leaves out of
every body (EDITORS_NOTE), as it leaves out a note printed over a headline. The labels of an editor's note are
named here once: segment, the units' rule joining a label alone on its line to the note, and the boxed heads'
notes read them."""

from __future__ import annotations

import re

from builder.ingest.headlinecontext import at_top, gap_after_body, headline_line
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import HEADLINE, Line, PageReader

# the labels an editor's note is printed under
EDITORS_NOTE_LABELS = "编者按|编者的话"
# a label alone on its line, over the note (`【编者按】`, `编者的话：`)
EDITORS_NOTE_LABEL = re.compile(rf"^【?(?:{EDITORS_NOTE_LABELS})】?[：:]?$")
# a note's opening: its label, bracketed or not, alone on its line or opening the note's first line
# (`编者按：…`, `【编者的话】…`)
EDITORS_NOTE = re.compile(rf"^【?(?:{EDITORS_NOTE_LABELS})")


def headline_over_editors_note(page: PageReader, line: Line) -> bool:
    """A headline-shaped line right over an editor's note, at the page's top or after a finished body (apart or,
    on a page printing no blank line, right under it: the note under it, which opens no paragraph of a body,
    says a head stands over it): a new article's headline."""
    if page.index >= len(page.lines) or not EDITORS_NOTE.match(page.lines[page.index].strip()):
        return False
    if (
        not headline_line(line.text)
        or LINE_SHAPE["subtitle"].match(line.text)
        or EDITORS_NOTE.match(line.text)
    ):
        return False
    if not (at_top(page) or gap_after_body(page) is not None):
        return False
    page.add(HEADLINE, line.text, line.number)
    page.units[-1].opens = True
    return True
