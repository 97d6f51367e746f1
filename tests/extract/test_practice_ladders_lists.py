"""Practices (issue 14, real articles R5–R9): a ladder of levels is no name; a quoted list's name by its count is;
a named venue ending in 站 or 食堂 is; a bare 超市 brand printed again is. Invented sentences of each kind, and the
negatives."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


def practices(body: str, title: str = "") -> list[str]:
    return extract_practices(title, body)


@pytest.mark.parametrize(
    "body",
    [
        "建立“市—区—街道—居民户”四级微信群组，消息一级一级传下去。",
        "构建“街道党工委—社区党委—网格党支部—楼栋党小组—党员中心户”五级组织体系。",
        "形成“县、乡、村”三级联动，问题逐级上报。",
        "搭建“村党组织—党员网格长—网格员—农户”联系链条。",
    ],
)
def test_a_ladder_of_levels_is_no_practice(body: str) -> None:
    assert practices(body) == []


def test_a_list_of_named_steps_or_a_framed_list_stays() -> None:
    assert practices("推行“群众点单、社区派单、党员接单”服务机制。") == ["群众点单、社区派单、党员接单"]
    assert practices("打造“红色驿站—红色课堂—红色管家”服务品牌。") == ["红色驿站—红色课堂—红色管家"]


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("镇里推动“人防、物防、技防”三防合一，守住平安底线。", "三防合一"),
        ("推进“党建网、治理网、服务网”三网融合，实现信息一网收集。", "三网融合"),
        ("落实“早发现、早报告”双早机制，及时处置。", "双早机制"),
    ],
)
def test_a_quoted_lists_name_by_its_count_is_a_practice(body: str, name: str) -> None:
    assert name in practices(body)


@pytest.mark.parametrize(
    "body",
    [
        "围绕“产业兴旺、生态宜居、乡风文明”三大目标推进工作。",  # a count of a kind (大)
        "抓好“学习、培训、考核”三项工作。",  # a classifier after the numeral
        "推进“党建网、治理网”三网融合。",  # the count is not the list's
        "“一站式、一条龙”两种服务让群众少跑腿。",
    ],
)
def test_a_count_of_a_kind_or_a_wrong_count_names_nothing(body: str) -> None:
    assert not any(name.startswith(("三", "两")) for name in practices(body))


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("社区“幸福食堂”上周开张，老人每餐只花10元。", "幸福食堂"),
        ("“欢迎来到‘清风广播站’，今天讲讲防诈骗。”社区主任说。", "清风广播站"),
        ("村里的“乡音联播站”每天播报政策。", "乡音联播站"),
    ],
)
def test_a_named_venue_ending_in_a_station_or_a_canteen_is_a_practice(body: str, name: str) -> None:
    assert name in practices(body)


@pytest.mark.parametrize(
    "body",
    [
        "党群服务中心成为群众的“加油站”。",  # a likeness of two characters and 站
        "驿站是骑手们的“充电站”，累了就歇脚。",
        "他是小区的“大食堂”里最忙的人。",  # 大… is a size, no name
    ],
)
def test_a_likeness_ending_in_a_station_is_no_practice(body: str) -> None:
    assert practices(body) == []


def test_a_bare_supermarket_brand_printed_again_is_a_practice() -> None:
    title = "积分超市激活乡村治理"
    body = "走进镇里的积分超市，货架上摆满商品。全镇16个村已实现积分超市全覆盖。"
    assert practices(body, title) == ["积分超市"]


def test_a_shop_named_once_or_a_generic_one_is_no_practice() -> None:
    assert practices("他在镇上的平价超市买了米面。") == []
    assert practices("社区爱心超市开门了。爱心超市的货架上摆满了米面。") == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("改变始于2021年社区推行的红色物业模式，小区换了新颜。", "红色物业"),
        ("全县推广院落议事模式，让居民自己商量。", "院落议事"),
    ],
)
def test_a_model_put_in_place_names_its_practice_bare(body: str, name: str) -> None:
    assert practices(body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "各地积极探索资本运营模式，推动跨村抱团发展。",  # explored: a way of doing
        "推行网格化模式，提高管理效率。",  # a process in -化
        "推行社区模式，居民满意。",  # generic
    ],
)
def test_a_way_explored_or_a_generic_model_is_no_practice(body: str) -> None:
    assert practices(body) == []


@pytest.mark.parametrize(
    "text, names",
    [
        # review: what was built (建成了, 形成了) is named; what someone became (成了) is a likeness
        ("社区建成了集议事、服务、活动于一体的“红色驿站”，居民常来。", ["红色驿站"]),
        ("社区建成了“红色议事厅”。", ["红色议事厅"]),
        ("村里形成了人人参与的“积分超市”。", ["积分超市"]),
        ("楼道成了“会客厅”。", []),
        # review: a generic facility ending in 站 is no name; a metaphor after 的 neither
        ("新建“新能源充电站”。", []),
        ("他是群众的“暖心加油站”。", []),
        ("社区开设‘东风联播站’。", ["东风联播站"]),
        # review: a campaign's list of qualities is no ladder of levels; a ladder of levels or units is
        ("开展“红色小区、平安楼栋”创建。", ["红色小区、平安楼栋"]),
        ("建立“社区党委—网格党支部—楼栋党小组”组织体系。", []),
        ("推行“县、乡、村”三级联动。", []),
    ],
)
def test_built_venues_facilities_and_campaign_lists(text: str, names: list[str]) -> None:
    assert extract_practices("", text) == names


@pytest.mark.parametrize(
    "body",
    [
        "建立“问题及时响应—专人跟进处理—结果反馈闭环”的全流程机制，让诉求件件有着落。",
        "推行“议事—办理—反馈”工作流程。",
        "形成“居民提案—单位认领—社区监督”闭环。",
    ],
)
def test_a_chain_of_steps_of_handling_is_no_practice(body: str) -> None:
    assert practices(body) == []


def test_named_items_or_two_steps_joined_by_a_dash_stay() -> None:
    assert practices("打造“红色驿站—红色课堂—红色管家”服务品牌。") == ["红色驿站—红色课堂—红色管家"]
    assert practices("推行“吹哨—报到”机制，街道吹哨、部门报到。") == ["吹哨—报到"]


@pytest.mark.parametrize(
    "body",
    [
        "辖区社会组织纷纷成为社区治理“合伙人”。",
        "退休党员变成邻里调解“和事佬”，哪里有矛盾哪里就有他们。",
    ],
)
def test_what_something_became_in_a_field_closing_the_clause_is_a_likeness(body: str) -> None:
    assert practices(body) == []


def test_a_name_after_became_with_words_after_it_or_taken_up_stays() -> None:
    assert practices("该小区成为湘江街道“五化五星”小区党支部创建的首个试点。") == ["五化五星"]
    assert practices("区里推行“社区合伙人”机制，辖区单位纷纷加入。") == ["社区合伙人"]


@pytest.mark.parametrize(
    "body",
    [
        "如何破解“群众跑腿、部门推诿”的治理难题？答案是建强综治中心。",
        "小区长期存在“停车乱、充电难”的顽疾，居民意见很大。",
    ],
)
def test_a_trouble_named_by_the_quote_is_no_practice(body: str) -> None:
    assert practices(body) == []


def test_a_name_of_a_mode_or_a_method_before_the_trouble_it_ends_stays() -> None:
    assert practices("推行“红色物业”的服务模式，破解物业难题。") == ["红色物业"]
    assert practices("推行“民事民提、民事民议、民事民决”的工作法，破解议事难题。") == [
        "民事民提、民事民议、民事民决"
    ]


def test_how_a_series_of_measures_is_is_no_practice() -> None:
    assert practices("社区推出一系列“接地气、暖人心”的务实举措，让骑手暖心。") == []
    assert practices("街道推出一批“小而美”的便民措施。") == []
    # one measure named, or a series of a named kind
    assert practices("推出“骑手驿站”的务实举措。") == ["骑手驿站"]
    assert practices("社区推出一系列“红色物业”服务举措。") == ["红色物业"]
