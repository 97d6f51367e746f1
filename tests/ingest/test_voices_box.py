"""A `声音` box of residents' short quotes right under a report (layouts37 p02, invented here): the label, then each
quote `“…”` over its `——role　name` line. It was read into the report (`## 声音` and the quotes). It is a sidebar:
in no body, no article; the next article starts at its headline. Negative: `声音` over prose is the report's own
subheading.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "鼓楼区“邻里食堂”开进老街\n\n"
    "　　本报讯（记者 陈静）福州市鼓楼区在\n"
    "老街社区办起“邻里食堂”9家，为老\n"
    "人提供平价午餐。\n\n"
    "{box}\n"
    "仓山区“夜间议事厅”亮灯\n\n"
    "　　本报讯（记者 林峰）福州市仓山区在\n"
    "各社区开设“夜间议事厅”，居民下班\n"
    "后也能议事。\n"
)
_VOICES = (
    "声音\n"
    "“饭菜可口，价钱也实在。”\n"
    "——老街社区居民　张玉兰\n"
    "“孩子上班忙，我在这儿吃饭他放心。”\n"
    "——退休工人　黄德明\n"
)


def _articles(box: str):
    return segment(assemble(classify_page(_PAGE.format(box=box))))


def test_a_box_of_quotes_under_a_report_is_in_no_body():
    articles = _articles(_VOICES)
    assert len(articles) == 2
    assert articles[0].text.endswith("为老人提供平价午餐。")
    assert all(
        "声音" not in a.text and "价钱也实在" not in a.text and "张玉兰" not in a.text for a in articles
    )
    assert articles[1].title == "仓山区“夜间议事厅”亮灯"


def test_the_word_over_prose_is_the_reports_subheading():
    box = "声音\n　　居民们说，食堂开到了家门口，\n吃饭不再犯愁。\n"
    articles = _articles(box)
    assert "吃饭不再犯愁。" in articles[0].text


def test_a_column_of_voices_under_name_lines_stays_a_sidebar():
    box = "基层声音\n■张玉兰　老街社区居民\n　　饭菜可口，价钱也实在，我天天来。\n"
    articles = _articles(box)
    assert len(articles) == 2
    assert all("价钱也实在" not in a.text and "张玉兰" not in a.text for a in articles)


def test_a_two_line_headline_ending_in_the_word_is_no_box():
    # `院坝会上听` / `居民声音` over a report's quote lead: a headline's second line (rv37 pages4, invented here)
    box = (
        "\n院坝会上听\n居民声音\n\n"
        "　　“有事就在院坝里说。”仓山区城门镇\n"
        "村民林大姐说。今年以来，城门镇推行\n"
        "“院坝会”，收集群众意见430条。\n\n"
    )
    text = " ".join(a.text for a in _articles(box))
    assert "收集群众意见430条" in text
