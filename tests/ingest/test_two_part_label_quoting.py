"""A column's label of two parts joined by `·` alone at the page's head, one part quoting a word
(`社区服务·暖“新”行动`, a real page's kind): page furniture, not the first report's title nor its kicker. Before,
the quote marks kept it from the label's shape: it was read as a headline over the headline, and became the
report's kicker (or its title). Invented lines."""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "{label}\n\n"
    "浏阳“红色驿站”成了骑手们的“加油站”\n\n"
    "　　本报讯（记者 钱晓云）今年以来，湖南省\n"
    "浏阳市在城区建成“红色驿站”36个，为快\n"
    "递员、外卖配送员提供歇脚服务。\n"
)


@pytest.mark.parametrize("label", ["社区服务·暖“新”行动", "乡村振兴·“领头雁”工程", "社区服务·暖新行动"])
def test_a_two_part_label_at_the_head_is_furniture(label):
    page = _PAGE.format(label=label)
    assert classify_page(page)[0].kind == "furniture"
    found = segment(assemble(classify_page(page)))
    assert [(a.title, a.subtitle) for a in found] == [("浏阳“红色驿站”成了骑手们的“加油站”", None)]
