"""Theme recall by the kind of sentence and the vocabulary (heldout26): an area cut into zones each one's charge (a grid
by another name), affairs handled on residents' behalf at a service window, a party-building belt linking the
branches and firms along a route, the members' winter-spring training, and the farming slack season. Invented sentences, and the negatives."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def themes(vocab: dict[str, Label], body: str, title: str = "", practices: tuple[str, ...] = ()) -> list[str]:
    return T.score_themes(title, (), body, vocab, list(practices))


def test_an_area_cut_into_zones_each_ones_charge_is_grid_governance(vocab: dict[str, Label]) -> None:
    body = (
        "甲县在老城区推行“街坊管家”机制，由党员干部和居民代表分片认领街巷，通过“板凳议事会”与居民商量解决难题。"
        "全县已划分责任街巷52条，议事会今年协商解决问题900多件，收集居民意见建议1200条。"
    )
    got = themes(vocab, body, "甲县：“街坊管家”守护老街巷")
    assert "grid-governance" in got and got[0] == "consultative-self-governance"


def test_affairs_handled_for_residents_at_a_window_are_livelihood_services(vocab: dict[str, Label]) -> None:
    body = (
        "乙镇推出“乡贤茶话”，每周邀请群众议事协商，收集意见建议800条。"
        "针对外出务工人员的难题，镇里设立便民服务窗口9个，帮助办理社保、户籍等各类事项600余件。"
    )
    assert "livelihood-services" in themes(vocab, body, "乙镇：“乡贤茶话”听民声")


def test_a_party_building_belt_is_joint_building(vocab: dict[str, Label]) -> None:
    body = "丙市沿主要果区打造“果乡党建带”，把沿线村党组织、果业合作社和龙头企业联结起来，带动果农增收。"
    got = themes(vocab, body, "丙市：“果乡党建带”连起致富路", ("果乡党建带",))
    assert "joint-building" in got and "rural-revitalization" in got


def test_members_winter_spring_training_is_member_management(vocab: dict[str, Label]) -> None:
    body = (
        "丁县利用农闲和晚上时间开办“田间课堂”，组织党员群众学政策、学技术。目前，全县已建成教学点120个，"
        "组建讲师队伍30支，今年累计开课1500余场，参学党员群众6万人次。不少学员学到了种养技术，全县已有800多名学员实现增收。"
        "县里还把“田间课堂”和党员冬春训结合起来，组织党员在课堂上讲党课、谈体会、亮承诺。"
    )
    got = themes(vocab, body, "丁县“田间课堂”开到村民家门口")
    assert got[0] == "member-management" and "rural-revitalization" in got


def test_a_plain_window_a_building_zone_or_a_branch_alone_names_no_such_theme(
    vocab: dict[str, Label],
) -> None:
    body = "己社区党委组织志愿者开展助老服务，志愿者每周上门，今年服务老人300余人次。"
    got = themes(vocab, body, "己社区志愿服务暖人心")
    assert not {"grid-governance", "joint-building", "public-safety"} & set(got)
