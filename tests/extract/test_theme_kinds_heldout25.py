"""Theme recall by the kind of sentence and the vocabulary (heldout25): a safety record (未发生…安全事故), burdens
cut (清理工作微信群、政务应用程序…, 填报表格减少…), the elderly helped and errands run for residents (结对帮扶高龄
老人, 助老陪护, 帮办服务), the firms of an industry's chain organised (产业链…企业党组织), women named by their craft
(绣娘). Invented sentences, and the negatives."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def themes(vocab: dict[str, Label], body: str, title: str = "") -> list[str]:
    return T.score_themes(title, (), body, vocab, [])


def test_a_safety_record_is_public_safety(vocab: dict[str, Label]) -> None:
    body = "湖区网格员每天巡湖，收集渔民诉求。今年以来，全县未发生重大水上安全事故。"
    assert "public-safety" in themes(vocab, body, "青溪县“湖上网格”守护湖区")


def test_burdens_cut_are_burden_reduction(vocab: dict[str, Label]) -> None:
    body = "青溪县开发基层治理平台，同步清理社区工作微信群、政务应用程序30个，社区填报表格减少一半。"
    assert themes(vocab, body, "青溪县：一个平台管到底")[0] == "burden-reduction"  # (before the platform)


def test_the_elderly_helped_and_errands_run_are_livelihood_services(vocab: dict[str, Label]) -> None:
    body = "社区组织低龄老人结对帮扶高龄独居老人，已结对52对。"
    assert "livelihood-services" in themes(vocab, body, "甲社区：“银龄互助”暖人心")
    body = "镇党委从社区党员中选聘“红色管家”，为院落居民提供帮办服务，今年帮办各类事项2100余件。"
    assert "livelihood-services" in themes(vocab, body, "甲镇“红色管家”")


def test_the_firms_of_an_industry_chain_organised_are_emerging_sectors(vocab: dict[str, Label]) -> None:
    body = "青溪县推行“链长制”，推动产业链上下游企业党组织结对共建，已组建产业链党建联盟8个。"
    got = themes(vocab, body, "青溪县：“链长制”串起产业链")
    assert "emerging-sectors" in got and "joint-building" in got  # (党建联盟 still counts for joint building)


def test_women_named_by_their_craft_are_women_work(vocab: dict[str, Label]) -> None:
    body = "甲村党支部牵头成立刺绣合作社，现有绣娘120名，绣娘人均增收8000元。"
    assert "women-work" in themes(vocab, body, "甲村：指尖技艺绣出致富路")


def test_a_plain_chat_group_or_a_farm_chain_names_no_such_theme(vocab: dict[str, Label]) -> None:
    body = "网格员建立楼栋微信群，及时发布停水通知。甲村延伸茶叶产业链，村民人均增收3000元。"
    got = themes(vocab, body, "甲社区网格员服务到家")
    assert "burden-reduction" not in got and "emerging-sectors" not in got


def test_party_groups_set_up_by_count_are_the_organization_system(vocab: dict[str, Label]) -> None:
    body = "街道党工委在无物业老旧院落成立“院落党小组”52个，由党员骨干牵头组建居民自治小组。"
    assert "organization-system" in themes(vocab, body, "甲街道：老旧院落有了“党小组”")
    body = "甲社区成立居民议事小组5个，每月协商议事。"  # (no party group: no organization)
    assert "organization-system" not in themes(vocab, body, "甲社区：小区事大家议")


def test_members_trained_into_a_role_are_member_management(vocab: dict[str, Label]) -> None:
    body = "甲镇党委把党员培养成“红色讲解员”，让红色故事讲出来。全镇选出讲解员40名。"
    assert "member-management" in themes(vocab, body, "甲镇：“红色讲解员”带火小镇")
