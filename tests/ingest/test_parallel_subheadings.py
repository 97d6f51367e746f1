"""Subheadings set alike (`红马甲 让产业“强”起来`, `红马甲 让村庄“美”起来`) with a photo's unmarked caption printed right
over one of them, on a page with no blank lines (a real feature page's layout, R29; invented lines): the caption is
a caption, the subheading a heading of its own, neither glued to the other nor into the paragraph under them."""

from __future__ import annotations

import pytest

from tests.support.pages import page_drafts

_HEAD = ["临沂日报　　2026年4月8日　　第3版　党建", "", "红马甲 扮靓新农村", "——兰陵县长城镇“党员先锋队”记事"]
_FIRST = [
    "　　春风吹绿了田野。在兰陵县长城",
    "镇，一队队身穿红马甲的党员活跃在",
    "田间地头。今年长城镇成立了16个",
    "党员先锋队，为每支队伍进行了授旗。",
    "红马甲 让产业“强”起来",
    "　　在长城镇的党员先锋队中，有一",
    "支产业服务队，对全镇的蔬菜种植实",
    "行全程服务。种植户王方说：“我流",
    "转了800亩土地，先锋队多次帮我",
    "出主意。”",
]
_LAST = [
    "红马甲 让村庄“美”起来",
    "　　在长城镇21个行政村中，每天",
    "都有身穿红马甲的党员在街上打扫卫",
    "生。不少群众都说，今年党员没少出",
    "力。",
]


@pytest.mark.parametrize(
    "caption",
    ["党员先锋队开展义务植树活动", "党员在村口开展义务植树活动", "图为党员在村口开展植树活动"],
    ids=["caption-as-heading", "scene-caption", "caption-for-the-photo"],
)
def test_a_caption_over_a_subheading_set_like_another(tmp_path, caption: str) -> None:
    drafts = page_drafts([*_HEAD, *_FIRST, caption, *_LAST], tmp_path)
    assert len(drafts) == 1
    body = drafts[0].body
    assert "## 红马甲 让产业“强”起来" in body
    assert "\n## 红马甲 让村庄“美”起来\n" in body
    assert caption not in body
    assert [c["text"] for c in drafts[0].captions] == [caption]
