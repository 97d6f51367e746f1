"""A table flattened one cell a line whose figures carry their unit in each cell (`312万元`, `58个`): read back as
a table, the unit moved to its column's label (builder/ingest/celltables.py): invented lines of the kind heldout13
p07 showed (its title line was read as a headline, its first cell as a byline), and negatives."""

from __future__ import annotations

from builder.ingest.celltables import read_cell_table
from builder.ingest.pagelines import TABLE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.tables import header_cells
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

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


# A table of one column of figures, each row counting its own thing, printed one cell a line under its title at
# a report's end (heldout14 p06's kind: its title and header were read as a headline over a byline).
_ITEMS = ["项目", "数量", "建成驿站", "35个", "服务群众", "1.2万人", "累计积分", "26万分"]


def test_one_column_of_mixed_units_puts_each_unit_in_its_row_label():
    found = read_cell_table(_ITEMS, 0)
    assert found is not None
    lines, end = found
    assert [text for _, text in lines] == [
        "项目 数量",
        "建成驿站（个） 35",
        "服务群众（人） 1.2万",
        "累计积分（分） 26万",
    ]
    assert end == len(_ITEMS)


def test_one_column_of_one_unit_still_moves_it_to_the_header():
    lines = ["村", "党员", "红旗村", "35人", "光明村", "28人"]
    found = read_cell_table(lines, 0)
    assert found is not None
    assert [text for _, text in found[0]] == ["村 党员（人）", "红旗村 35", "光明村 28"]


def test_one_column_of_mixed_units_in_a_sentence_list_stays_text():
    # a label over figures with no second label: no header, no table
    assert read_cell_table(["建成驿站", "35个", "服务群众", "1.2万人"], 0) is None
    # a row whose figure is words, not a count
    assert read_cell_table(["项目", "数量", "建成驿站", "35个", "服务群众", "很多人"], 0) is None


_PAGE = (
    "某某基层报\n第 6 版 | 基 层 治 理\n2026年4月9日\n\n"
    "某某镇：小积分兑出乡村新风尚\n本报记者 李晓东\n"
    "某某镇推行“积分卡”已满两年。全\n镇设立“爱心驿站”35个，村民把积\n分兑换成生活用品。\n"
    "　　镇党委书记说，下一步将把积分结\n果与评先评优挂钩。\n"
    "某某镇“积分卡”实施情况\n" + "\n".join(_ITEMS) + "\n"
)


def test_the_table_at_a_reports_end_is_no_article():
    with data_dir_fixed():
        units = assemble(classify_page(_PAGE))
        articles = segment(units)
    assert [a.title for a in articles] == ["某某镇：小积分兑出乡村新风尚"]
    assert articles[0].byline == "本报记者 李晓东"
    tables = [u for u in units if u.kind == TABLE]
    assert len(tables) == 1 and "建成驿站（个） 35" in tables[0].text
