"""A series label glued to the headline by a bar (`新时代文明实践丨某某“…”服务队，` / `点亮…`): the label of the
page's series (page furniture), not words of the title. Read with the label, the title kept it and named no place
first, so the place that acts was lost for the region. A label naming a place (`石家庄行唐丨…`) is the headline's
own short place name, read by `builder.extract.locality`: kept.

`series_labels_off(lines)` runs on the page's lines before they are classified (`units.classify_page`).
"""

from __future__ import annotations

import re

from builder.ingest.headlinewraps import OWN_SUBJECT
from builder.ingest.kickers import names_no_place
from builder.places.gazetteer import gazetteer

# the label, a bar, and the headline's words (`丨` U+4E28, the full-width `｜`, or `|` with no space about it)
_LABELLED = re.compile(r"^([\u4e00-\u9fff]{4,10})[丨｜|](?=[\u4e00-\u9fff“])")


def series_labels_off(lines: list[str]) -> None:
    """Drop, in place, the series label a line opens with when the headline after its bar opens with the place
    that acts (`某某区…`, a short name the gazetteer knows, `延庆“…`) and the label names no place."""
    for index, raw in enumerate(lines):
        text = raw.strip()
        label = _LABELLED.match(text)
        if not label or not names_no_place(label.group(1)):
            continue
        rest = text[label.end() :]
        if OWN_SUBJECT.match(rest) or gazetteer().place_opening(rest[:12]) is not None:
            lines[index] = raw[: len(raw) - len(raw.lstrip())] + rest
