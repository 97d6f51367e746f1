"""How a lead's first line shows itself under a headline: it names the headline's place again, by its fuller name.

heldout4 f03: `莲都区为村干部“减负松绑”` / `丽水市莲都区对村级组织承担的工作` — the second line is no second half of the
headline but the lead, which restates the place the headline opens with (`莲都区`) after the city over it
(`丽水市`), as a report's lead names its place in full (`嘉兴市海宁市盐官镇…` under `盐官镇：…`). A predicate of
the headline rules (`builder.ingest.headlinerules`).
"""

from __future__ import annotations

import re

from builder.ingest.titles import PLACE_CHAIN

# The place a headline opens with: a name and its unit word (`莲都区`, `盐官镇`, `丽君街道`).
_OPENING_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:自治县|新区|县|区|旗|市|镇|乡|街道|社区|村)")
_LEAD_SPAN = 16  # how far into its first line a lead restates the headline's place


def restates_place(headline: str, line: str) -> bool:
    """The line opens with the places over the one the headline opens with, then that place (`丽水市` +
    `莲都区…` under `莲都区…`): the lead's first line."""
    opening = _OPENING_PLACE.match(headline)
    if opening is None:
        return False
    at = line.find(opening.group(0), 0, _LEAD_SPAN)
    return at > 0 and PLACE_CHAIN.fullmatch(line[:at]) is not None
