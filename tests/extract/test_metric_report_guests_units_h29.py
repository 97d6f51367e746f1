"""Figures heldout29 missed or mistook, by kind (invented lines): a unit's letters with the exponent of its
superscript lost (3.6万m2, 4800m2) are its word (平方米), the 2 no digit of the number; drones and their flights are
counted by 架 and 架次; the guests of the report itself (本报邀请三位基层干部, 记者采访了两位网格员) are no figure of
the work; nor are the parties of one dispute (困扰两个村多年的山林边界纠纷)."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _figures(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


def test_a_units_letters_with_the_exponent_lost_are_its_word() -> None:
    assert _figures("社区铺设透水砖路面2.4万m2，新增休闲空间3600m2。") == [
        (24000, "平方米"),
        (3600, "平方米"),
    ]
    assert _figures("新建公园占地1.2km2。") == [(1.2, "平方公里")]


def test_drones_and_their_flights_are_counted() -> None:
    assert _figures("市里为护林队配备无人机42架，今年巡护飞行900余架次。") == [(42, "架"), (900, "架次")]
    assert _figures("村里搭建葡萄架3个。") == [(3, "个")]


def test_the_guests_of_the_report_are_no_figure() -> None:
    assert _figures("围绕社区治理的难点，本报邀请三位基层干部坐下来聊一聊。") == []
    assert _figures("记者采访了5名网格员。") == []
    assert _figures("街道邀请6位律师坐诊。") == [(6, "位")]


def test_the_parties_of_one_dispute_are_no_figure() -> None:
    assert _figures("调解员化解了困扰两个村多年的水源纠纷。") == []
    assert _figures("网格员化解了三户村民的宅基地矛盾。") == []
    assert _figures("今年共化解矛盾纠纷210起。") == [(210, "起")]
    assert _figures("镇里成立两个调解委员会，化解矛盾纠纷。") == [(2, "个")]
