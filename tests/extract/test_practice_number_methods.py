"""Issue 14 item 6, session 32: a quoted number is nothing a reader can look up; the method it numbers, with its
head noun (工作法, 机制, 模式, 服务, 行动, 工程, 计划 …), is the practice, written like any name with quotes inside
(“357”工作法 -> 357工作法). A method printed in full and shortened after, or in a headline, is one practice.
Invented sentences of the kinds (heldout15/16, R31 团结社区, seeds 000/002)."""

from __future__ import annotations

import pytest

from builder.extract.practices import extract_practices


def practices(body: str, title: str = "") -> list[str]:
    return extract_practices(title, body, frozenset(), {})


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("社区推行“357”工作法，把矛盾化解在楼栋。", ["357工作法"]),
        ("镇党委建立“246”工作机制，每周研判一次。", ["246工作机制"]),
        ("县里启动“520”行动计划，帮扶困难家庭。", ["520行动计划"]),
        ("街道打造“2+4”服务模式，居民少跑腿。", ["2+4服务模式"]),
        ("村里实施“二四六”工程，修路引水。", ["二四六工程"]),
        ("推行“1+N”网格员联户机制，每户有人联系。", ["1+N网格员联户机制"]),  # 网格: a grid, no website
    ],
)
def test_a_quoted_number_before_its_methods_head_is_the_methods_name(body: str, names: list[str]) -> None:
    assert practices(body) == names


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ("居民拨打“96111”热线反映问题。", []),  # a code one dials
        ("村里开通“832”网上商城销售山货。", []),
        ("打造“10”分钟服务圈，老人出门就有站点。", []),  # a count of minutes
        ("“五一”假期，志愿者在景区服务游客。", []),  # a holiday
    ],
)
def test_a_number_one_reaches_or_counts_is_still_no_name(body: str, names: list[str]) -> None:
    assert practices(body) == names


def test_a_method_printed_in_full_and_shortened_after_is_one_practice() -> None:
    body = "社区推出“2+5+N”帮扶服务模式，联动多方力量。下一步，要把“2+5+N”模式推广到全镇。"
    assert practices(body) == ["2+5+N帮扶服务模式"]
    # in a headline as well: the number leads the headline, the body names the method whole
    assert practices(body, "“2+5+N”激活乡村治理") == ["2+5+N帮扶服务模式"]
    # two methods of two numbers stay two
    two = "镇里推行“3+X”议事机制，又推出“1+6”调解工作法。"
    assert practices(two) == ["3+X议事机制", "1+6调解工作法"]
