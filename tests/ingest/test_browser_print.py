"""A web page a browser printed to PDF (builder/ingest/browserprint.py): its print headers and footers dropped
(heldout20 p01, invented)."""

from __future__ import annotations

from builder.ingest.browserprint import drop_print_lines

_HEADER = "2026/8/14 上午9:26    江西推动“红色物业”进小区 住户家门口有了“先锋管家”_赣鄱党建网"


def test_print_headers_and_footers_are_dropped() -> None:
    page = "\n".join(
        [
            _HEADER,
            "江西推动“红色物业”进小区 住户家门口有了“先锋管家”",
            "　　省委组织部还把物业服务纳入社区“红黑榜”季度评议，",
            "                                                    1/2",
            _HEADER,
            "评议结果与企业信用挂钩。",
            "https://example.org/ganpo/art3127.html    2/2",
        ]
    )
    text, printed = drop_print_lines(page, None)
    assert text.split("\n") == [
        "江西推动“红色物业”进小区 住户家门口有了“先锋管家”",
        "　　省委组织部还把物业服务纳入社区“红黑榜”季度评议，",
        "评议结果与企业信用挂钩。",
    ]
    assert printed == [2, 3, 6]


def test_a_page_not_opening_with_a_print_header_stays() -> None:
    for page in (
        "江西推动“红色物业”进小区\n　　全省已有2,316家物业服务企业建立党组织。\n1/2",
        "　　2026/8/14 上午9:26，居民来到议事亭。\n" + _HEADER,  # a sentence opening with a date and time
    ):
        assert drop_print_lines(page, None) == (page, None)


def test_a_header_shaped_line_inside_the_text_stays() -> None:
    """Review finding: a schedule line shaped like a print header inside the article was dropped."""
    page = "\n".join(
        [
            _HEADER,
            "江西推动“红色物业”进小区 住户家门口有了“先锋管家”",
            "　　活动安排如下：",
            "2026/8/15 09:30  签到",
            "2026/8/15 10:00  议事会开始",
            "　　省委组织部还把物业服务纳入社区“红黑榜”季度评议，",
            "                                                    1/2",
            _HEADER,
            "评议结果与企业信用挂钩。",
            "1/2",
            "　　全省已有物业服务企业建立党组织。",
            "https://example.org/ganpo/art3127.html    2/2",
        ]
    )
    text, printed = drop_print_lines(page, None)
    assert text.split("\n") == [
        "江西推动“红色物业”进小区 住户家门口有了“先锋管家”",
        "　　活动安排如下：",
        "2026/8/15 09:30  签到",
        "2026/8/15 10:00  议事会开始",
        "　　省委组织部还把物业服务纳入社区“红黑榜”季度评议，",
        "评议结果与企业信用挂钩。",
        "1/2",  # a lone number inside the text, over no header
        "　　全省已有物业服务企业建立党组织。",
    ]
    assert printed == [2, 3, 4, 5, 6, 9, 10, 11]


def test_a_later_sheets_header_under_its_footer_is_dropped() -> None:
    """A header printed again with another time (a sheet printed later) is still a header under a footer."""
    page = "\n".join(
        [
            _HEADER,
            "标题",
            "　　正文第一段，",
            "1/2",
            "",
            "2026/8/14 上午9:27    标题_赣鄱党建网",
            "续完。",
            "2/2",
        ]
    )
    assert drop_print_lines(page, None)[0].split("\n") == ["标题", "　　正文第一段，", "", "续完。"]
