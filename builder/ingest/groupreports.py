"""A 组合报道, reports grouped under one banner (heldout32 p06): its label (`【组合报道】`, `■组合报道`) over the
group's banner headline and, maybe, the group's lead, an unlabelled paragraph set apart (`社区、小区、网格…如何撬动
大治理。`), then the reports, each under its own headline and byline. The label, the banner and the lead are the
group's, no report's: furniture all (pagefurniture.page_furniture asks), so neither is read as an article.
A 经验交流发言摘登 page (heldout36 p02) is such a group with no label: its banner names excerpts of speeches
(`全省…推进会经验交流发言摘登`), its unlabelled lead tells of the meeting, and each excerpt is signed under its
headline by the speaker's line (`某某县委书记　王某`, bylineshapes.SPEAKER_LINE)."""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import starts_byline
from builder.ingest.furnitureboxes import block_below, furniture_block
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.ornaments import LABEL_MARKS
from builder.ingest.pagelines import Line, PageReader
from builder.ingest.textrules import ends_sentence

_GROUP_LABEL = re.compile(rf"^[{LABEL_MARKS}]?[【［\[]?组[ \u3000]*合[ \u3000]*报[ \u3000]*道[】］\]]?$")
# a banner naming the excerpts of a meeting's speeches printed under it (`…经验交流发言摘登`, `…会议发言摘编`)
_SPEECHES_BANNER = re.compile(
    r"^[\u4e00-\u9fff“”、·]{2,30}(?:发言|讲话|交流材料)(?:摘登|摘编|选登|摘要|摘录|[（(]摘要[）)])$"
)
_MAX_BANNER_LINES = 3
_MAX_LEAD_LINES = 12


def group_head(page: PageReader, line: Line) -> bool:
    """`【组合报道】` over the banner (up to a blank line), or a speeches' banner alone, the group's lead maybe
    under it, and then a report's headline over its byline: the label, the banner and the lead furniture, the first
    report read on after them. A label whose banner no report's head follows (a lead alone, an article) is left
    alone."""
    if _SPEECHES_BANNER.match(line.text):
        banner: list[int] = []  # the banner is the line being read, with no label over it
        after = _next_block(page, page.index)
    elif _GROUP_LABEL.match(line.text):
        below = block_below(page, _MAX_BANNER_LINES)
        if not below or not all(is_headline_shape(page.lines[index].strip()) for index in below):
            return False
        banner = below
        after = _next_block(page, banner[-1] + 1)
    else:
        return False
    if after is None:
        return False
    if _report_head(page, after):
        return furniture_block(page, line, banner)
    lead = block_below(page, _MAX_LEAD_LINES, start=after)
    if not lead or not ends_sentence(page.lines[lead[-1]].strip()):
        return False
    report = _next_block(page, lead[-1] + 1)
    if report is None or not _report_head(page, report):
        return False
    return furniture_block(page, line, banner + lead)


def _next_block(page: PageReader, start: int) -> int | None:
    """The index of the first line of the block after the blank lines from `start` (None: the page ends, or
    no blank line parts it)."""
    index = start
    while index < len(page.lines) and not page.lines[index].strip():
        index += 1
    return index if start < index < len(page.lines) else None


def _report_head(page: PageReader, index: int) -> bool:
    """A report's head opens at `index`: a headline over its byline."""
    if index + 1 >= len(page.lines):
        return False
    return is_headline_shape(page.lines[index].strip()) and starts_byline(page.lines[index + 1].strip())
