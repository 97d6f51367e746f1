"""A table flattened one cell a line whose figures carry their unit in each cell (`312万元`, `58个`): read back as
a table, the unit moved to its column's label (builder/ingest/celltables.py): invented lines of the kind heldout13
p07 showed (its title line was read as a headline, its first cell as a byline), and negatives."""

from __future__ import annotations

from builder.ingest.celltables import read_cell_table
from builder.ingest.tables import header_cells

_CELLS = [
    "镇",
    "2024年",
    "2025年",
    "增幅",
    "龙山镇",
    "210万元",
    "305万元",
    "45%",
    "梅林镇",
    "186万元",
    "240万元",
    "29%",
]


def test_cells_carrying_their_unit_read_as_a_table_with_the_unit_in_the_label():
    found = read_cell_table(_CELLS, 0)
    assert found is not None
    lines, end = found
    assert [text for _, text in lines] == [
        "镇 2024年（万元） 2025年（万元） 增幅",
        "龙山镇 210 305 45%",
        "梅林镇 186 240 29%",
    ]
    assert end == len(_CELLS)


def test_a_period_with_its_unit_in_brackets_is_a_column_label():
    assert header_cells("镇 2024年（万元） 2025年（万元）") is not None
    assert header_cells("镇 2024年（3） 2025年") is None


def test_a_column_of_mixed_units_is_no_table():
    cells = list(_CELLS)
    cells[5] = "210个"  # the column's other figure is `186万元`
    assert read_cell_table(cells, 0) is None


def test_a_list_of_names_and_counts_in_a_sentence_stays_text():
    lines = ["全镇建起", "党员服务站", "12个", "志愿服务队", "8支"]
    assert read_cell_table(lines, 0) is None
