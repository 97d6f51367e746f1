"""Real set R33, practices: a word of two characters a speaker stresses in single quotes inside quoted speech
(“修水管这种‘大活’街道干，换灯泡这个‘小事’就咱志愿者管。”) is no named practice, whatever follows it, while a
longer name quoted inside speech is still read (“我们推行‘楼栋夜话’…”); a team set up without quotes and named only
by the peoples it is formed of (组建多民族志愿服务队, 成立各族青年服务队) is a kind of team every place may have, no
named practice, while a team with a name of its own set up the same way still is (组建红石榴志愿服务队). Invented
sentences."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    "body",
    [
        "　　“修水管这种‘大活’街道干，换灯泡这个‘小事’就咱志愿者管。”社区书记王某说。",
        "　　“别看是‘小活’，咱党员也要带头干。”老刘笑着说。",
        "　　同时，还要组建多民族志愿服务队，定期宣传惠民政策。",
        "　　去年，柳湾社区成立各族青年服务队，帮助老人购物。",
    ],
)
def test_a_stressed_word_or_a_team_named_by_its_peoples_is_no_practice(body):
    assert extract_practices("", body) == []


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("　　“去年我们推行‘楼栋夜话’，居民有事当面说。”社区书记王某说。", "楼栋夜话"),
        ("　　去年，柳湾社区组建红石榴志愿服务队，帮助老人购物。", "红石榴志愿服务队"),
    ],
)
def test_a_name_quoted_in_speech_or_a_team_of_its_own_is_a_practice(body, name):
    assert extract_practices("", body) == [name]


def test_a_quoted_role_is_taken_whole_never_the_job_inside_it():
    """A role people were hired into, counted now (受聘…的“移动网格员”已有1200余名), is a name; the job it ends in,
    quoted after it (受聘担任“网格员”), is that role shortened, counted once as the whole."""
    body = (
        "　　骑手王某如今多了一个“移动网格员”\n的身份。在某市，像王某这样受聘参与社区治理\n"
        "的“移动网格员”已有1200余名。\n　　受聘担任“网格员”以来，他更忙了。"
    )
    assert extract_practices("", body) == ["移动网格员"]
    assert extract_practices("", "　　去年，老李受聘担任“流动调解员”。今年，他又推荐老王担任“调解员”。") == [
        "流动调解员"
    ]
