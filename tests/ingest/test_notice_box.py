"""A notice the paper prints in a box of its own (heldout8 n09, issue 14): `征订启事` and its lines (how to
subscribe, the price, the hotline) were read as the neighbouring report's text, its `全年订价240元` a metric.
Once the columns are read apart, the notice is a block of its own: its label and lines are page furniture.
Lines invented in the kind.
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

REPORT = (
    "红星街道“议事长廊”议出好日子\n本报记者 王琳\n\n"
    "某某市某某区红星街道在辖区9个社\n区建起“议事长廊”，居民有事在长\n廊里商量着办。\n\n"
)
NOTICE = (
    "征订启事\n2027年度《某某社\n区报》征订工作现已开\n始。本报每周二、五出\n版，全年订价240元，\n"
    "各地邮局均可订阅。\n订阅热线：012-3456789\n\n"
)


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


def test_the_notice_under_a_report_is_furniture():
    units, (article,) = _read(REPORT + NOTICE + "责任编辑：李 然\n")
    assert [u.text for u in units if u.kind == FURNITURE][:2] == ["征订启事", "2027年度《某某社"]
    assert "订价" not in "".join(article.paragraphs)
    assert article.paragraphs[-1].endswith("商量着办。")


def test_a_notice_at_a_columns_top():
    units, articles = _read(NOTICE + REPORT)
    assert len(articles) == 1 and articles[0].title == "红星街道“议事长廊”议出好日子"
    assert all(u.kind == FURNITURE for u in units if u.line <= 8)


def test_a_label_over_a_block_naming_no_subscription_stays():
    # `办事须知` over a paragraph of the report: no subscription, contribution or contact in it
    page = REPORT + "办事须知\n居民到“议事长廊”反映问题，由网格\n员记录，三日内答复。\n"
    units, _ = _read(page)
    assert not any(u.kind == FURNITURE for u in units)


def test_a_label_inside_a_paragraph_stays():
    # no blank line over it: a line of the text (or of columns read across), never the head of a box
    page = REPORT.rstrip("\n") + "\n征订启事\n本报每周二出版，订阅热线：012-3456789\n"
    units, _ = _read(page)
    assert not any(u.kind == FURNITURE for u in units)
