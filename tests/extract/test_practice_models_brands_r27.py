"""Quotes that are no named practice, or a name read with more than it holds, in the shapes of a real set of reports
tried in session 27 (text not kept; invented sentences of the same shape): a verb taking a model up glued to its
quoted number (认真学习“2468”物业管理模式 gave 真学习2468物业, a cut inside a word), a community opening a name with
a one-character quote (社区暖“新”驿站 gave 社区暖新驿站), what a unit makes sure of (保证合作社发展“一路畅通”: a
slogan's metaphor) and a product's trademark registered (注册了“石门岭特色板栗”品牌: what is sold)."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the model's whole name, never its digits alone: session 31, real r31 p02's “…”物业管理模式)
        ("社区党委组织物业人员认真学习“2468”物业管理模式，提升服务水平。", ["2468物业管理模式"]),
        ("组织学习“2468”物业管理模式。", ["2468物业管理模式"]),
        ("街道打造了社区暖“新”驿站，为骑手提供热水。", ["暖新驿站"]),
        ("社区暖“新”驿站为骑手提供热水。", ["暖新驿站"]),
        ("镇党委全力支持，保证合作社发展“一路畅通”。", []),
        ("合作社注册了“石门岭特色板栗”品牌，打开了销路。", []),
        ("村里的“山岭牌”商标远近闻名。", []),
        ("街道打造“红色物业”品牌。", ["红色物业"]),
        ("暖新“365”行动计划全面铺开。", ["暖新365行动计划"]),
    ],
)
def test_what_is_named(text, expected):
    assert extract_practices("", text) == expected
