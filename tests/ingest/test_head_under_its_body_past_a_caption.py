"""A head printed under its body titles that body when the layout set a photo's caption inside it (issue 14, real
R36 p04): footheads.titles_last_block read only the text after the caption as the body's last block, and the
headline's words, printed in the body's first paragraphs over the caption, counted for the text before it: the
head was left over the next body (title lost, the two reports merged). A caption and its credit set inside the
text are passed over. Invented lines (the page shape of test_head_under_its_body.py)."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page


def _wrap(text: str, width: int = 18) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


_BODY_A = (
    "长江网6月3日讯（长江日报记者李明）日前，汉阳区月湖街道“邻里食堂”正式开门迎客，老人吃上了热乎饭。",
    "月湖街道“邻里食堂”由街道党工委牵头，联合辖区3家餐饮企业运营，为社区老人提供午餐和晚餐。",
    "开业以来，食堂每天供餐400余份，用餐可享八折优惠，行动不便的还可预约送餐上门。",
    "街道还组织志愿者每周上门走访，登记送餐需求，目前已登记120户。",
)
_BODY_B = (
    "今年以来，安徽省歙县住建局以城市管理为重点，组织党员干部深入老旧街巷开展环境整治。",
    "县住建局党支部联合12个社区，清理乱堆乱放杂物300余处，新增停车泊位560个，居民出行更加方便。",
)
_HEAD_A = "月湖“邻里食堂”让老人吃上热乎饭"
_HEAD_B = "歙县住建局整治老旧街巷环境"
_CAPTION = ["△志愿者为老人送餐上门。", "通讯员 周敏 摄"]


def _page(caption: bool) -> str:
    lines = ["2026年6月5日　星期五　　第6版", ""]
    body = [line for para in _BODY_A for line in _wrap(para)]
    at = len(_wrap(_BODY_A[0])) + len(_wrap(_BODY_A[1])) + 1  # inside the third paragraph's sentence
    lines += body[:at] + (_CAPTION if caption else []) + body[at:]
    lines += ["", _HEAD_A, "", ""]
    for para in _BODY_B:
        lines += _wrap(para)
    lines += ["（王芳 陈杰）", "", _HEAD_B, "", "责任编辑：赵红"]
    return "\n".join(lines) + "\n"


def test_a_head_under_its_body_titles_it_past_a_caption_set_inside():
    for caption in (False, True):
        found = segment(assemble(classify_page(_page(caption))))
        assert [a.title for a in found] == [_HEAD_A, _HEAD_B], caption
        assert found[1].text.startswith("今年以来，安徽省歙县")
