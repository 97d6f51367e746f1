"""heldout14 p03's kind (issue 14), lines invented: a column label of two parts (`雪域高原·基层之声`) printed
once over each of the page's columns, so several times; one copy, read after the first headline, was taken
for its subtitle. A label the page prints more than once is furniture wherever it stands. Negatives: the same
shape printed once mid-page, a byline of that shape."""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _kinds(page: str) -> dict[str, str]:
    with data_dir_fixed():
        return {u.text: u.kind for u in classify_page(page)}


def test_a_two_part_label_printed_over_each_column_is_furniture():
    page = (
        "雪域党建报\n2026年5月12日  第6版\n\n雪域高原·基层之声\n雪域高原·基层之声\n城关区“藏式议事厅”开张\n"
    )
    page += "本报讯（记者 扎西）\n　　拉萨市城关区建起议事厅12个。\n"
    assert _kinds(page)["雪域高原·基层之声"] == FURNITURE


def test_the_shape_printed_once_mid_page_or_a_byline_of_it_is_not():
    page = "　　拉萨市城关区建起议事厅12个。\n高原红·党员先锋\n　　党员们带头参与议事。\n"
    assert _kinds(page).get("高原红·党员先锋") != FURNITURE
    page = "新甘肃·甘肃日报记者\n新甘肃·甘肃日报记者\n　　拉萨市城关区建起议事厅12个。\n"
    assert _kinds(page).get("新甘肃·甘肃日报记者") != FURNITURE
