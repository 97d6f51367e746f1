"""Practices (issue 14, R10 and heldout14): the kinds of teams a run of quotes lists, a ladder of party levels, a
handful of a thing, a burden named, and a headline's word paraphrasing the body's name are no practices; a system
put in place printed bare (推行志愿积分制度) is one. Invented sentences of each kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


def practices(body: str, title: str = "") -> list[str]:
    return extract_practices(title, body)


@pytest.mark.parametrize(
    "body",
    [
        "社区以需求为导向，组建“政策宣讲”“文艺演出”“环境卫生”等志愿服务队伍，凝聚治理力量。",
        "村里成立“应急救援”“法律援助”“最美护河人”等志愿服务队，守护一方平安。",
    ],
)
def test_the_kinds_of_teams_a_run_of_quotes_lists_are_no_practices(body: str) -> None:
    assert practices(body) == []


def test_teams_named_for_who_they_are_stay() -> None:
    assert practices("镇里组建“银发管家”“巷口阿姨”等志愿服务队伍，服务老人。") == ["银发管家", "巷口阿姨"]
    # one quote, not a run: the team's own name
    assert practices("社区组建“红色代办”志愿服务队，为居民跑腿。") == ["红色代办"]


@pytest.mark.parametrize(
    "body",
    [
        "构建“社区党总支部—党支部—网格党小组—微网格”四级架构，党员分布到网格。",
        "形成“村党总支—党小组—单元长”链条，层层压实责任。",
    ],
)
def test_a_ladder_of_party_levels_is_no_practice(body: str) -> None:
    assert practices(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "驻村以后，他在这片土地上添了“一把新柴”，村里的日子更旺了。",
        "老党员就像“一盏明灯”，照亮了后来人。",
        "有的地方政务APP层层叠加，“指尖上的负担”反而更重了。",
        "基层干部背上了“迎检的包袱”，疲于应付。",
    ],
)
def test_a_handful_of_a_thing_or_a_burden_named_is_no_practice(body: str) -> None:
    assert practices(body) == []


def test_policy_shapes_with_one_and_ending_a_burden_stay() -> None:
    assert practices("推行“一张网”管理，问题一网收集。") == ["一张网"]
    assert practices("推行“一窗受理”，群众少跑腿。") == ["一窗受理"]
    assert practices("开展“减负担”专项行动，清理工作群。") == ["减负担"]


def test_a_headline_word_paraphrasing_the_body_name_is_not_kept() -> None:
    title = "某街道为快递小哥建起“歇脚驿站”"
    body = "某街道联合辖区企业，建起“小哥驿站”5个，提供饮水、充电等服务。"
    assert practices(body, title) == ["小哥驿站"]


def test_a_headline_name_the_body_prints_only_as_the_end_of_its_full_name_is_that_name() -> None:
    """R13 r13_01 (a real report; invented names here): headline “红色驿站”, body “奋进者红色驿站” each time: one
    practice, the body's full name."""
    title = "“红色驿站”半年接待上千人次"
    body = (
        "骑手在党群服务中心内的“奋进者红色驿站”稍事休息。“奋进者红色驿站”运行半年多以来，接待骑手上千人次。"
    )
    assert practices(body, title) == ["奋进者红色驿站"]
    # negative: the body prints the short name on its own too: both stay
    body = "骑手在“奋进者红色驿站”稍事休息。全区已建成红色驿站12个。"
    assert practices(body, title) == ["红色驿站", "奋进者红色驿站"]


def test_a_headline_name_the_body_prints_or_with_another_ending_stays() -> None:
    body = "街道建起“红色驿站”5个。驿站旁还开了“暖心食堂”。"
    assert practices(body, "某街道“红色驿站”暖人心") == ["红色驿站", "暖心食堂"]
    # the body prints no name of the same ending: the headline's name stays
    assert practices("街道开办“暖心食堂”3家。", "某街道建起“小哥驿站”") == ["小哥驿站", "暖心食堂"]


def test_a_system_put_in_place_printed_bare_is_named() -> None:
    assert practices("服务队推行志愿积分制度，志愿者服务1小时积1分。") == ["志愿积分"]
    # a system of two characters or a generic one set up is no name
    assert practices("社区实行党员制度。") == []
    assert practices("社区建立例会制度。") == []


def test_a_quoted_number_inside_a_name_is_the_name() -> None:
    assert practices("街道发布“友好商圈”暖新“365”行动计划，四季服务不打烊。") == [
        "友好商圈",
        "暖新365行动计划",
    ]
    assert practices("社区推出暖心“123”服务，上门为老人理发。") == ["暖心123服务"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("群众拨打“12345”热线反映问题。", []),  # a code one dials
        ("推行“135”工作法。", ["135工作法"]),  # no head before: the number with its method's head noun
        ("全市“365”行动计划启动。", ["365行动计划"]),  # a scope is no head of a name; the plan named is
        ("全区“1+3”党建联建机制运转顺畅。", ["1+3党建联建机制"]),  # a formula with its field and mechanism
    ],
)
def test_a_quoted_number_with_no_head_before_it_is_named_by_its_method(body: str, names: list[str]) -> None:
    assert practices(body) == names


def test_a_services_complex_is_a_named_venue() -> None:
    assert practices("小修小补、养老助餐打包进“邻里服务综合体”，居民一站办。") == ["邻里服务综合体"]
    assert practices("这里被称为“城市综合体”。") == []  # what a place is called
