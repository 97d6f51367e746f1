"""Captions the layout dropped inside a paragraph (heldout27 p07 and p03 kinds, invented lines): a `△` caption
wrapped over two lines, its credit glued after its sentence on the second (one caption and its credit, not two
captions), and a caption opening with a square bullet (`■村民在…`: the caption without it)."""

from __future__ import annotations

from tests.support.pages import page_drafts

_PAGE = [
    "某县：“红色驿站”暖了新就业群体",
    "",
    "　　本报讯（记者 王强）某县外卖骑手多，全县有",
    "新就业群体3200余人。县委在商圈建起“红色驿",
    "站”，为骑手提供休息、充电等服务。",
    "　　目前，全县已在商圈和园区建立“红色",
    "△在城区一处“红色驿站”内，外卖骑手在休",
    "息充电。某县委社会工作部供图",
    "驿站”16个，今年累计服务骑手2万人次。",
    "",
    "■骑手代表在议事会上发言。王强 摄",
    "",
    "　　县里还组建骑手议事会，每月议事一次。",
]


def test_a_wrapped_caption_with_its_credit_glued_and_a_bulleted_caption(tmp_path) -> None:
    (draft,) = page_drafts(_PAGE, tmp_path)
    assert draft.captions == [
        {"text": "在城区一处“红色驿站”内，外卖骑手在休息充电。", "credit": "某县委社会工作部供图"},
        {"text": "骑手代表在议事会上发言。", "credit": "王强 摄"},
    ]
    assert "建立“红色驿站”16个" in draft.body
