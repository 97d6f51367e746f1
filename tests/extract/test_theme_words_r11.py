"""Theme words (issue 14, R11 and heldout15): a place or team for delivery riders, an agency paired with a
community, a branch heading a section, members away from home, a courtyard meeting or self-governance, the
defence of a border, activities of volunteer service counted; and the negatives (a secretary profiled, a
committee lacking, volunteer service as one way to earn points). Invented sentences of each kind."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def scores(
    vocab: dict[str, Label], body: str, title: str = "", headings: tuple[str, ...] = ()
) -> dict[str, float]:
    return T.theme_scores(title, headings, body, vocab)


def themes(vocab: dict[str, Label], body: str, title: str = "", headings: tuple[str, ...] = ()) -> list[str]:
    return T.score_themes(title, headings, body, vocab, [])


def test_a_place_or_a_team_for_delivery_riders(vocab: dict[str, Label]) -> None:
    body = (
        "镇里把志愿服务站的钥匙交到外卖小哥手中，今后将为来往的外卖小哥提供遮风避雨的场所。"
        "这支全部由外卖小哥组成的志愿服务队已经发展为9人，志愿服务覆盖全镇，志愿服务项目不断增加。"
        "镇里在各村社设立志愿服务点，开展志愿服务活动。"
    )
    assert themes(vocab, body)[:2] == ["volunteer-service", "new-employment-groups"]
    # a rider named once, with nothing done for or by riders, is no sign
    assert scores(vocab, "骑手小王说，社区的志愿服务很暖心。").get("new-employment-groups", 0) <= 3


def test_an_agency_paired_with_a_community_is_joint_building(vocab: dict[str, Label]) -> None:
    body = "全区推行机关联系社区，机关单位与社区结对，认领服务清单。"
    assert scores(vocab, body)["joint-building"] >= 6


def test_a_section_headed_by_a_branch_is_about_the_organization(vocab: dict[str, Label]) -> None:
    body = "小区居民多是老年人，党支部成员带头值班。"
    assert "organization-system" in themes(vocab, body, headings=("“银发”党支部的新活力",))
    # a secretary profiled (——记某村党支部书记) is a person, not how the branch is built
    assert scores(vocab, "他当选村党支部书记。", "——记某村党支部书记张三").get("organization-system", 0) == 0
    # nor a branch running a business (the work is the economy)
    assert (
        scores(vocab, "合作社带动村民增收。", "某村党支部领办茶叶合作社").get("organization-system", 0) == 0
    )


def test_members_away_from_home_are_managed(vocab: dict[str, Label]) -> None:
    body = "市里设立“候鸟党员”服务站，登记“候鸟党员”2100余名，组建临时党支部30个。"
    assert themes(vocab, body)[0] == "member-management"


def test_a_courtyard_meeting_and_self_governance(vocab: dict[str, Label]) -> None:
    assert scores(vocab, "街道每月召开一次“院坝会”，听居民说事。")["consultative-self-governance"] >= 6
    assert scores(vocab, "街道推行“院落自治”，大小事务院内商量。")["consultative-self-governance"] >= 4


def test_a_committee_lacking_is_no_red_property(vocab: dict[str, Label]) -> None:
    body = "不少院落没有业委会，街道推行院落自治，由居民推选院落长。"
    assert scores(vocab, body).get("red-property", 0) == 0
    # a committee at work still counts
    assert scores(vocab, "业委会和物业公司每月碰头。")["red-property"] > 0


def test_the_defence_of_a_border_is_public_safety(vocab: dict[str, Label]) -> None:
    body = "市里组织党员、民兵和护边员组成“三员联防”队伍，开展边境巡逻6000次，抵边村寨发案率下降。"
    assert themes(vocab, body)[0] == "public-safety"


def test_volunteer_activities_counted(vocab: dict[str, Label]) -> None:
    body = "服务站组织老党员参加“蓝色护海”志愿服务，开展海滩清洁等活动600场。"
    assert scores(vocab, body)["volunteer-service"] >= 8
    # volunteer service as one way to earn points, no activity counted
    other = "村民参与环境整治、志愿服务可获积分兑换生活用品，已有1.5万户参与。"
    assert scores(vocab, other)["volunteer-service"] < 8


def test_agencies_paired_with_communities_are_no_agency_party_building(vocab: dict[str, Label]) -> None:
    body = (
        "全区推行机关联系社区的“双结对”活动，将机关单位与社区结对共建，机关党员到社区认领服务清单。"
        "活动开展以来，全区52个机关党组织与19个社区结对，实施共建项目40个。"
    )
    found = scores(vocab, body)
    assert found["joint-building"] > 2 * found.get("agency-party-building", 0)
    # an agency's own party building stays
    own = "市直机关工委推进模范机关建设，各机关党组织开展“三会一课”，机关党建与业务深度融合。"
    assert themes(vocab, own)[0] == "agency-party-building"


def test_requests_and_a_hotline_a_platform_takes_in_are_its_channel(vocab: dict[str, Label]) -> None:
    """heldout17 p07, layouts17 p05 (invented of the same kind): a platform joined with the 12345 hotline that
    takes in residents' requests is digital governance; the requests and the hotline are the channel, not a
    livelihood service of their own."""
    body = (
        "某区整合12345热线、网格上报、“随手拍”等渠道，建起区级“一网统管”平台，群众诉求一个口子进。"
        "平台对诉求分类派单，简单事项24小时内响应。今年以来，平台受理群众诉求2.6万件，按时办结率达到97%。"
    )
    assert themes(vocab, body, "某区“一网统管”让诉求办理提速") == ["digital-governance"]
    # negative: requests met by services for the elderly are livelihood work
    body = (
        "社区收集老年人助餐、就医等诉求，开设长者食堂，为独居老人上门送餐，日间照料中心每天服务老人60余人次。"
    )
    assert themes(vocab, body)[:1] == ["livelihood-services"]


def test_a_formula_pairing_online_with_offline_implies_no_digital_work(vocab: dict[str, Label]) -> None:
    """heldout17 p08 (invented of the same kind; heldout2, heldout14 give digital governance at most as optional):
    “线上+线下” management of members away from home is member work done both ways; 线上 alone in a practice's
    name (云上党课, 线上家园) still implies digital governance."""
    assert T.implied_themes(["线上+线下"], vocab) == []
    assert T.implied_themes(["线上党课+线下活动"], vocab) == []
    assert T.implied_themes(["线上家园"], vocab) == ["digital-governance"]
    body = (
        "某区有外出流动党员900名。区委组织部推行“线上+线下”管理模式，在流动党员集中地建立流动党员党支部6个，"
        "每月开展一次线上主题党日，把参加组织生活纳入流动党员积分管理。"
    )
    assert T.score_themes("某区流动党员“离乡不离党”", (), body, vocab, ["线上+线下"]) == ["member-management"]


def test_a_sentence_of_the_setting_counts_like_the_old_state(vocab: dict[str, Label]) -> None:
    """heldout13 p03 (invented of the same kind): 某区是典型的老城区，背街小巷多、老旧小区多 describes where the work is
    done, not the work: what it says counts half, as a sentence of the old state does."""
    setting = "某区是典型的老城区，背街小巷多、老旧小区多。"
    work = "近年来，某区推行“街巷长制”，每条街巷由一名机关干部担任街巷长，共解决群众诉求5240件。"
    with_setting = scores(vocab, setting + work)
    assert with_setting.get("livelihood-services", 0) < scores(
        vocab, work + "全区背街小巷多、老旧小区多。"
    ).get("livelihood-services", 0)
    # negative: the same words as the work done count in full
    assert scores(vocab, "某区今年改造老旧小区12个、背街小巷30条。").get("livelihood-services", 0) >= 3
