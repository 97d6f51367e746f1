"""The parts of a round-up (综述): a city's report stitching its counties' work together, each part under a
marked line naming a place inside the one the report is about (`◆黄石港区：网格员有了“任务清单”` under
`黄石“红色网格”…` / `今年以来，黄石市…`). A line rule of LINE_RULES, before the brief columns' rules: such a
line is a subheading of the report, not the headline of a brief (heldout14 p06: three briefs were made of one
report's parts).

A brief column's item names its own place too, but stands apart from the item above (a blank line) or has its
dateline under it (`本报讯…`), and the places of a column's items are not all inside one place its column
names; so the line is taken only right under a finished sentence, over text, its place inside a place the
report's headline or text above names (never that place itself).
"""

from __future__ import annotations

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.labelleditems import place_label
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.pagelines import HEADING, HEADLINE, TEXT, Line, PageReader
from builder.ingest.textrules import ends_sentence
from builder.places.gazetteer import gazetteer


def roundup_part_head(page: PageReader, line: Line) -> bool:
    """A marked line (`◆`, `■`, `●`) right under a finished sentence, over text, opening with a place inside a
    place the report above names: the report's subheading (`## `), its mark dropped."""
    mark = LINE_SHAPE["ornament"].match(line.text)
    last = page.units[-1] if page.units else None
    if mark is None or page.blanks or last is None or last.kind != TEXT or not ends_sentence(last.text):
        return False
    if place_label(line.text) is not None:  # its place named again in the lead after a space: an item's label
        return False  # (`■公安县　公安县组建…`, labelleditems)
    head = line.text[mark.end() :].strip()
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not is_headline_shape(head) or not following or starts_byline(following):
        return False
    places = gazetteer()
    part = places.place_opening(head)
    if part is None:
        return False
    if not any(outer != part and places.encloses(outer, part) for outer in _report_places(page)):
        return False
    return page.add(HEADING, head, line.number)


def _report_places(page: PageReader) -> set[str]:
    """The places the report above names, from its last headline on (or from the page's top)."""
    units = page.units
    heads = [i for i, unit in enumerate(units) if unit.kind == HEADLINE]
    start = heads[-1] if heads else 0
    places = gazetteer()
    return {name for unit in units[start:] for _, _, name in places.scan(unit.text)}
