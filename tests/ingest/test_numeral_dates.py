"""A page head printing its date and page in Chinese numerals (builder/ingest/numeraldates.py), read with Arabic
figures so the masthead gives the paper, date and page (heldout20 p08, invented)."""

from __future__ import annotations

from builder.ingest.numeraldates import arabic_page_heads


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
