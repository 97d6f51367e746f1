"""A caption printed with no full stop and its credit after a gap on the same line (layouts38 p03, p04, invented
here): `△村民在“爱心超市”兑换物品　某某县委组织部供图` took the two body lines under it as its own wrapped tail (a
sentence's end lost from the body), and `图为网格员在小区巡查　本报记者　某某　摄` was read whole as a credit (the
caption lost). The caption is the part before the gap, the credit the part after it; the body reads on. Negative: a
credit alone (`本报记者　某某　摄`) is no caption.
"""

from __future__ import annotations

import pytest

from builder.ingest.captionshapes import split_gap_credit
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "某镇“爱心超市”积分换实惠\n\n"
    "　　本报讯（记者 林某）某市某县某镇在各村推行\n"
    "“环境积分”，村民参与环境整治可获得积分，\n"
    "{caption}\n"
    "积分可到村里的“爱心超市”兑换生活用品，全镇\n"
    "已有2600余户参与。\n"
)


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        ("△村民在“爱心超市”兑换物品　某某县委组织部供图", "村民在“爱心超市”兑换物品", "某某县委组织部供图"),
        ("图为网格员在小区巡查　本报记者　王某某　摄", "图为网格员在小区巡查", "本报记者　王某某　摄"),
    ],
)
def test_the_credit_after_a_gap_ends_the_caption(caption: str, text: str, credit: str):
    (article,) = segment(assemble(classify_page(_PAGE.format(caption=caption))))
    assert article.text.endswith("全镇已有2600余户参与。")
    assert [(p.text, p.credit) for p in article.captions] == [(text, credit)]


@pytest.mark.parametrize("line", ["本报记者　王某某　摄", "通讯员 李某 摄", "张某　李某　摄"])
def test_a_credit_alone_is_no_caption(line: str):
    assert split_gap_credit(line) == (line, None)
