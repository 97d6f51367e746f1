"""The place whose work the body calls its story an example of acts (issue 14, real articles R5–R9): a scene in a
township of one county, then 这…正是某州…结出的硕果, is the prefecture's initiative. Invented texts of the kind,
and the negatives."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region

SCENE = (
    "“山上滚下石头，把路堵了。”5月3日上午，四川省凉山彝族自治州会东县铁柳镇网格员王大山巡查时发现险情，"
    "立即上报镇综治中心。\n"
    "半小时后，铁柳镇综治中心调来机械，不到一小时道路恢复通行。\n"
)


def _resolved(title: str, body: str) -> tuple[str | None, str | None, str | None, str | None]:
    result = resolve_region(title, body)
    level, _ = detect_level(title, body, result)
    return result.region.city, result.region.county, result.locality, level


def test_the_place_the_story_is_an_example_of_acts() -> None:
    body = SCENE + (
        "这起险情快速处置，正是凉山州全面推进综治中心规范化建设结出的硕果。\n"
        "近年来，凉山州以综治中心建设为抓手，推动矛盾纠纷就地化解。\n"
    )
    assert _resolved("综治中心让群众办事只跑一地", body) == ("凉山彝族自治州", None, None, "city")


def test_a_portrait_of_the_county_keeps_the_county() -> None:
    body = SCENE + "这是会东县推进网格化治理的一个缩影。会东县在全县推行网格员巡查制度。\n"
    assert _resolved("网格员巡查守护平安路", body) == ("凉山彝族自治州", "会东县", None, "county")


def test_a_story_called_no_example_keeps_its_county_and_township() -> None:
    body = SCENE + "铁柳镇还把网格员巡查纳入考核，镇里每月通报。凉山州有关部门对此给予肯定。\n"
    _city, county, locality, level = _resolved("铁柳镇网格员巡查守护平安路", body)
    assert (county, locality, level) == ("会东县", "铁柳镇", "township")


CITY_WIDE = (
    "今年4月是全民国家安全教育月，湖南株洲在全市开展“平安课堂”进社区活动，各地通过“送课上门”掀起学法热潮。\n"
    "4月8日，株洲市荷塘区司法局、红旗志愿服务队走进荷塘区月塘街道新塘社区，为老年居民讲解防诈骗知识。\n"
    "“讲得明白，我们一听就懂。”荷塘区月塘街道新塘社区居民说。\n"
)


def test_a_headline_opening_with_a_city_its_lead_names_again_is_the_citys_initiative() -> None:
    assert _resolved("湖南株洲“送课上门”守护平安", CITY_WIDE) == ("株洲市", None, None, "city")


def test_a_lead_naming_a_county_of_the_headlines_city_keeps_the_county() -> None:
    body = CITY_WIDE.replace("湖南株洲在全市开展", "株洲市荷塘区在全区开展")
    city, county, _locality, _level = _resolved("湖南株洲“送课上门”守护平安", body)
    assert (city, county) == ("株洲市", "荷塘区")


def test_a_headline_not_opening_with_the_city_leaves_the_body_to_decide() -> None:
    city, county, _locality, _level = _resolved("“送课上门”守护平安", CITY_WIDE)
    assert (city, county) == ("株洲市", "荷塘区")


def test_a_place_whose_work_bears_fruit_in_general_is_no_frame() -> None:
    """Review: 硕果 (or 缩影) anywhere in a sentence is no frame; only 这/是…的硕果 (not 硕果累累) frames the story."""
    body = SCENE + "凉山州平安建设硕果累累。\n"
    _city, county, locality, level = _resolved("铁柳镇网格员巡查守护平安路", body)
    assert (county, locality, level) == ("会东县", "铁柳镇", "township")


def test_a_place_named_before_the_frame_is_the_storys_own_not_what_it_shows() -> None:
    # real R27 kind (invented text): a community's story, one scene of it opening with the district's name before
    # 是…的生动缩影, which calls the scene an example of the community's mechanism, not of the district's work
    body = (
        "楼道里的杂物清空了，这样的变化在兰州市七里河区西园街道杏林社区随处可见。今年以来，杏林社区依托"
        "“楼栋议事”机制，把民生问题逐个解决。\n"
        "七里河区实验小学门前的新停车位，是“楼栋议事”机制发挥作用的生动缩影。\n"
        "社区党委书记介绍，社区通过议事会商定方案，车位很快划好了。\n"
    )
    assert _resolved("杏林社区：“楼栋议事”解难题", body) == (
        "兰州市",
        "七里河区",
        "西园街道杏林社区",
        "community",
    )
    # the district named after 是, in what the story shows: the district acts
    framed = body.replace("七里河区实验小学门前的新停车位，是", "这是七里河区推行")
    assert _resolved("杏林社区：“楼栋议事”解难题", framed)[1:] == ("七里河区", None, "county")
