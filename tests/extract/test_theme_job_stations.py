"""A station that finds residents jobs (`家门口就业驿站`, layouts37 p06, invented here) is a livelihood service, never
a rest stop for riders and couriers: its `驿站` gave it the new-employment-groups theme. A riders' `红色驿站` keeps it."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_a_job_station_is_no_riders_rest_stop(vocab: dict[str, Label]) -> None:
    body = "某市和平区在社区建成“家门口就业驿站”30个，为居民推荐岗位、开展技能培训。驿站今年帮助900名居民找到工作。"
    scores = T.theme_scores("和平区“家门口就业驿站”开到小区门口", [], body, vocab)
    assert T.select_themes(scores, length=len(body)) == [
        "livelihood-services"
    ]  # (the bare 驿站 after it counts little)


def test_a_riders_rest_stop_keeps_its_theme(vocab: dict[str, Label]) -> None:
    scores = T.theme_scores("", [], "某区建成“红色驿站”20个，为快递员、外卖骑手提供歇脚、充电服务。", vocab)
    assert scores.get("new-employment-groups", 0) > 0
