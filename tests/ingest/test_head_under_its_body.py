"""A page printing each headline under its own body, mid-page (a real page's kind): `…蔚然成风。` / blank /
headline / blank / blank / the next body's lead, that body signed only at its end (`（name name）`) with its own
head under it. The head stands nearer the body above (one blank line over it, two under it) and shares its words
with it, hardly with the lead below: it titles the body above. Before, it was read as the next body's first
line (the two reports merged, one title lost), or anchored over the next body as its headline. Invented lines.
"""

from __future__ import annotations

from builder.ingest.pagelines import PageReader
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page, read_next


def _wrap(text: str, width: int = 18) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


_BODY_A = (
    "长江网6月3日讯（长江日报记者李明）日前，汉阳区月湖街道“邻里食堂”正式开门迎客，",
    "月湖街道“邻里食堂”由街道党工委牵头，联合辖区3家餐饮企业运营，为社区老人提供午餐和晚餐。",
    "开业以来，“邻里食堂”每天供餐400余份，老人用餐可享八折优惠，行动不便的老人还可预约送餐上门。",
)
_BODY_B = (
    "今年以来，安徽省歙县住建局以城市管理为重点，组织党员干部深入老旧街巷开展环境整治。",
    "县住建局党支部联合12个社区，清理乱堆乱放杂物300余处，新增停车泊位560个，居民出行更加方便。",
)
_HEAD_A = "月湖“邻里食堂”让老人吃上热乎饭"
_HEAD_B = "歙县住建局整治老旧街巷环境"


def _page(blanks_under_a: int) -> str:
    lines = ["2026年6月5日　星期五　　第6版"]
    lines.append("")
    for para in _BODY_A:
        lines += _wrap(para)
    lines += ["", _HEAD_A] + [""] * blanks_under_a
    for para in _BODY_B:
        lines += _wrap(para)
    lines += ["（王芳 陈杰）", "", _HEAD_B, "", "责任编辑：赵红"]
    return "\n".join(lines) + "\n"


def test_each_head_printed_under_its_body_titles_the_body_above():
    found = segment(assemble(classify_page(_page(2))))
    assert [(a.title, a.byline) for a in found] == [
        (_HEAD_A, "长江网6月3日讯（长江日报记者 李明）"),
        (_HEAD_B, "王芳 陈杰"),
    ]
    assert found[1].text.startswith("今年以来，安徽省歙县")


def _rule_reading(page: str, text: str) -> str:
    reader = PageReader(page)
    while reader.index < len(reader.lines):
        line = reader.lines[reader.index]
        name = read_next(reader)
        if line.strip() == text:
            return name
    raise AssertionError(text)


def test_a_head_as_near_the_body_below_is_left_to_the_other_rules():
    # one blank line over it and one under it: nothing says it is nearer the body above
    assert _rule_reading(_page(2), _HEAD_A) == "headline_under_its_body"
    assert _rule_reading(_page(1), _HEAD_A) != "headline_under_its_body"
