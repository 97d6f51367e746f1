"""Review of issue 14's extract rules (lines invented): each rule tried on other wordings of its kind and on near
misses.

- A quoted number a measure follows (建成党群服务中心“15”分钟服务圈) counts minutes or people: no name's digits
  (it gave `务中心15分钟服务圈`, a name cut inside a word); a quoted number inside a name still is the name.
- The kinds of teams a run of quotes lists are fields of work of up to four characters, or honours (最美…)
  (“平安巡逻”“环境卫生”等志愿服务队伍); a team's brand that ends with its field (“老娘舅调解”“啄木鸟巡逻”等
  志愿服务队) is a name.
- A first secretary and a unit assigned to help are rural work only in a village (驻村第一书记, 定点帮扶某村); a
  building's, a business district's or a firm's first secretary (楼宇党建第一书记) and a hospital helping a clinic
  are not; 错时 alone (错时上下班, 错时停车) names no service.
- A rate of points has two sides: what the points are given for (捐赠100元计50分, 参与1场议事赚5分) counts nothing
  either.
"""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.metrics import extract_metrics
from builder.extract.practices import extract_practices
from tests.support.repo import ROOT


@pytest.mark.parametrize(
    "body",
    [
        "建成党群服务中心“15”分钟服务圈，居民步行可达。",
        "打造社区“10”分钟生活圈。",
        "推出邻里“24”小时服务站，随叫随到。",
        "实现诉求“30”分钟响应机制。",
    ],
)
def test_a_quoted_number_a_measure_follows_is_no_name(body: str) -> None:
    assert not any(any(ch.isdigit() for ch in name) for name in extract_practices("", body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("街道推出暖心“365”服务计划，全年无休。", "暖心365服务计划"),
        ("社区启动邻里“777”行动，结对帮扶。", "邻里777行动"),
    ],
)
def test_a_quoted_number_inside_a_name_still_is_the_name(body: str, name: str) -> None:
    assert name in extract_practices("", body)


@pytest.mark.parametrize(
    "body",
    [
        "社区组建“平安巡逻”“环境卫生”等志愿服务队伍，常态化开展服务。",
        "村里组建“文艺宣传”“应急救援”等服务队伍12支。",
        "街道成立了“法律援助”“心理疏导”等志愿服务队，覆盖全部小区。",
        "社区组建“文艺活动”“社区最美志愿者”等志愿服务队伍，凝聚力量。",
    ],
)
def test_fields_of_work_listed_before_teams_are_no_practices(body: str) -> None:
    assert extract_practices("", body) == []


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("街道打造“老娘舅调解”“啄木鸟巡逻”等志愿服务队，覆盖全部小区。", ["老娘舅调解", "啄木鸟巡逻"]),
        ("村里组建“夕阳红宣讲”“小蜜蜂环保”等服务队伍12支。", ["夕阳红宣讲", "小蜜蜂环保"]),
    ],
)
def test_team_brands_ending_with_their_field_stay(body: str, names: list[str]) -> None:
    assert extract_practices("", body) == names


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


@pytest.mark.parametrize(
    "body",
    [
        "市委组织部选派干部到脱贫村担任驻村第一书记，带领村民发展产业。",
        "村第一书记带着村民跑市场，把蜂蜜卖出了山。",
        "市税务局定点帮扶某村，捐建文化广场。",
    ],
)
def test_a_first_secretary_or_assigned_unit_in_a_village_is_rural_work(
    vocab: dict[str, Label], body: str
) -> None:
    assert "rural-revitalization" in T.theme_scores("", (), body, vocab)


@pytest.mark.parametrize(
    "body",
    [
        "选派机关干部担任楼宇党建第一书记，服务园区企业。",
        "区里向商圈派驻第一书记，推动商户党建。",
        "企业第一书记帮助企业解决用工难题。",
        "医院定点帮扶社区卫生服务站，开展培训。",
    ],
)
def test_a_first_secretary_or_assigned_unit_elsewhere_is_no_rural_work(
    vocab: dict[str, Label], body: str
) -> None:
    assert "rural-revitalization" not in T.theme_scores("", (), body, vocab)


def test_staggered_hours_alone_name_no_service(vocab: dict[str, Label]) -> None:
    for body in ("倡导错时上下班，缓解交通拥堵。", "机关单位错时上班。"):
        assert "livelihood-services" not in T.theme_scores("", (), body, vocab)
    assert "livelihood-services" in T.theme_scores("", (), "党群服务中心推行错时服务，晚上照常开放。", vocab)


@pytest.mark.parametrize(
    "body",
    ["捐赠100元计50分，可兑换生活用品。", "参与1场议事赚5分。", "每参加1次活动可得20分。"],
)
def test_what_a_rate_of_points_is_given_for_counts_nothing(body: str) -> None:
    assert extract_metrics(body) == []


@pytest.mark.parametrize(
    ("body", "value"),
    [
        ("居民每天打卡积2分，累计积分1200分。", 1200),
        ("全年开展活动50场，参与群众3000人次。", 50),
        ("考核中，该村得分95分。", 95),
    ],
)
def test_counts_next_to_points_stay(body: str, value: int) -> None:
    assert value in [m.value for m in extract_metrics(body)]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("这是一个“商业综合体”，商户120家。", []),
        ("引进的“城市综合体”开业。", []),
        ("把服务打包进“社区服务综合体”。", ["社区服务综合体"]),
        ("打造“党建综合体”，服务两新组织。", ["党建综合体"]),
    ],
)
def test_a_services_complex_is_named_and_a_kind_of_building_is_not(body: str, names: list[str]) -> None:
    assert extract_practices("", body) == names


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("社区推出“一份清单”，明确服务事项30项。", ["一份清单"]),
        ("签订“一份承诺书”，党员带头。", ["一份承诺书"]),
        ("送上“一份温暖”，奉献“一份爱心”。", []),
        ("为乡村振兴添了“一把新柴”。", []),
    ],
)
def test_a_paper_drawn_up_is_a_tool_and_a_handful_is_a_likeness(body: str, names: list[str]) -> None:
    assert extract_practices("", body) == names
