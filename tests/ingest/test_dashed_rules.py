"""A rule drawn with dashed box-drawing characters (`┈┈┈┈`, `┄┄┄┄`, `╌╌╌╌`) alone on its line, invented here, is
no sentence going on into the next line, nor a paragraph (lineshapes.is_drawn_rule(dashed=True), paragraphs): a
commentary box's closing rule had been joined to the `——访…` subtitle under the next headline, which was lost
into the report above as a broken paragraph.
"""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles

_PAGE = (
    "柳岸社区“共享工具屋”受欢迎\n"
    "\n"
    "本报记者　孙立\n"
    "\n"
    "　　近日，柳岸社区在活动中心开设“共享工具\n"
    "屋”，居民可免费借用电钻、梯子等工具。\n"
    "　　目前，工具屋已登记会员200余人。\n"
    "{rule}\n"
    "　　小小工具屋，拉近了邻里距离。\n"
    "（王平）\n"
    "{rule}\n"
    "\n"
    "让每一位老人吃上热乎饭\n"
    "——访桃源街道党工委书记李明\n"
    "\n"
    "本报记者　钱明\n"
    "\n"
    "　　桃源街道近日开办“邻里食堂”，为辖区老人\n"
    "提供助餐服务。\n"
)


@pytest.mark.parametrize("rule", ["┈" * 20, "┄" * 20, "╌" * 20], ids=["dotted", "dashed", "double-dash"])
def test_a_dashed_rule_is_no_text(rule: str):
    articles = page_articles(_PAGE.format(rule=rule))
    assert [a.subtitle for a in articles][-1] == "访桃源街道党工委书记李明"
    assert not any(rule[:4] in a.text for a in articles)
