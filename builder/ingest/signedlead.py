"""A reporter's line printed at the end of an article's lead, after its last sentence and a gap, as e-papers set
the lead (导语) of a feature: `…切实为居民群众送上关怀与帮助。　记者 张雪芳` (real R23 r23_03). Read as text, the
names ended the lead's paragraph and the article had no byline. A line rule that cleans: the line keeps its
sentences, and the reporter line is set as the article's byline before the lead (under its headline), as a
reporter line printed there would be. Only a line with a writer's role (`记者`, `通讯员`) after the gap, ending
the first paragraph under a headline, is read so: names closing a later paragraph are the closing credits'."""

from __future__ import annotations

import re

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.captionlines import CAPTION_OPENING
from builder.ingest.captionshapes import is_credit_text
from builder.ingest.pagelines import BYLINE, HEADLINE, KICKER, SUBTITLE, TEXT, Line, PageReader, Unit
from builder.ingest.reporternames import WRITER_ROLES
from builder.ingest.textrules import display_width

_SIGNED = re.compile(r"^(.*[。！？”])[ \u3000]+(\S.{1,30})$")
_ROLE = re.compile(WRITER_ROLES)


def reporter_after_lead(page: PageReader, line: Line) -> bool:
    """A cleaning rule: the lead's last line, its reporter line after a gap -> the sentence part stays the line;
    the reporter line is inserted as a byline unit before the lead. Never consumes the line."""
    signed = _SIGNED.match(line.text)
    if (
        signed is None
        or page.blanks
        or not _ROLE.search(signed.group(2))
        or not is_byline_text(signed.group(2))
    ):
        return False
    units = page.units
    at = len(units)
    while at > 0 and units[at - 1].kind == TEXT:
        at -= 1
    lead = units[at:]
    if at == 0 or units[at - 1].kind not in (HEADLINE, KICKER, SUBTITLE):
        return False  # no headline right over the paragraph (a byline may stand between): not a lead
    if any(unit.indent or unit.blanks_before for unit in lead[1:]) or (
        lead and line.raw.startswith(("　", " "))
    ):
        return False  # more than one paragraph under the headline: names closing a later one
    names = signed.group(2)
    if is_credit_text(names) or names.endswith(("摄", "供图")) or CAPTION_OPENING.match(line.text):
        return False  # a photo's caption and its credit (`图为…。  某某日报通讯员李林摄`): no reporter line
    blanks = lead[0].blanks_before if lead else page.blanks
    units.insert(at, Unit(BYLINE, names, line.number, False, blanks, display_width(names)))
    if lead:
        lead[0].blanks_before = 0
    line.text = signed.group(1)
    return False
