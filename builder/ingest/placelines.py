"""A profile's place line: the full address of the community or village it is about, alone between blank lines
over the body (real R21 r21_05: `湖北省武汉市汉阳区江堤街道江欣苑社区` under the headline, the photos and the quote
of a special issue's page). A line rule: a heading of the article (it stays its text, naming the place the
article is about: the title may name only the city), never a headline nor the lead's first words. Read as text,
it ran into the lead, which then opened an article of its own, titled by them.

The line is a chain of the gazetteer's places, each right after and inside the one before, from its first character (two
at least: a province and its city, or a city and its district), and then a township and a community or village
(`江堤街道江欣苑社区`, `某某镇某某村`) closing it; nothing else, no mark. A place kicker over a headline names one or
two places (`金润社区`, `浙江新昌`): it stays the headline's.
"""

from __future__ import annotations

import re

from builder.ingest import pagelines as kinds
from builder.ingest.pagelines import Line, PageReader
from builder.places.gazetteer import gazetteer

_MIN_PLACES = 2  # the gazetteer's places opening the line
# after them: maybe a township, then the community or village it is about
_UNIT = re.compile(r"^(?:[\u4e00-\u9fff]{2,8}?(?:街道|镇|乡))?[\u4e00-\u9fff]{2,8}?(?:社区|村)$")


def is_place_line(text: str) -> bool:
    """`text` is an address down to a community or village, opening with two places of the gazetteer or more."""
    text = text.strip()
    if not re.fullmatch(r"[\u4e00-\u9fff]{8,30}", text):
        return False
    places = gazetteer()
    end, count, outer = 0, 0, None
    for start, stop, key in places.scan(text):
        if start != end or (outer is not None and not places.encloses(outer, key)):
            break  # (a name inside the community's, `长丰社区`, names no place of the chain)
        end, count, outer = stop, count + 1, key
    return count >= _MIN_PLACES and _UNIT.match(text[end:]) is not None


def place_line(page: PageReader, line: Line) -> bool:
    """A line rule: a place line standing alone (blank lines before and after it) is a heading."""
    following = page.lines[page.index].strip() if page.index < len(page.lines) else ""
    if not page.blanks or following or not page.units or not is_place_line(line.text):
        return False
    page.add(kinds.HEADING, line.text, line.number)
    return True
