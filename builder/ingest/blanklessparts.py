"""What opens an article on a stretch of a page printing no blank line, besides a head of the usual shape
(blanklines asks): a briefs column's name over its first head, a headline with its bare dateline and lead glued
on, a roundup's report opening with its place in 【】, a brief opening with its city and county in a column of
briefs with no heads; a closing credit, a signed last sentence, a headline printed twice, a lead opening with the
dateline or naming the headline's place afresh. Pure line tests; blanklines puts the blank lines back.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from builder.ingest.briefs import BRIEF_COLUMN
from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.captionshapes import split_closing_names
from builder.ingest.datelines import BAOXUN
from builder.ingest.headlineplaces import named_places
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.labelleditems import place_label
from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.textrules import ends_sentence, indented, split_bold_doubled

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


_LEAD_SPAN = 2  # lines of the lead where it names the headline's place
# a round-up's parts are headed by its townships and villages (`桐柏镇：…` / `　　桐柏镇…`): a new article's head
# names a county, a city or a province afresh
_PART_PLACES = ("乡", "镇", "街道", "村", "社区", "嘎查", "苏木", "小区")
# a township, subdistrict or village the lead names under its county or city (`德州市德城区天衢街道…`): a report's
# place in full, not a round-up's part (`桐柏镇…`)
_PARENT_BEFORE = re.compile(r"[市区县州盟旗](?:[\u4e00-\u9fff]{1,6}(?:街道|镇|乡))?$")


def printed_twice(line: str) -> bool:
    """A whole line the PDF printed twice in bold (`金山社区金山社区““石榴籽议事会石榴籽议事会””…`): a headline."""
    twice = split_bold_doubled(line)
    return twice is not None and not twice[1]


def is_signed(line: str) -> bool:
    """A last sentence with its closing names glued on in brackets (`…和谐宜居社区。（林玺 孙雨静）`)."""
    return split_closing_names(line.strip())[1] is not None


def opens_with_dateline(line: str, bare: bool = False) -> bool:
    """`本报讯（记者 孙晨飞）近日，润州`: the paper's dateline with its writers, the lead going on after it;
    `bare`: its writers maybe unnamed (`本报讯 梧州市万秀区在老旧`, a lead under its head)."""
    dated = BAOXUN.match(line.strip())
    return dated is not None and (bare or bool(dated.group(2))) and bool(line.strip()[dated.end() :])


def is_credit(line: str) -> bool:
    """A closing credit on a line of its own: `■吕笛`, `■孙媛 钟思君`, `（记者 王海涛）`, bare names."""
    return bool(
        (is_byline_text(line) and not line.startswith("本报讯"))
        or LINE_SHAPE["end_credit"].match(line)
        or LINE_SHAPE["bare_names"].match(line)
    )


def lead_names_place(rows: list[tuple[str, int]], i: int, head: list[tuple[str, int]], lead: int) -> bool:
    """The lead's first lines name a place the headline names, and the stretch's lines above (up to 60) never
    name it."""
    lead_text = "".join(line.strip() for line, _ in rows[lead : lead + _LEAD_SPAN])
    above = "".join(line for line, _ in rows[max(0, i - 60) : i])
    for place in named_places("".join(line for line, _ in head)):
        if (
            len(place) >= 2
            and place in lead_text
            and place not in above
            and (not place.endswith(_PART_PLACES) or _PARENT_BEFORE.search(lead_text.split(place)[0]))
        ):
            return True
    return False
