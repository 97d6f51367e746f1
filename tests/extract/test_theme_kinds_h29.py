"""Kinds of sentence and words heldout29 missed or mistook a theme by (invented lines in the style of its pages):

- produce sold online (开通水果销售直播间, 线上销售苹果30吨, 直播带货): a village's trade, no digital governance;
  nor is a list posted that residents look up by a QR code (扫码即可查询);
- members or cadres paired with households to help their living (组织党员能手结对帮扶果农): no volunteering; a
  network of neighbours helping each other set up (建立“邻里互助圈”) is;
- members each given households to visit (推行“党员联户”): member management;
- an old town's lanes renewed (改造老旧街巷, 新增口袋公园): residents' living conditions, livelihood services;
- an area's shops joined in a league a street sets up with the departments (联合…等部门成立“商户联盟”): co-building;
- services brought to residents' doors (把服务送到居民家门口) in the body: livelihood services; in a headline, a
  slogan (a kind of sentence may count in some sections only, `where`, as a term may).
"""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.theme_rules import parse_sentence_rules
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def _score(vocab: dict[str, Label], body: str, slug: str, title: str = "") -> float:
    return T.theme_scores(title, [], body, vocab).get(slug, 0.0)


def test_produce_sold_online_is_no_digital_governance(vocab: dict[str, Label]) -> None:
    body = "村里的党员先锋岗还开通了水果销售直播间，今年线上销售苹果30吨。"
    assert _score(vocab, body, "digital-governance") == 0.0
    assert (
        _score(vocab, "社区开通直播间，每周直播政策解读。", "digital-governance") >= 3.0
    )  # (a studio of its own)


def test_a_list_looked_up_by_a_qr_code_is_no_work_done_online(vocab: dict[str, Label]) -> None:
    body = "三是把清单在各社区张贴公示，群众扫码即可查询。"
    assert _score(vocab, body, "digital-governance") < 4.0
    assert _score(vocab, "群众扫码即可在线反映诉求。", "digital-governance") >= 7.0


def test_members_paired_to_help_farmers_are_no_volunteers(vocab: dict[str, Label]) -> None:
    assert _score(vocab, "镇党委组织党员能手结对帮扶果农，开展技术指导。", "volunteer-service") == 0.0


def test_a_network_of_neighbours_helping_each_other_is_volunteering(vocab: dict[str, Label]) -> None:
    body = "社区还依托楼栋长建立“邻里互助圈”，为独居老人提供代购服务。"
    assert _score(vocab, body, "volunteer-service") >= 7.0


def test_members_each_given_households_are_member_management(vocab: dict[str, Label]) -> None:
    assert "member-management" in T.implied_themes(["党员联户"], vocab)
    body = "村里推行“党员联户”，每名党员联系4户群众。"
    assert _score(vocab, body, "member-management") >= 8.0
    assert _score(vocab, body, "grid-governance") == 0.0  # (联户 is read inside 党员联户)


def test_an_old_towns_lanes_renewed_are_livelihood_services(vocab: dict[str, Label]) -> None:
    body = "议事会先后改造老旧街巷12条，新增口袋公园5处。"
    assert _score(vocab, body, "livelihood-services") >= 8.0


def test_a_shops_league_set_up_with_the_departments_is_joint_building(vocab: dict[str, Label]) -> None:
    body = "街道联合市场监管、城管等部门成立“古街商户联盟”，吸纳商户300家。"
    assert _score(vocab, body, "joint-building") >= 7.0
    # an industry's own association is no co-building of an area's units
    assert _score(vocab, "镇里成立“茶叶联盟”，吸纳茶企30家。", "joint-building") == 0.0


def test_services_brought_to_the_door_count_in_the_body_only(vocab: dict[str, Label]) -> None:
    body = "区里推行三级网格，把服务送到居民家门口。"
    assert _score(vocab, body, "livelihood-services") >= 5.0
    title = "把服务送到居民家门口"
    assert _score(vocab, "区里推行三级网格。", "livelihood-services", title) < 4.0
    (rule,) = [r for r in parse_sentence_rules(vocab["livelihood-services"]) if "送到" in r.groups[1]]
    assert rule.where == frozenset({"body"})
