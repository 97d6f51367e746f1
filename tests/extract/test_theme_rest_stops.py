"""The livelihood-services sentence of themes.yaml (daily needs met at a service point) speaks of residents'
livelihoods only: a rest stop for riders and couriers (骑士驿站, 红色驿站, 暖新驿站, 党群服务站 for 新就业群体),
in every page that prints one, is new-employment work, never livelihood services (heldout4 f02 lost theme F1
to it once its title was right)."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT

_SECTIONS = {"title": "", "headings": ""}


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


@pytest.mark.parametrize(
    "sentence",
    [
        # heldout4/f02 lines 3-6
        "苏州市吴江区在商圈、交通枢纽和党群服务中心设立“骑士驿站”48个，为外卖骑手、快递小哥提供休息、充电、饮水等服务。",
        # tests/corpus/pages/c17.txt
        "兰州市西固区在商圈、物流园区建成“红色驿站”42个，为快递员、外卖骑手等新就业群体提供休息、充电、饮水等服务。",
        # heldout2/d03.txt
        "襄阳市襄城区依托党群服务中心、商务楼宇和加油站，建成“红色驿站”35个，为快递员、外卖骑手、网约车司机等"
        "新就业群体提供歇脚、饮水、充电、就餐等服务。",
        # seeds/000 (黔东南州)
        "在集中区域打造党群服务站，提供免费饮水、手机充电等便捷服务；",
    ],
    ids=["f02", "c17", "d03", "seed000"],
)
def test_a_rest_stop_for_riders_is_no_livelihood_service(vocab: dict[str, Label], sentence: str) -> None:
    scores = T._sentence_scores({**_SECTIONS, "body": sentence}, vocab)
    assert scores.get("livelihood-services") is None


def test_residents_daily_needs_at_a_service_point_are_livelihood_services(vocab: dict[str, Label]) -> None:
    # the kind of sentence the rule was written for (an invented sentence: no page of the corpora prints one)
    sentence = "社区党群服务中心为居民提供休息、饮水、充电等便民服务。"
    assert T._sentence_scores({**_SECTIONS, "body": sentence}, vocab).get("livelihood-services") == 4
