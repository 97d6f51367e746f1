"""A box printed inside a report between two of its paragraphs (layouts37 p03, p06, invented here): a label
(`【名词解释】`, `【延伸阅读】`) over a paragraph set at another width than the report's column, the report going on under
it at its own width. The box's paragraph was read into the body (`## 名词解释` and the definition), or, as a
`延伸阅读` sidebar, took the report's rest with it (its figures lost). The label and the box are in no body; the
report reads on after them. Negatives: a box at the report's own width (no width tells its end), a label under an
open sentence.
"""

from __future__ import annotations

import pytest

from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_HEAD = "凤城市“板凳会”议出新气象\n\n"
_ABOVE = "　　本报讯（记者 关鹏）丹东市凤城市在\n各村推行“板凳会”，村干部和村民坐\n在一起商量村里的事。\n"
_BOX = (
    "{label}\n"
    "　　板凳会：一种在村民院落里召开的小型议事会，\n"
    "每次议一两件事，不设主席台，全省已推广1200个。\n"
)
_BELOW = "　　今年以来，全市召开板凳会640场，\n解决群众急难愁盼问题830个。\n"


def _articles(page: str):
    return segment(assemble(classify_page(page)))


@pytest.mark.parametrize("label", ["【名词解释】", "【延伸阅读】", "【知识链接】"])
def test_a_box_at_another_width_inside_a_report_is_no_body(label):
    articles = _articles(_HEAD + _ABOVE + _BOX.format(label=label) + _BELOW)
    assert len(articles) == 1
    text = articles[0].text
    assert "商量村里的事。" in text
    assert "全市召开板凳会640场" in text and "解决群众急难愁盼问题830个。" in text
    assert (
        "1200个" not in text and "名词解释" not in text and "延伸阅读" not in text and "知识链接" not in text
    )


def _box_furniture(page: str) -> list[str]:
    return [u.text for u in classify_page(page) if u.kind == FURNITURE]


def test_the_box_and_its_label_are_furniture():
    assert _box_furniture(_HEAD + _ABOVE + _BOX.format(label="【名词解释】") + _BELOW) == [
        "【名词解释】",
        "板凳会：一种在村民院落里召开的小型议事会，",
        "每次议一两件事，不设主席台，全省已推广1200个。",
    ]


def test_a_box_at_the_reports_own_width_is_left_to_the_other_rules():
    box = "【名词解释】\n　　板凳会：在村民院落里召开的小型\n议事会，不设主席台。\n"
    assert _box_furniture(_HEAD + _ABOVE + box + _BELOW) == []  # no width tells the box from the report


def test_a_label_under_an_open_sentence_is_no_box():
    above = _ABOVE.replace("在一起商量村里的事。\n", "在一起商量，\n")
    assert _box_furniture(_HEAD + above + _BOX.format(label="【名词解释】") + _BELOW) == []
