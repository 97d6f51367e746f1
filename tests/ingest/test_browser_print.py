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
