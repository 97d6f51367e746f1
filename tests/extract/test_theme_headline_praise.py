"""themes (heldout10, heldout16): a word of the headline's praise (解民忧, 家门口) that no sentence of the body
takes up is no theme of the article, unless it is the only one; a bare 红黑榜 ranks villagers' conduct as often
as property companies, and a village's customs reformed (红白理事会, 大操大办) are rural work.
Invented texts of the kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


_COUNCIL = (
    "某某市某区某某社区成立“同心议事会”，吸纳居民代表20名，每月召开一次议事会。"
    "今年以来，议事会协商解决小区绿化、路灯等问题31件，居民满意率达95%。"
)


def test_a_headline_word_the_body_never_takes_up_is_no_theme(vocab: dict[str, Label]) -> None:
    assert T.score_themes("某某社区“同心议事会”解民忧", (), _COUNCIL, vocab) == [
        "consultative-self-governance"
    ]
    assert T.score_themes("“同心议事会”开到群众家门口", (), _COUNCIL, vocab) == [
        "consultative-self-governance"
    ]


def test_a_headline_word_the_body_takes_up_stays(vocab: dict[str, Label]) -> None:
    body = _COUNCIL + "议事会还为独居老人上门送餐、代办医保，解决群众的烦心事。"
    themes = T.score_themes("某某社区“同心议事会”解民忧", (), body, vocab)
    assert "livelihood-services" in themes


def test_the_only_theme_of_a_headline_stays(vocab: dict[str, Label]) -> None:
    body = "某某街道把辖区12家银行、商场和物流企业组织起来，每季度开一次会，商量共同关心的事。"
    assert T.score_themes("某某街道党建联盟让驻区单位动起来", (), body, vocab)[:1] == ["joint-building"]


def test_a_term_inside_a_longer_one_is_spoken_of(vocab: dict[str, Label]) -> None:
    # 商圈党建 takes 党建联盟's place in the scan, but the body does name the league
    text = "某某街道组建商圈党建联盟，吸纳商户党组织40个，为商户调解纠纷120起。"
    assert T.spoken_of("joint-building", text, vocab)
    assert not T.spoken_of("livelihood-services", text, vocab)


@pytest.mark.parametrize(
    "body",
    [
        "某某村把移风易俗写进村规民约，成立“红白理事会”，婚宴不超过15桌，今年以来劝导简办婚丧事宜20起，"
        "每月在村部公示“红黑榜”，好人好事上红榜，大操大办上黑榜。",
    ],
)
def test_a_village_customs_board_is_rural_work_not_red_property(vocab: dict[str, Label], body: str) -> None:
    themes = T.score_themes("某某村：“红黑榜”上墙 村风焕然一新", (), body, vocab)
    assert "rural-revitalization" in themes
    assert "red-property" not in themes


def test_a_property_companies_board_is_red_property(vocab: dict[str, Label]) -> None:
    body = (
        "某某街道推行物业服务“红黑榜”，每季度公示一次，对连续两次上黑榜的物业企业约谈整改，"
        "目前已有4家物业公司完成整改，小区物业费收缴率提高到90%。"
    )
    assert "red-property" in T.score_themes("物业“红黑榜”倒逼服务提质", (), body, vocab)


def test_parking_for_an_old_town_is_a_livelihood_service(vocab: dict[str, Label]) -> None:
    """heldout15 p03 (invented of the same kind): parking is a daily trouble the work answers."""
    body = (
        "某某区老旧小区多、停车位少，车辆乱停曾是居民反映最集中的问题。某某区推行“楼院吹哨”机制，"
        "楼院长发现问题后通过小程序上报。某某区还挖掘机关单位夜间闲置车位900个向居民开放，新增公共停车泊位400个。"
    )
    assert "livelihood-services" in T.score_themes("某某区：“楼院吹哨”解开老城停车难", (), body, vocab)


def test_an_elderly_care_stations_services_are_livelihood(vocab: dict[str, Label]) -> None:
    """heldout12 p06 (invented of the same kind): 助餐、助医、助浴 are the services of an elderly-care station."""
    body = (
        "某某社区的“银发服务站”每天都有老人来量血压、理发。社区党委联合辖区3家共建单位，开设助餐、助医、助浴等服务，"
        "每月服务老人1200人次。社区还招募志愿者60名，结对帮扶独居老人。"
    )
    assert "livelihood-services" in T.score_themes("“银发服务站”帮老人解难题", (), body, vocab)


def test_the_affairs_of_hill_villages_are_rural_work(vocab: dict[str, Label]) -> None:
    """heldout13 p02 (invented of the same kind): 寨务, 村寨 are village affairs; one 村寨 in a safety story is not."""
    body = (
        "某某市在苗寨侗寨推行“寨管家”服务，从寨老、返乡青年中选聘“寨管家”200名。"
        "“寨管家”负责政策宣传、环境整治、矛盾调解等事务。群众参与寨务可获积分，全市村寨环境整治达标率提高到90%。"
    )
    assert "rural-revitalization" in T.score_themes("某某市推行“寨管家”服务", (), body, vocab)
    safety = (
        "某某县组建护边队伍，队员每天沿边境线巡逻，守护村寨平安。今年以来，护边员巡逻1200余次，"
        "发现并报告可疑情况30起，协助公安机关查处案件5起。"
    )
    assert "rural-revitalization" not in T.score_themes("护边员守好国门第一线", (), safety, vocab)


def test_a_volunteer_team_called_red_steward_is_no_property_work(vocab: dict[str, Label]) -> None:
    """heldout15 p01 (invented of the same kind): a “红管家” team of a community's volunteers implies no
    red-property by its name; stewards of an estate whose text names the property company do."""
    body = (
        "某某街道把辖区划分为30个院落网格，选出院落长90名，组建“古城红管家”服务队12支。"
        "院落长每周召集居民开院坝会议事，今年以来协商解决院落问题200余件，志愿者服务群众5000人次。"
    )
    practices = ["古城红管家", "院坝会"]
    assert "red-property" not in T.score_themes("“院落长”激活古城院落治理", (), body, vocab, practices)
    estate = (
        "某某小区没有物业，楼道脏乱。社区选出楼栋“红管家”60名，每人联系1个楼栋，"
        "组织业主成立业委会，引进物业服务企业，物业费收缴率提高到90%。"
    )
    assert "red-property" in T.score_themes("楼栋“红管家”把服务送到家门口", (), estate, vocab, ["红管家"])


def test_branches_set_up_across_every_estate_are_organisation_work(vocab: dict[str, Label]) -> None:
    """heldout12 p06 (invented of the same kind): 在全区200个小区建立党支部 builds the party's organisation down to
    the estates; one estate setting up its branch before its committee's work is no such coverage."""
    body = (
        "某某区把小区作为基层治理的最小单元，在全区200个小区建立党支部，推行“小区微治理”。"
        "区里选派机关党员担任“小区第一书记”，共下派党员干部400名。"
    )
    assert "organization-system" in T.score_themes("党建引领“小区微治理”", (), body, vocab)
    estate = (
        "街道党工委指导小区成立党支部，推选7名党员进入业委会，组建“红色业委会”，交叉任职比例达到70%。"
        "小区物业费收缴率从50%提高到90%。"
    )
    assert "organization-system" not in T.score_themes("小区里的“红色业委会”", (), estate, vocab)


def test_members_away_at_sea_are_member_management(vocab: dict[str, Label]) -> None:
    """heldout16 p06 (invented of the same kind): a branch that goes with members away (流动支部) and their
    organisational life kept up (组织生活) are member management, more than the online class they attend."""
    body = (
        "渔船出海一走就是几个月，党员怎么过组织生活？某某街道的答案是把支部建到船上。"
        "街道摸排渔民党员120名，按照船队组建“海上流动支部”10个，党员在海上也能参加“云端党课”。"
    )
    assert T.score_themes("海上“流动支部”让渔民党员离港不离党", (), body, vocab)[0] == "member-management"


def test_the_old_state_in_the_past_counts_half(vocab: dict[str, Label]) -> None:
    """heldout16 p08 (invented of the same kind): 过去社区“小马拉大车” is the old state the work changed; 过去一年
    is a period of work done."""
    body = (
        "某某市推动驻区单位与社区结对共建，组建“红色联盟”50个，成员单位达到800家。"
        "过去社区“小马拉大车”，很多事情想办办不了。如今联盟成员单位为社区解决问题300多个。"
    )
    past = T.theme_scores("", (), body, vocab)["burden-reduction"]
    now = T.theme_scores("", (), body.replace("过去社区", "社区"), vocab)["burden-reduction"]
    assert past == T.PLAN_FACTOR * now
    assert T._PLAN.search("过去一年，社区减负清理挂牌30块。") is None
