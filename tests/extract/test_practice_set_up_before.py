"""A quoted name of a scheme the text says was set up or launched right before it, also through 的, a thing
counted once or a 集…于一体 description (推出的“善行豆”, 新建的“邻里中心”, 打造了一个“邻里中心”, 建立了一个集托管、
助餐于一体的“邻里中心”), is a practice (practice_around `set_up_before`); a facility built new only through 的
(新建“新能源充电站”: a kind of facility); a plain quoted noun after 的, with no such verb, stays a likeness (温暖的
“大家庭”). Invented sentences."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("柳湾社区推出的“善行豆”深受居民欢迎，不少老人主动报名参加。", "善行豆"),
        ("桃溪村新建的“邻里中心”已投入使用，为村民提供助餐服务。", "邻里中心"),
        ("桃溪村去年新建了一个集助餐、理发于一体的“邻里中心”。", "邻里中心"),
        ("石门街道打造了一个“邻里中心”，为居民提供托管服务。", "邻里中心"),
        ("石门街道建立了一个集托管、助餐于一体的“邻里中心”。", "邻里中心"),
    ],
)
def test_a_scheme_set_up_right_before_its_quote_is_a_practice(body, name):
    assert extract_practices("", body) == [name]


@pytest.mark.parametrize(
    "body",
    [
        "居民们都说社区是温暖的“大家庭”。",
        "柳湾社区的“大妈”们个个热心。",
        "这里渐渐成了居民们的“会客厅”。",
        "桃溪村新建“新能源充电站”。",  # a kind of facility built
    ],
)
def test_a_plain_quoted_noun_is_no_practice(body):
    assert extract_practices("", body) == []
