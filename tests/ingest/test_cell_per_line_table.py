"""A table the extraction flattened one cell a line (heldout9 q05, issue 14): `镇` / `护边队员（名）` / `巡逻（次）` /
`化解纠纷（件）` / `猴桥镇` / `126` / `1840` / `57` / …; `化解纠纷（件）` became a spurious article's headline, the
first row's label its byline, and the figures were glued into a paragraph. Lines invented in the kind of the
page; negatives from other pages' kinds (a list of names, figures in a body, a headline over its byline).
"""

from __future__ import annotations

from builder.ingest.celltables import read_cell_table
from builder.ingest.pagelines import TABLE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

TABLE_LINES = [
    "镇", "护边队员（名）", "巡逻（次）", "化解纠纷（件）",
    "甲镇", "126", "1840", "57",
    "乙镇", "98", "1320", "41",
    "丙镇", "87", "1105", "36",
]  # fmt: skip
PAGE = (
    "某某基层报\n第 7 版 | 边 疆 治 理\n2026年5月20日\n\n"
    "某某市：“一村一警一格”守护边境平安\n本报讯（通讯员 杨丽芬）\n"
    "某某市地处边境。今年以来，市委政\n法委在沿边3个镇推行“一村一警一\n格”工作机制。各镇工作情况如下：\n"
    "“红色护边队”工作情况一览\n" + "\n".join(TABLE_LINES) + "\n"
    "今年以来，全市“红色护边队”累计\n巡逻4265次，化解矛盾纠纷134件。\n\n\n"
    "某某省出台驻村工作“十条措施”\n本报记者 李晓东\n"
    "近日，某某省委组织部印发若干措\n施，从选派管理等方面提出“十条\n措施”。\n"
)


def test_the_cells_are_read_back_as_spaced_lines():
    found = read_cell_table([*TABLE_LINES, "今年以来，全市累计巡逻4265次。"], 0)
    assert found is not None
    lines, end = found
    assert [text for _, text in lines] == [
        "镇 护边队员（名） 巡逻（次） 化解纠纷（件）",
        "甲镇 126 1840 57",
        "乙镇 98 1320 41",
        "丙镇 87 1105 36",
    ]
    assert [index for index, _ in lines] == [0, 4, 8, 12] and end == 16


def test_a_header_that_does_not_label_the_rows_column():
    lines = ["护边队员（名）", "巡逻（次）", "甲镇", "126", "1840", "乙镇", "98", "1320"]
    found = read_cell_table(lines, 0)
    assert found is not None and found[0][0][1] == "护边队员（名） 巡逻（次）"


def test_the_table_is_one_table_in_its_article():
    with data_dir_fixed():
        units = assemble(classify_page(PAGE))
        articles = segment(units)
    assert [a.title for a in articles] == [
        "某某市：“一村一警一格”守护边境平安",
        "某某省出台驻村工作“十条措施”",
    ]
    tables = [u for u in units if u.kind == TABLE]
    assert len(tables) == 1 and tables[0].text.startswith("“红色护边队”工作情况一览\n镇 护边队员（名）")
    assert articles[0].paragraphs[1].startswith("今年以来，全市") and "1840" not in "".join(
        articles[0].paragraphs
    )
    assert articles[0].paragraphs[0].endswith("情况如下：")


def test_other_runs_of_short_lines_are_no_table():
    negatives = [
        ["张三", "李四", "王五", "赵六"],  # names
        ["2026年", "4月", "126", "1840"],  # a header with one row only
        ["镇", "巡逻（次）", "甲镇", "126", "乙镇", "巡逻"],  # the second row has no figure
        ["社区网格化治理见实效", "本报记者 王芳", "126"],  # a headline and its byline
        ["一、", "组织", "126", "57"],
    ]
    for lines in negatives:
        assert read_cell_table(lines, 0) is None, lines
