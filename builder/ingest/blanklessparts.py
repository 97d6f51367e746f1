"""What opens an article on a stretch of a page printing no blank line, besides a head of the usual shape
(blanklines asks): a briefs column's name over its first head, a headline with its bare dateline and lead glued
on, a roundup's report opening with its place in 【】, a brief opening with its city and county in a column of
briefs with no heads. Pure line tests; blanklines puts the blank lines back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.ingest.briefs import BRIEF_COLUMN
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.labelleditems import place_label
from builder.ingest.textrules import ends_sentence, indented

# A headline with the paper's bare dateline and the lead glued on after it (`海南新一轮驻村第一书记到岗本报讯 近日，
# 海南省委…`, `昌吉市社工站实现乡镇（街道）全覆盖　本报讯　昌吉回族…`): no sentence's mark before the dateline.
GLUED_LEAD = re.compile(r"^[^，。；！？：:]{6,30}?[ \u3000]?本报(?:[^，。（(“”\s]{0,8})?讯[ \u3000]+\S")
# A brief's lead opening with its city and county (`乐山市市中区在全区…`, `三明市沙县区夏茂镇…`): in a column of
# briefs with no heads, each report opens so (heldout7 m07's `基层快讯`).
PLACE_IN_FULL = re.compile(
    r"^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|地区)[\u4e00-\u9fff]{1,6}?(?:市|区|县|旗)[\u4e00-\u9fff]"
)


def is_column_label(line: str) -> bool:
    """A column of briefs named alone on its line (`简 讯`, `■简讯`, `基层快讯`), not a head's line. (A QR code's
    prompt, `扫码看视频`, is no such name: the box's title under it belongs to the article above.)"""
    return not indented(line) and bool(BRIEF_COLUMN.match(re.sub(r"[ \u3000]", "", line.strip())))


def opens_other_paragraph(rows: list[tuple[str, int]], i: int, short: Callable[[str], bool]) -> bool:
    """Line i opens a paragraph (indented, or under a finished sentence's short line) that does not open with a
    place named in full: the end of a column of briefs each opening so."""
    if i == 0 or PLACE_IN_FULL.match(rows[i][0].strip()):
        return False
    above = rows[i - 1][0]
    return ends_sentence(above) and (indented(rows[i][0]) or short(above))


def opens_labelled_report(rows: list[tuple[str, int]], i: int) -> bool:
    """A roundup's report opening with its place's name in 【】 glued to its lead (`【宾川县】大理州宾川县在…`,
    labelleditems) under the roundup's headline, a finished sentence or the report above's closing credit in
    brackets (`（段建华）`, or the end of one the wrap cut, `（杨` / `丽）`)."""
    if i == 0 or place_label(rows[i][0].strip()) is None:
        return False
    above = rows[i - 1][0].strip()
    return ends_sentence(above) or above.endswith(("）", ")")) or is_headline_shape(above)
