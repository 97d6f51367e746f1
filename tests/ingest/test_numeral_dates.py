"""A page head printing its date and page in Chinese numerals (builder/ingest/numeraldates.py), read with Arabic
figures so the masthead gives the paper, date and page (heldout20 p08, invented)."""

from __future__ import annotations

from builder.ingest.numeraldates import arabic_page_heads
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def test_a_page_head_in_chinese_numerals_reads_with_arabic_figures() -> None:
    page = "红土地周报　　二〇二六年八月十五日　星期六　　第三版\n\n乡村振兴·红色故事\n\n潭头村：红色资源“活”起来"
    text, printed = arabic_page_heads(page, None)
    assert text.split("\n")[0] == "红土地周报　　2026年8月15日　星期六　　第3版"
    assert text.split("\n")[1:] == page.split("\n")[1:] and printed is None
    assert arabic_page_heads("二〇二五年十二月三十一日 第十二版", None)[0] == "2025年12月31日 第12版"


def test_numeral_dates_outside_a_page_head_stay() -> None:
    for page in (
        "二〇二六年八月十五日，潭头村召开党员大会。\n\n正文",  # a sentence's date
        "标题一\n标题二\n本报记者 钟晓燕\n红土地周报 二〇二六年八月十五日 第三版",  # not among the first lines
        "红土地周报 二〇二六年十三十月十五日 第三版",  # no real month
    ):
        assert arabic_page_heads(page, None) == (page, None)


def test_a_page_head_year_read_with_the_letter_o_for_a_nought() -> None:
    """An OCR'd scan's head (real R20 r20_02, lines invented): `2O25年` is the year 2025, the date line then the
    page's furniture, so the headline under it stands at the page's top."""
    page = "民 生 视 点　　　　　　　5\n2O25年3月9日　星期日　　　 责任编辑 / 杜 蘅\n\n某某县：议事亭里议实事"
    text, _printed = arabic_page_heads(page, None)
    assert text.split("\n")[1] == "2025年3月9日　星期日　　　 责任编辑 / 杜 蘅"
    assert arabic_page_heads("2o2O年3月9日 第5版", None)[0] == "2020年3月9日 第5版"
    for kept in (
        "2O25年的工作，某某县议事亭议了12件实事。",  # a sentence, no furniture line
        "型号A2O25年款\n\n正文",  # a code of letters and figures
    ):
        assert arabic_page_heads(kept, None) == (kept, None)


def test_a_spaced_page_name_with_its_number_over_the_date_line_is_furniture() -> None:
    page = "民 生 视 点　　　　　　　5\n2O25年3月9日　星期日　　　 责任编辑 / 杜 蘅\n\n某某县：议事亭里议实事\n\n　　3月8日，某某县城关镇召开议事会。"
    text, _printed = arabic_page_heads(page, None)
    with data_dir_fixed():
        units = classify_page(text)
    assert [u.kind for u in units[:3]] == ["furniture", "furniture", "headline"]
