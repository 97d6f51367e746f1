"""The page's head line ending with its bare page number after the column label (`青禾日报　2020年6月4日　星期四
综合新闻　2`) is furniture, as it is without the number: on R18 r18_01 it was the first report's subtitle.
A number ends it only where the rest is furniture with a date; a headline or a sentence ending in a number is
text. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("青禾日报　2020年6月4日　星期四　　　　　综合新闻　2", True),
        ("青禾日报　2021年3月8日　星期一　　要闻　12", True),
        ("综合新闻　2", False),  # no date: a label and a number may be a heading's
        ("青禾县新建村级服务站　12", False),  # a headline ending in a number
        ("全县2020年6月4日起新建服务站 12", False),  # a sentence with a date in it
        ("青禾日报　2020年6月4日　星期四　　综合新闻　2024", False),  # a year, no page number
    ],
)
def test_a_head_line_ending_with_its_page_number(line, furniture):
    assert is_furniture_line(line) is furniture
