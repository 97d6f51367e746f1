"""Kinds of theme evidence issue 14's sets under theme F1 0.85 (heldout22, heldout23, layouts34) and others
mistook (session 36), each in invented text: what the words tell when the article is about that work, and what
they do not when they only name where or who."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.theme_rules import SentenceRule
from builder.extract.themes import score_themes, theme_scores
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_a_reserve_of_village_leaders_stocked_is_the_organization_and_its_workforce(
    vocab: dict[str, Label],
) -> None:
    title = "某省实施村级后备力量“培苗计划”"
    body = (
        "某省今年为每个行政村储备2至3名35岁以下的后备力量，目前全省已储备后备力量3.2万名。"
        "各县为后备力量确定一对一导师，安排他们参与村级事务。"
    )
    themes = score_themes(title, [], body, vocab)
    assert "organization-system" in themes
    assert "community-workforce" in themes
    # one member put forward as a prospect is no reserve stocked
    prospect = "评出的优秀中心户优先推荐为后备力量。"
    assert "organization-system" not in theme_scores("", [], prospect, vocab)


def test_back_lanes_named_are_where_the_work_is_done(vocab: dict[str, Label]) -> None:
    title = "某区推行“巷长制”让背街小巷有人管"
    body = (
        "某区在城区背街小巷推行“巷长制”，由社区干部和党员担任巷长，负责巷子里的环境卫生和邻里纠纷。\n\n"
        "目前，全区已在150条背街小巷设立巷长180名。巷长每天巡巷一次，发现问题及时上报社区。\n\n"
        "巷长制推行以来，全区背街小巷面貌一新，群众满意率达95%。"
    )
    assert "livelihood-services" not in score_themes(title, [], body, vocab)
    # lanes renewed are residents' living conditions
    renewed = "某街道今年改造背街小巷30条，新建口袋公园6个，居民出行更方便了。"
    assert "livelihood-services" in score_themes("", [], renewed, vocab)


def test_small_firms_and_the_self_employed_are_an_emerging_sector(vocab: dict[str, Label]) -> None:
    title = "某区“手艺人党支部”守住老手艺"
    body = (
        "今年以来，某区在老工艺产业集聚区成立“手艺人党支部”6个，把90名党员手艺人组织起来，开展传帮带活动。"
        "党支部牵头带动小微企业和个体工商户320家抱团经营。"
    )
    assert "emerging-sectors" in score_themes(title, [], body, vocab)


def test_grain_fields_and_their_growers_are_the_countrysides(vocab: dict[str, Label]) -> None:
    title = "某市“稻田网格”管到田间"
    body = (
        "某市把网格划到稻田里，划定“稻田网格”900个，由村党员和种粮大户担任网格员，负责秸秆禁烧和防汛巡查。"
        "今年以来，网格员共协调解决问题300余个。"
    )
    themes = score_themes(title, [], body, vocab)
    assert themes[0] == "grid-governance"
    assert "rural-revitalization" in themes


def test_a_shared_kitchen_is_a_canteen(vocab: dict[str, Label]) -> None:
    title = "某区“社区共享厨房”开张"
    body = (
        "某区近日在8个社区启动“社区共享厨房”，每份套餐不超过10元。"
        "区里还招募“厨房志愿者”200余名，负责打菜和保洁。"
    )
    practices = ["社区共享厨房", "厨房志愿者"]
    assert "livelihood-services" in score_themes(title, [], body, vocab, practices)


def test_heads_of_buildings_counted_are_the_heads_not_the_places(vocab: dict[str, Label]) -> None:
    # the count is of the estates; the heads are one kind of member of a property team
    title = "某区小区有人管了"
    body = (
        "今年以来，某区在全区95个老旧小区推行“红管家”服务，由社区党组织牵头，选聘党员、楼栋长担任“红管家”，"
        "负责小区卫生和安全。"
    )
    assert score_themes(title, [], body, vocab) == ["red-property"]
    # the heads counted, the count right after or right before them
    heads = SentenceRule("grid-governance", (("楼栋长<数>", "<数>楼栋长"),), 4.0)
    assert heads.matches("全区选聘楼栋长1200名")
    assert heads.matches("为新选聘的126名楼栋长颁发聘书")
    assert not heads.matches("在95个小区选聘党员、楼栋长担任红管家")


def test_a_post_served_filed_and_rated_is_member_management(vocab: dict[str, Label]) -> None:
    body = "街道还为党员楼道长建立“履职档案”，每半年评议一次。"
    assert "member-management" in theme_scores("", [], body, vocab)


def test_branches_set_up_in_the_courtyards_themselves_are_the_organization(vocab: dict[str, Label]) -> None:
    # the unit named without the area's count (在楼院成立党支部或党小组): the organization's reach grown
    title = "某区老厂区里建起“幸福楼院”"
    body = (
        "某区把党建引领作为破解老厂区楼院治理难题的突破口，推行“幸福楼院”创建，在楼院成立党支部或党小组，"
        "由退休老党员担任楼院长。"
    )
    assert "organization-system" in score_themes(title, [], body, vocab)


def test_a_party_building_joint_meeting_named_without_its_last_word_is_co_building(
    vocab: dict[str, Label],
) -> None:
    # 党建联席会 is the 党建联席会议 of the area's party organisations, written short
    title = "某市推行“党建联席会”破解小区治理难题"
    body = (
        "某市在城区推行“党建联席会”制度，由街道党工委牵头，社区和物业企业共同参加，每月研究一次小区物业管理难题。"
        "目前全市已建立党建联席会80个。"
    )
    assert score_themes(title, [], body, vocab)[0] == "joint-building"
