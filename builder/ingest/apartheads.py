"""A headline standing apart after a finished body, printed straight over its lead with no byline or blank line
between (a line rule of LINE_RULES, after headlinerules.headline_over_body).

A report whose reporter line the layout set under its last sentence instead of under its headline (the perturbation
kind `byline_end`; real pages sign at the end too) prints `…提拔重用。` / blank / blank / `云南出台驻村工作“十条措施”` /
`近日，云南省委组织部…`: the headline stands apart above, but nothing parts it from the lead below. headline_over_body
asks for a blank line under a headline mid-page (a section's subheading has none), so the line was read as the
body's first line, and the report merged into the one above. It is a headline when it stands apart as a new
report's head does (headlinecontext.after_body: two blank lines after a finished body, or one and a headline naming a
place the lead names again), names a place that its lead's opening names again (a section's subheading rarely
names one: `从“空壳村”到“示范村”` over `　　2006年何建军…` stays in its feature) and the line under it opens like a report's lead (a date, 近日, 本报讯, a place by its
full name: headlinecontext.opens_like_lead) and goes on with nothing of the line's own sentence.
"""

from __future__ import annotations

from builder.ingest.headlinecontext import (
    after_body,
    at_top,
    headline_line,
    opens_like_lead,
    paragraph_from,
    reads_as_body,
)
from builder.ingest.headlineplaces import named_places
from builder.ingest.headlineshapes import headline_words
from builder.ingest.linejoin import join_cost
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import BYLINE, HEADLINE, KICKER, SUBTITLE, TEXT, Line, PageReader

_LEAD_SPAN = 40  # how far into its lead a report names its place again


def headline_apart_over_lead(page: PageReader, line: Line) -> bool:
    """A headline-shaped line apart after a finished body, right over a lead opening like a report's: the
    headline of a new article."""
    if at_top(page) or not page.blanks or line.indent:
        return False
    if not headline_line(line.text) or LINE_SHAPE["subtitle"].match(line.text):
        return False
    body = paragraph_from(page, page.index, gap=0)
    if (
        not body
        or not (opens_like_lead(body[0]) or _signed_under_bylined(page, body))
        or not reads_as_body(body)
    ):
        return False
    opening = "".join(body)[:_LEAD_SPAN]
    if not any(len(place) >= 2 and place in opening for place in named_places(line.text)):
        return (
            False  # a report's lead names again the place its headline names; a section's subheading rarely
        )
    if join_cost(line.text, body[0]) < 0 or not after_body(page, line.text, body):
        return False
    # (a briefs column's `【…】`: the words inside)
    page.add(HEADLINE, headline_words(line.text), line.number)
    page.units[-1].opens = True
    return True


def _signed_under_bylined(page: PageReader, body: list[str]) -> bool:
    """The block under the line closes with its own credit alone on its line (`（记者 … 通讯员 …）`), and the
    article above opened with its byline (`本报讯　…`, `本报记者 …`): the credit is no closing of the article above,
    so the block is a report of its own whose lead need not open like a report's (`走进…村，…`; heldout37 p08: a
    village report signed under its last sentence after a 通报)."""
    if len(body) < 2 or not LINE_SHAPE["end_credit"].match(body[-1]):
        return False
    opening = None
    for unit in reversed(page.units):
        if unit.kind in (HEADLINE, KICKER, SUBTITLE):
            break
        opening = unit
    return opening is not None and (
        opening.kind == BYLINE
        or (opening.kind == TEXT and LINE_SHAPE["byline_start"].match(opening.text) is not None)
    )
