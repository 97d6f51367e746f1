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


# A part of the people counted before in the sentence, the object of 将/让/使/请, is what the work did with them
# (real-shaped, invented: rv37 pages1); a list of roles before the count names no people of a story (rv37 pages8).
WORK_PEOPLE = [
    ("全乡共摸排不称职网格员12人，已将两人调离岗位，其余限期整改。", (2, "人")),
    ("街道从退役军人中遴选储备人才20名，使三人走上社区书记岗位。", (3, "人")),
    ("今年，网格员、楼栋长三人获评市级优秀志愿者。", (3, "人")),
    ("年底，退役军人和返乡青年两人当选村委委员。", (2, "人")),
]


@pytest.mark.parametrize("text,metric", WORK_PEOPLE)
def test_people_the_work_counted_stay(text: str, metric: tuple[int, str]) -> None:
    assert metric in [(m.value, m.unit) for m in extract_metrics(text)]
