"""Two or three people of one story pointed back at are who, not how many (real R37 p03#2, p04: a mediators'
story, `老刘和老黄两人急忙赶到`, `大家把两人称作…`; a household's quote, `家里有两个小孩`): metric_skips._one_story."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics

STORIES = [
    "接到电话后，老陈和小周两人立即赶到村口，当场化解了纠纷。今年以来，镇里共调解纠纷56起。",
    "村民们都把两人叫作“和事佬”，今年以来，镇里共调解纠纷56起。",
    "上门那天，小吴、老孙和小林三人连夜排查了隐患。今年以来，镇里共调解纠纷56起。",
    "“家里有两个小孩，多亏工作队帮忙。”今年以来，镇里共调解纠纷56起。",
]


@pytest.mark.parametrize("text", STORIES)
def test_the_people_of_one_story_are_no_count(text: str) -> None:
    assert [(m.value, m.unit) for m in extract_metrics(text)] == [(56, "起")]


def test_a_count_of_people_after_a_clause_of_work_stays() -> None:
    text = "社区组织党员和志愿者开展巡逻，共发动群众三百人参与。"
    assert (300, "人") in [(m.value, m.unit) for m in extract_metrics(text)]
