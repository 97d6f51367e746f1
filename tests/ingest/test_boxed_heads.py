"""heldout14 p04's kind (issue 14), lines invented: a commentary's headline set in a drawn box (`┏━━┓` /
`┃ headline ┃` / `┗━━┛`) over its `■ name` byline. Before, the boxed line was never read as a headline and the
title was made from the lead. Negatives: a table drawn in boxes (bars inside its rows), a box left open."""

from __future__ import annotations

from builder.ingest.boxedheads import unbox_heads
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BOX = ["┏━━━━━━━━━━━┓", "┃ 减负不能只减在表格上 ┃", "┗━━━━━━━━━━━┛"]


def test_a_boxed_headline_over_its_byline_titles_the_commentary():
    body = ["　　推进基层减负，既要减掉会议多、文", "件多，也要警惕形式主义换个面目出现。", ""]
    page = "\n".join(["雪域党建报", "2026年5月20日  第２版", "", "观点", *_BOX, "■ 叶青", *body])
    with data_dir_fixed():
        [article] = segment(assemble(classify_page(page)))
    assert (article.title, article.byline) == ("减负不能只减在表格上", "叶青")


def test_the_frame_goes_blank_and_the_bars_go():
    lines = ["观点", *_BOX, "■ 叶青"]
    unbox_heads(lines)
    assert lines == ["观点", "", "减负不能只减在表格上", "", "■ 叶青"]


def test_a_table_in_boxes_or_an_open_box_is_left_as_printed():
    for lines in (
        ["┏━━━━━━━━━━━┓", "┃ 社区 ┃ 3 ┃", "┗━━━━━━━━━━━┛"],
        ["┏━━━━━━━━━━━┓", "┃ 减负不能只减在表格上 ┃", "　　推进基层减负，既要减掉会议多。"],
    ):
        before = list(lines)
        unbox_heads(lines)
        assert lines == before
