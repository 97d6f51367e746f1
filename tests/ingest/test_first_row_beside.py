"""A headline across the page (通栏) over a two-column body whose first lines the extraction set side by side on one
line, a wide gap between them, then the rest of the left column and the rest of the right one (layouts37 p01,
invented here). The right column's first line was read glued before the lead. It goes where the right column's
other lines begin: the first line opening with no indent under a finished sentence. Negatives: a table's rows set
out in spaces, a gapped line under no headline.
"""

from __future__ import annotations

from builder.ingest.besiderow import first_row_beside
from builder.ingest.workers import process_page

_PAGE = (
    "        绥化市“红色物业”让老小区焕新颜\n"
    "\n"
    "本报讯（记者 刘畅 通讯员 王丹）        截至目前，全市已有“红色\n"
    "  今年以来，绥化市在全市老旧\n"
    "小区推行“红色物业”，由社区党组\n"
    "织牵头引入物业企业。\n"
    "  物业企业与社区签订服务承诺，\n"
    "定期向居民公开收支情况。\n"
    "物业”企业46家，覆盖小区212\n"
    "个，居民满意率达到93%。\n"
)


def test_the_right_columns_first_line_goes_before_its_rest():
    text, printed = first_row_beside(_PAGE, None)
    lines = text.split("\n")
    assert lines[2] == "本报讯（记者 刘畅 通讯员 王丹）"
    assert lines[8] == "  截至目前，全市已有“红色" and lines[9] == "物业”企业46家，覆盖小区212"
    assert printed is not None and printed[8] == 3  # the part keeps its printed line's number


def test_the_body_reads_in_order(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(_PAGE, encoding="utf-8")
    drafts = process_page(path).drafts
    assert len(drafts) == 1 and drafts[0].byline == "本报讯（记者 刘畅 通讯员 王丹）"
    paragraphs = drafts[0].body.split("\n\n")
    assert paragraphs[0].startswith("今年以来，绥化市在全市老旧小区推行“红色物业”")
    assert (
        paragraphs[-1].strip() == "截至目前，全市已有“红色物业”企业46家，覆盖小区212个，居民满意率达到93%。"
    )


def test_a_table_row_or_a_gapped_line_under_no_headline_is_left():
    table = "各镇网格员配备情况\n\n北林区城区街道    网格员一百二十名\n"
    assert first_row_beside(table, None) == (table, None)
    flat = _PAGE.replace(
        "        绥化市“红色物业”让老小区焕新颜\n\n", "　　绥化市的老旧小区改造正在推进。\n\n"
    )
    assert first_row_beside(flat, None) == (flat, None)


def test_a_byline_with_a_wide_gap_is_no_row_of_two_columns():
    # a reporter and the correspondents set apart by four spaces (rv37 pages5, invented here)
    page = (
        "        鸡西市“暖心驿站”开进工地\n"
        "本报记者 孙志刚    通讯员 马丽娜 高远\n"
        "  今年以来，鸡西市在建筑工地开设\n"
        "“暖心驿站”，为工人提供热水、休息\n"
        "和充电服务。\n"
        "  驿站已接待工人8000余人次。\n"
        "密山市推行“板凳会”\n"
        "本报记者 周明\n"
        "  今年以来，密山市在各村推行“板凳会”。\n"
    )
    assert first_row_beside(page, None) == (page, None)
