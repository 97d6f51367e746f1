"""practices (heldout16): a qualified role people are asked to take on (引导骑手兼任“流动网格员”) is named, like one
they take up (当起“移动网格员”), a plain job is not (兼任“网格员”); a brand ending set up once with a count right
after it (设立积分兑换超市42家) is so many of a kind built, no name (set up with no count, or recurring, it is).
Invented sentences of each kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("各地引导骑手兼任“流动网格员”，发现隐患随手拍、随手报。", ["流动网格员"]),
        ("某街道请快递员充当“移动哨兵员”，随手上报隐患。", ["移动哨兵员"]),
        ("村医兼任“网格员”，发现隐患随手拍。", []),
        ("老党员兼任“调解员”，化解邻里纠纷。", []),
    ],
)
def test_a_qualified_role_taken_on_is_named(body: str, expected: list[str]) -> None:
    assert extract_practices("某区推行网格治理", body) == expected


def test_a_kind_set_up_and_counted_is_no_brand() -> None:
    body = "某区在全区推行志愿服务“积分银行”。全区设立积分兑换超市42家，今年以来累计兑换积分12.6万分。"
    assert extract_practices("某区志愿服务“积分银行”人气旺", body) == ["积分银行"]
    # set up with no count after it: a brand
    assert "积分兑换超市" in extract_practices(
        "某区推行积分制", "某区设立积分兑换超市，居民可用积分兑换物品。"
    )


def test_a_secretarys_nickname_is_a_person_not_a_practice() -> None:
    """heldout11 p02 (invented of the same kind): a profile's “泥腿子书记” is the man; a post set up (小区第一书记)
    and a slogan (有事找书记) stay practices, and so does a nickname with a mechanism word after it."""
    body = "何某是村民口中的“泥腿子书记”。村里推行“支部+合作社+农户”模式，带动村民增收。"
    assert extract_practices("“泥腿子书记”的致富经", body) == ["支部+合作社+农户"]
    assert extract_practices("某区推行“小区第一书记”", "某区选派机关党员担任“小区第一书记”。") == [
        "小区第一书记"
    ]
    assert extract_practices("“有事找书记”", "村里推行“有事找书记”工作法。") == ["有事找书记"]
    assert extract_practices("某村成立工作室", "村里成立“田坎书记”工作室，帮助群众。") != []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # heldout17 p01, heldout18 p06 (invented of the same kind): a named role people are chosen for, counted
        ("街道把党小组建在楼栋上，推选“红心楼栋长”312名，由他们召集议事。", ["红心楼栋长"]),
        ("社区按楼栋划分网格，选出“苗乡单元长”96名。", ["苗乡单元长"]),
        ("镇里选聘“乡贤调解员”40名，参与矛盾化解。", ["乡贤调解员"]),
        # an honour's words: the people honoured, no role
        ("年底社区选出“优秀党员”20名、“最美楼栋长”12名。", []),
        # chosen, but not counted in people after it: no sign of a role
        ("村里推选“红心楼栋长”，由他们召集议事。", []),
    ],
)
def test_a_named_role_people_are_chosen_for_in_numbers_is_named(body: str, expected: list[str]) -> None:
    assert extract_practices("某街道推行楼栋治理", body) == expected
