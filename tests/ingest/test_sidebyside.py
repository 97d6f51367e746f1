"""Two columns a layout-preserving extraction printed side by side on the same lines (heldout3/e04, UTF-16),
put one after the other; pages with ordinary spaces (seeds/, page labels, names) left as they are."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.interleave import deinterleave
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import segment
from builder.ingest.sidebyside import (
    column_edge,
    cut_line,
    layout_columns,
    printed_lines,
    unfold_columns,
    unfold_page,
)
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page, seed_paths
from tests.corpus import scoring
from tests.support.repo import SEEDS

E04 = scoring.HERE / "heldout3" / "e04.txt"
CORPORA = [SEEDS, *(scoring.HERE / name for name in ("pages", "heldout", "heldout2", "heldout3"))]


def e04_text() -> str:
    return read_page(E04).text


def test_layout_columns_counts_wide_characters_twice():
    assert layout_columns("本报记者 沈佳") == 13
    assert layout_columns("“15分钟”") == 2 + 2 * 2 + 2  # the curly quotes are narrow in a layout extraction
    assert layout_columns("   ") == 3


def test_the_right_columns_edge_is_where_the_gaps_end():
    assert column_edge(e04_text().split("\n")) == 38


def test_a_line_is_cut_at_the_gap_that_ends_on_the_edge():
    line = "徐汇区枫林路街道辖区商务楼宇集中，    服务作为民生实事，依托街镇党群服"
    assert cut_line(line, 38) == ("徐汇区枫林路街道辖区商务楼宇集中，", "服务作为民生实事，依托街镇党群服")
    assert cut_line(" " * 38 + "本报讯（记者 陆云）普陀区把养老", 38) == (
        "",
        "本报讯（记者 陆云）普陀区把养老",
    )
    assert cut_line("600余人次。", 38) == ("600余人次。", "")
    # a banner over both columns (the spaced page label, centred) belongs to neither
    assert cut_line(" " * 30 + "上 海 · 社 区", 38) is None


def test_side_by_side_page_becomes_left_column_then_right_column():
    lines = unfold_columns(e04_text()).split("\n")
    left_headline, right_headline = (
        lines.index("枫林路街道“楼宇党建”"),
        lines.index("普陀区“15分钟养老服务圈”"),
    )
    assert lines[left_headline + 1] == "聚起白领“朋友圈”"
    assert lines[right_headline + 1] == "覆盖全区"
    left = lines[left_headline:right_headline]
    assert left[-5:] == [
        "600余人次。",
        "联盟还推出“楼宇需求清单”，帮助",
        "企业解决员工子女入托、停车难等问",
        "题150多个。",
        "",
    ]
    assert "本报记者 沈佳" in left and not any("普陀区" in line for line in left)
    right = lines[right_headline:]
    assert "本报讯（记者 陆云）普陀区把养老" in right and "浴、助医等服务52万人次。" in right
    assert lines[0].strip() == "上 海 · 社 区"  # the banner above the columns stays first


def test_side_by_side_page_ingests_as_two_articles():
    drafts = process_page(E04).drafts
    assert len(drafts) == 2
    left, right = drafts
    assert left.byline == "本报记者 沈佳"
    assert left.body.startswith("徐汇区枫林路街道辖区商务楼宇集中，白领多、流动快。")
    assert "参与白领3600余人次。" in left.body and "普陀区" not in left.body
    assert right.byline == "本报讯（记者 陆云）"
    assert right.body.startswith("普陀区把养老服务作为民生实事")
    assert "52万人次。" in right.body and "楼宇" not in right.body


@pytest.mark.parametrize(
    "line",
    [
        "上 海 · 社 区",  # heldout3/e04: a spaced-out column label
        "第 4 版 | 黑 土 · 网 格",  # heldout3/e05
        "2025年11月6日 星期四  第1版",  # heldout3/e01: two spaces before the page number
        "本报讯（记者 陆云）",
    ],
)
def test_ordinary_spaces_are_no_column_gap(line):
    page = "\n".join([line] * 6)
    assert column_edge(page.split("\n")) is None
    assert unfold_columns(page) == page


def test_one_gap_on_one_line_is_not_a_page_of_columns():
    # heldout3/e06:17, a body's last line and the next headline on one line: no second column to follow
    page = read_page(scoring.HERE / "heldout3" / "e06.txt").text
    assert "考核。        锦州“三官一律”进网格" in page
    assert unfold_columns(page) == page


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: p.name)
def test_pages_without_side_by_side_columns_are_unchanged(folder: Path):
    for path in seed_paths(folder):
        if path != E04:
            text = read_page(path).text
            assert unfold_columns(text) == text, path.name


def test_a_megabyte_line_is_read_once(tmp_path):
    """A hostile page's one huge line with gaps everywhere: no column is looked for in it (bounded time)."""
    line = "字   " * 300_000
    page = "\n".join([line, "本报讯（记者 陆云）"])
    assert unfold_columns(page) == page


def _e04_columns() -> tuple[list[str], list[str]]:
    lines = unfold_columns(e04_text()).split("\n")
    right_start = lines.index("普陀区“15分钟养老服务圈”")
    return lines[2 : right_start - 1], lines[right_start:-1]


def _side_by_side(*columns: list[str], gap: int = 4) -> str:
    """Columns set side by side as a layout extraction prints them, each padded to its widest line."""
    widths = [max(layout_columns(line) for line in column) + gap for column in columns]
    rows = []
    for i in range(max(len(column) for column in columns)):
        parts = [column[i] if i < len(column) else "" for column in columns]
        row = "".join(
            part + " " * (width - layout_columns(part)) for part, width in zip(parts, widths, strict=True)
        )
        rows.append(row.rstrip())
    return "\n".join(rows)


def test_a_page_of_three_columns_is_read_column_by_column():
    left, right = _e04_columns()
    third = [
        "伊宁市“庭院议事”",
        "议到群众心坎上",
        "",
        "伊宁市在城乡社区推行“庭院议事”，",
        "把议事桌搬到居民庭院里。",
    ]
    lines = unfold_columns(_side_by_side(left, right, third)).split("\n")
    assert [line for line in lines if line] == [line for line in left + right + third if line]


def test_a_line_that_fills_its_column_is_cut_at_a_two_space_gap():
    # e04's line 8 with its gap narrowed to two spaces: the edge (36 here) is known from the other lines
    assert cut_line("徐汇区枫林路街道辖区商务楼宇集中，  服务作为民生实事，依托街镇党群服", 36) == (
        "徐汇区枫林路街道辖区商务楼宇集中，",
        "服务作为民生实事，依托街镇党群服",
    )
    # two spaces elsewhere in a line are no cut (e01: `星期四  第1版`)
    assert cut_line("2025年11月6日 星期四  第1版", 36) == ("2025年11月6日 星期四  第1版", "")


def test_unfolded_lines_keep_the_numbers_of_their_printed_lines():
    text, numbers = unfold_page(e04_text())
    numbered = dict(zip(text.split("\n"), numbers, strict=True))
    assert numbered["枫林路街道“楼宇党建”"] == numbered["普陀区“15分钟养老服务圈”"] == 3
    assert numbered["本报讯（记者 陆云）普陀区把养老"] == 7
    assert numbered["600余人次。"] == 18
    assert unfold_page("本报讯（记者 陆云）\n普陀区把养老") == ("本报讯（记者 陆云）\n普陀区把养老", None)


def test_articles_of_the_right_column_name_their_printed_lines():
    """Messages about an article name the line a reader finds in the file, not one of the unfolded page."""
    text, numbers = unfold_page(e04_text())
    articles = segment(printed_lines(assemble(deinterleave(classify_page(text))), numbers))
    assert len(articles) == 2 and all(3 <= article.line <= 7 for article in articles)
