"""A chart's text read as a column of values and axis labels, and the paper's imprint at the foot
(builder/ingest/chartboxes.py): furniture, in no body (layouts19 p05)."""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from builder.ingest.chartboxes import is_imprint_line
from builder.ingest.units import classify_page

_ABOVE = "　　目前，全区已在268条背街小\n巷设立巷长301名。巷长每天巡巷一次。\n\n"
_BELOW = "\n　　巷长制推行以来，全区背街小巷\n累计整治环境问题3150个。"


def _furniture(page: str) -> list[str]:
    return [u.text for u in classify_page(page) if u.kind == kinds.FURNITURE]


def test_a_chart_title_over_its_values_and_years_is_furniture() -> None:
    chart = "南郑区背街小巷累计整治问题（个）\n1260\n2380\n3150\n2023年\n2024年\n2025年\n"
    assert _furniture(_ABOVE + chart + _BELOW) == [
        "南郑区背街小巷累计整治问题（个）",
        "1260",
        "2380",
        "3150",
        "2023年",
        "2024年",
        "2025年",
    ]
    by_unit = "各季度办结诉求（单位：件）\n一季度\n二季度\n860\n1020\n"
    assert len(_furniture(_ABOVE + by_unit + _BELOW)) == 5


def test_a_title_over_a_sentence_or_a_list_is_no_chart() -> None:
    over_text = "全区整治问题（个）\n1260\n全区背街小巷累计整治环境问题3150个，调解纠纷。\n"
    assert _furniture(_ABOVE + over_text + _BELOW) == []
    one_value = "全区整治问题（个）\n1260\n2023年\n"
    assert _furniture(_ABOVE + one_value + _BELOW) == []


def test_the_papers_imprint_lines() -> None:
    assert is_imprint_line("国内统一连续出版物号：CN 61-0083　　邮发代号：51-12")
    assert is_imprint_line("社址：汉中市汉台区天汉大道　邮编：723000")
    assert is_imprint_line("总编室电话：0916-2211000　　广告热线：0916-2211001")
    assert is_imprint_line("定价：每月30元　零售价：1.50元　　秦陇社区报印务中心印刷")
    # the paper's address with its postal code after no colon, the sales line's phone (heldout19 p02)
    assert is_imprint_line("本报地址：太原市小店区长风街 116 号　邮编 030006")
    assert is_imprint_line("办公室电话：0351-4120018　发行热线：0351-4120066")


def test_sentences_naming_a_price_or_an_address_are_no_imprint() -> None:
    assert not is_imprint_line("社区食堂定价：每份午餐10元，老人再减2元。")
    assert not is_imprint_line("居民可拨打社区电话预约，由网格员上门办理。")
    assert not is_imprint_line("服务站地址：长风街116号")  # a service's address in an article: no paper's
    assert not is_imprint_line("新建住宅小区邮编030006的片区，居民可到社区领取。")


_NEXT = "\n秦州区“民情夜谈”把干部带到群众身边\n　　本报讯（记者 赵刚）天水市秦州区组织机关干部进村入户。\n"


def test_a_qr_box_and_its_title_under_or_over_the_prompt_are_furniture() -> None:
    under = _ABOVE + "扫码看视频\n跟着巷长去巡巷\n" + _NEXT
    assert _furniture(under) == ["扫码看视频", "跟着巷长去巡巷"]
    over = _ABOVE + "跟着巷长去巡巷\n扫码看视频\n" + _NEXT
    assert _furniture(over) == ["跟着巷长去巡巷", "扫码看视频"]
    units = classify_page(under)
    assert [u.text for u in units if u.kind == kinds.HEADLINE] == ["秦州区“民情夜谈”把干部带到群众身边"]


def test_text_under_a_qr_prompt_stays_text() -> None:
    page = _ABOVE + "扫码看视频\n巷长每天巡巷一次，发现问题及时上报社区。\n"
    assert _furniture(page) == ["扫码看视频"]


def test_a_qr_box_on_a_page_with_no_blank_line() -> None:
    page = "　　目前，全区已在268条背街小\n巷设立巷长301名。\n扫码看视频\n跟着巷长去巡巷" + _NEXT
    assert _furniture(page) == ["扫码看视频", "跟着巷长去巡巷"]
    short_head = "　　目前，全区已在268条背街小\n巷设立巷长301名。\n扫码看视频\n秦州区民情夜谈\n本报记者 赵刚\n　　天水市秦州区组织机关干部进村入户。\n"
    assert _furniture(short_head) == ["扫码看视频"]  # a short headline over its byline is the next article's
