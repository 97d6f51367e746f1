"""Administrative level of the acting unit: every rule with the real sentence from seeds/ it handles."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.extract.level import detect_level, locality_level
from builder.extract.regions import RegionResult, resolve_region
from builder.model import Region
from tests.support.seed_articles import article, join_lines, raw_seed

LEVELS = {
    "hulunbuir-police-hospital": "city",
    "chengdu-tianfu-visit": "county",
    "panzhihua-agencies": "city",
    "qiandongnan-new-employment": "city",
    "maga-yuhong-joint": "community",
    "hongyazigou-women": "township",
    "qiandongnan-volunteer": "city",
    "huanghedonglu-street": "township",
    "qiandongnan-governance": "city",
    "huimin-district": "county",
    "saihan-district": "county",
    "jinrun-community": "community",
    "wantonglu-street": "township",
    "saimachang-community": "community",
    "shebiya-township": "township",
    "xigang-district": "county",
    "kaili-city": "county",
    "bincheng-district": "county",
    "pingliang-city": "city",
    "dingxi-city": "city",
    "guazhou-county": "county",
    "jinchuan-secretary": "county",
    "maiji-district": "county",
    "tongzi-county": "county",
    "xinpu-district": "county",
    "suiyang-county": "county",
}


def level_of(title: str, body: str, page_text: str = "") -> str | None:
    return detect_level(title, body, resolve_region(title, body, page_text))[0]


@pytest.mark.parametrize("key", sorted(LEVELS))
def test_seed_initiative_level(key: str) -> None:
    item = article(key)
    assert level_of(item.title, item.body, join_lines(raw_seed(item.file[:3]))) == LEVELS[key]


def test_overview_has_no_level_and_says_so() -> None:
    item = article("western-overview")
    level, review = detect_level(item.title, item.body, resolve_region(item.title, item.body))
    assert level is None
    assert review


@pytest.mark.parametrize(
    ("locality", "level"),
    [
        ("金海区域服务中心金润社区", "community"),
        ("万通路街道", "township"),
        ("舍必崖乡", "township"),
        ("西湖镇", "township"),
        ("马戛村", "community"),
        ("海西路街道赛马场北路社区", "community"),
    ],
)
def test_locality_unit_word_gives_the_level(locality: str, level: str) -> None:
    assert locality_level(locality) == level


def test_partner_units_take_the_lower_level() -> None:
    place = RegionResult(Region("贵州省", None, None, "520000"), "黄河东路街道、宇虹社区", ())
    assert detect_level("", "", place) == ("community", ())


def test_most_specific_region_field_without_locality() -> None:
    assert (
        level_of(
            "辽宁省大连市西岗区：以“三个着眼”严密党的组织体系建设",
            "近年来，辽宁省大连市西岗区委坚持用改革精神。",
        )
        == "county"
    )
    assert level_of("", "近年来，平凉市委“两新”工委结合新兴领域党员队伍实际，加强统筹协调。") == "city"
    assert level_of("", "贵州省深化“组团式”党建服务，推动新兴领域群团组织应建尽建。") == "province"


def test_functional_zone_is_county_level() -> None:
    body = (
        "贵州省遵义市新蒲新区认真贯彻落实习近平总书记关于城市基层党建重要论述。新蒲新区坚持围绕中心抓党建。"
    )
    assert level_of("", body) == "county"


def test_company_party_branch_in_the_opening_is_community_level() -> None:
    body = "绥阳县第三建筑工程有限公司党支部书记任海鸥在公司党支部成立大会上讲道。"
    level, review = detect_level("", body, resolve_region("", body))
    assert level == "community"
    assert review and "有限公司党支部" in review[0]


def test_company_named_later_in_a_county_article_does_not_lower_the_level() -> None:
    item = article("suiyang-county")
    assert "绥阳县第三建筑工程有限公司党支部" in item.body
    assert level_of(item.title, item.body) == "county"


def test_unresolved_same_name_district_still_gives_county_level() -> None:
    body = "2024年，新城区万通路街道通过强化队伍、完善机制、落实政策，探索深化“两企三新”党建新模式。"
    place = RegionResult(Region(), None, ("region: 新城区 is ambiguous",))
    level, review = detect_level("新城区：探索深化党建新模式", body, place)
    assert level == "county"
    assert review


def test_region_from_the_page_gives_a_level_only_with_a_named_unit() -> None:
    page = join_lines(raw_seed("001"))
    named = "金润社区不断创新服务模式，把妇联组织延伸到最基层。\n\n金润社区居住人员多为外来务工人员。"
    assert level_of("金润社区：“她”力量促进基层治理提质增效", named, page) == "community"
    body = "巾帼公益手工坊成立以来，共吸引113位女性加入，主要从事编织类、皮艺类、文创类等手工产品的制作。"
    level, review = detect_level("", body, resolve_region("", body, page))
    assert level is None
    assert review


def test_a_township_and_its_community_opening_the_lead_give_community_with_a_page_region() -> None:
    """R14 r14_04 (a real item; invented names here): a picture item whose lead opens with a subdistrict several
    counties have and its community (北大街街道南尖社区加强…) takes its region from the page, and is community
    level; a lead naming a township later, not as its subject, gives none."""
    page = join_lines(raw_seed("001"))
    body = "北大街街道南尖社区加强新就业群体党建工作，组织22名外卖骑手建起网格员队伍。"
    region = resolve_region("", body, page)
    assert any("taken from the page" in note for note in region.review)
    assert detect_level("", body, region)[0] == "community"
    body = "巾帼公益手工坊成立以来，吸引113位女性加入，其中不少来自北大街街道南尖社区。"
    assert detect_level("", body, resolve_region("", body, page))[0] is None
    # a township acting on its communities, or a word ending in 村 after it, names no community of its own
    for body in (
        "北大街街道依托社区党群服务中心，组织22名外卖骑手建起网格员队伍。",
        "北大街街道在各社区推行“板凳会”，已议定修路、清淤等事项46件。",
        "东关镇扎实推进乡村振兴，组织22名党员骨干建起服务队。",
    ):
        assert detect_level("", body, resolve_region("", body, page))[0] is None


def test_unit_named_with_its_county_gives_the_level() -> None:
    # tests/corpus/pages/c05.txt lead (蜀山区笔架山街道…) under a title naming the city: township, not city
    lines = (Path(__file__).parents[1] / "corpus" / "pages" / "c05.txt").read_text(encoding="utf-8")
    body = "\n\n".join(p.replace("\n", "") for p in lines.split("\n\n")[1:]).replace("本报讯（解晓一）", "")
    title = "合肥：“楼栋夜话”把矛盾化解在家门口"
    assert detect_level(title, body, resolve_region(title, body))[0] == "township"
    community = body.replace("蜀山区笔架山街道", "蜀山区笔架山街道、潜山社区", 1)
    community = community.replace("笔架山街道今年", "潜山社区今年").replace(
        "街道党工委书记", "潜山社区党委书记"
    )
    assert detect_level(title, community, resolve_region(title, community))[0] == "community"


def test_a_kind_of_unit_set_up_everywhere_is_not_an_organisation_that_acts() -> None:
    # tests/corpus/heldout/h06.txt: the district sets up a 网格党小组 in every grid; the district acts
    title = "昆都仑区：网格党小组让治理“小单元”释放大能量"
    body = "包头市昆都仑区将全区划分为1168个网格，每个网格建立党小组，推行“网格党小组+楼栋长+党员中心户”的组织体系。"
    assert level_of(title, body) == "county"
    # a named one still acts (the company's branch, test above; a named 小区's branch)
    named = "金华市婺城区金色家园小区党支部带领居民开展楼道清理。"
    assert detect_level("", named, resolve_region("", named))[0] == "community"


def test_a_named_residential_compound_as_the_title_subject_is_community_level() -> None:
    # the kind seen in a real article (checked by hand, not stored): 某县某小区：… with the county in the lead
    title = "宁远县锦华小区：物业党支部解民忧"
    body = "今年以来，宁远县坚持党建引领，引导锦华小区物业公司成立党支部，推动小区治理提质增效。"
    assert level_of(title, body) == "community"
    # the two parts of the headline printed with a space between them instead of a colon
    assert level_of("宁远县锦华小区 物业党支部解民忧", body) == "community"
    assert level_of("宁远县 小区治理提质增效", body) == "county"  # a bare kind of unit names no compound


def test_the_unit_that_sets_up_the_scheme_acts_not_the_village_a_quoted_story_starts_in() -> None:
    # the kind seen in a real article (checked by hand, not stored): a 乡贤's village opens the story,
    # the county sets up the scheme (探索推行…, 该县还创新推行…)
    body = (
        "“村里的事就是我的事。”安福县枫田镇竹江村乡贤理事会会长刘明说。竹江村人口多，竹江村过去环境差，"
        "该村党支部请他牵头整治，竹江村面貌一新。\n\n"
        "去年以来，安福县结合主题活动，探索推行“村两委+乡贤理事会”治理模式。该县还创新推行了“1+N”工作组，"
        "参与村级事务。"
    )
    assert level_of("安福乡贤助力乡村治理", body) == "county"


def test_a_community_whose_own_organs_act_is_the_unit_under_its_township() -> None:
    # tests/corpus/pages/c21.txt: 望月湖街道望月湖社区 …, 社区党委把调解员…请进茶馆 (the township is in the title)
    title = "望月湖街道开起“解忧茶馆”，邻里矛盾有处说"
    body = (
        "走进长沙市岳麓区望月湖街道望月湖社区，一间由闲置门面改成的“解忧茶馆”里坐满了居民。\n\n"
        "社区党委把调解员、律师和老党员请进茶馆，每周二、周五下午坐班。"
    )
    assert level_of(title, body) == "community"


def test_a_subdistrict_named_with_its_county_that_acts_again_by_its_unit_word_is_the_unit() -> None:
    # tests/corpus/heldout4/f06.txt: 高校社区共建 is universities with communities, no community named 高校社区;
    # 五角场街道 acts in the lead and again as 街道已与8所高校签订… (the county only names where it is)
    title = "杨浦区高校社区共建“睦邻学堂”"
    body = (
        "上海市杨浦区五角场街道与辖区高校党组织结对共建，开设“睦邻学堂”，由高校师生党员为社区居民讲授智能手机使用、"
        "防范电信诈骗等课程。\n\n目前，街道已与8所高校签订共建协议，开设课程260余节，参加居民1.6万人次。"
    )
    assert resolve_region(title, body, "").locality == "五角场街道"
    assert level_of(title, body) == "township"
    # the county acting as often by its own unit word (区里每年组织…) keeps the county
    county = body + "\n\n区里每年组织高校党员到社区开展志愿服务。"
    assert level_of(title, county) == "county"


def test_a_subdistricts_organ_acting_as_a_clauses_subject_is_the_unit_acting() -> None:
    """layouts17 p01 (invented names here): a headline naming the county, a lead naming the subdistrict in its
    address, then 去年起，街道党工委推动…: the subdistrict's organ does the work, as its unit word alone would."""
    body = (
        "石嘴山市大武口区青山街道的老旧小区多，物业管理一直是居民反映最集中的问题。\n\n"
        "去年起，街道党工委推动社区党组织、业委会和物业企业交叉任职，选派21名党员担任“物业红管家”。"
    )
    title = "大武口区“物业红管家”解开老旧小区心结"
    assert resolve_region(title, body, "").locality == "青山街道"
    assert level_of(title, body) == "township"
    # negative: the organ named as whom others answer to is no subject acting
    other = body.replace("去年起，街道党工委推动", "去年起，区委组织部推动各街道党工委把")
    assert level_of(title, other) == "county"


def test_a_numeral_before_the_unit_word_names_no_unit() -> None:
    # a kind of other pages (invented): 朝阳区一街道 is "a subdistrict of 朝阳区"; the body names it
    title = "朝阳区一街道推行“吹哨报到”"
    body = "北京市朝阳区三里屯街道推行“街乡吹哨、部门报到”，街道与32个部门建立联动机制。今年以来，街道共吹哨160次。"
    assert resolve_region(title, body, "").locality == "三里屯街道"
    assert level_of(title, body) == "township"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # R14 r14_05, R15 r15_04 (invented names here): a headline naming the town, a lead whose subject is a
        # village of that town, maybe after a time phrase and the county: the village acts
        ("近年来，正定县正定镇清泉村委会在发展壮大村集体经济中，整合闲置资金建设光伏电站。", "community"),
        ("正定县正定镇清泉村党支部积极探索“党建+集体经济”模式，整合闲置资金建设光伏电站。", "community"),
        # negatives: the town itself the subject, a village named as what it draws on
        ("近年来，正定县正定镇在各村推行资金整合，建设光伏电站。", "township"),
        ("近年来，正定县正定镇依托清泉村的闲置土地建设光伏电站。", "township"),
        # (review) several villages, or a villager speaking: not the one village acting
        ("正定县正定镇清泉村等12个村整合闲置资金建设光伏电站。", "township"),
        ("正定县正定镇清泉村村民王某告诉记者，镇里推行资金整合后，村里建起了光伏电站。", "township"),
        # heldout27 p06 kind: a kind of unit the town has many of (…住宅小区多，): no one unit acting
        ("正定县正定镇高层住宅小区多，流动人口占比高。镇党委在每个小区推行资金整合。", "township"),
    ],
)
def test_a_village_of_the_headlines_town_opening_the_lead_as_its_subject_acts(
    body: str, expected: str
) -> None:
    assert level_of("正定县正定镇：闲置资金变成集体收入", body) == expected


def test_a_village_of_the_headlines_town_where_a_scene_is_set_is_not_the_unit_acting() -> None:
    # layouts19 p01 (invented names here): 近日，…某镇某社区的一栋居民楼里…: the community is where the scene is
    body = "近日，正定县正定镇清泉社区的一栋居民楼里，十几位居民商量加装电梯。这是正定镇推行“楼道议事角”的一个场景。"
    assert level_of("正定镇“楼道议事角”议出新面貌", body) == "township"


def test_a_schools_members_acting_are_a_single_organisation_below_township() -> None:
    # R14 r14_03 (invented names here): a school's party members going into a community: community level
    body = "今年以来，正定县第二中学切实加强服务型党组织建设，组织党员深入社区联系和服务群众。"
    assert level_of("正定二中党员进社区", body) == "community"
    # negative: the members of every school of a county, no single organisation
    assert level_of("正定县：党员进社区", "今年以来，正定县各中学党员深入社区联系和服务群众。") == "county"
