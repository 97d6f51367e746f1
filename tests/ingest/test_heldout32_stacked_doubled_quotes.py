"""heldout32 p03's kind: two headlines stacked together at the page's top, the second bold-doubled run by run with
quote marks inside (`某市某市““…””…`). The stack's lines are read once, as a stack apart reads them (invented text)."""

from __future__ import annotations

from builder.ingest.pagelines import HEADLINE
from builder.ingest.units import classify_page

_PAGE = """2026年3月4日　星期三　第5版　责任编辑　某某

青龙县“院落+”点亮治理末梢
南川南川““积分超市积分超市””让村民参与可换可得让村民参与可换可得

本报讯（记者 钟某某） 青龙县推行“院落+”
治理，把党建、调解等6类事项纳入院落管理，全
县划分院落小组320个。

本报讯（记者 蒋某） 南川市在全市推广“积分
超市”，村民参加公益劳动可积分换物，今年已
有1.2万名村民参与。
"""


def test_a_stacked_headline_bold_doubled_run_by_run_with_quotes_inside_is_read_once():
    headlines = [unit.text for unit in classify_page(_PAGE) if unit.kind == HEADLINE]
    assert headlines == ["青龙县“院落+”点亮治理末梢", "南川“积分超市”让村民参与可换可得"]
