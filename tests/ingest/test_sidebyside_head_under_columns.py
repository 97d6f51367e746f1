"""Side-by-side columns (builder.ingest.sidebyside) over an article printed across the page: its headline,
as narrow as the left column, stands under a blank line and over a line crossing the column edge (its `——`
subtitle or its lead). It ends the columns' stretch and stays above its own article; it was read as the left
column's last line, so the right column came after it and the headline split the right column's article off
its own. Invented lines, laid out as the page's reader hands them on (full-width indents made two ASCII
spaces)."""

from __future__ import annotations

from builder.ingest.sidebyside import heads_full_width, unfold_columns
from tests.support.pages import side_by_side_row

EDGE = 32


def row(left: str, right: str = "") -> str:
    return side_by_side_row(left, right, EDGE)


COLUMNS = [
    row("青禾县“板凳会”议出和气", "桐柏镇“红色代办”跑出加速度"),
    row("本报记者 吴琳", "本报讯（记者 周晓）近日，桐柏"),
    row("  今年以来，青禾县在各乡镇", "镇在各村设立代办点，党员代办"),
    row("推行“板凳会”，每月组织村", "员帮群众办理社保、医保等事项"),
    row("民围坐议事，已议定修路等事", "，今年以来已代办事项3200余"),
    row("项46件。", "件。（周晓）"),
    "",
]
WIDE = [
    "“联村”共富　点燃集体经济新引擎",
    "  ——石桥镇发展壮大村级集体经济纪实",
    "",
    "  近年来，石桥镇推动八个村联合经营，办起劳务公司和合作",
    "社，村级集体经济收入全部超过十万元。",
]


def _lines(page: list[str]) -> list[str]:
    return unfold_columns("\n".join(page)).split("\n")


def test_a_headline_under_the_columns_ends_them_and_heads_its_article() -> None:
    lines = _lines(COLUMNS + WIDE)
    head = lines.index("“联村”共富　点燃集体经济新引擎")
    right_end = lines.index("件。（周晓）")
    assert right_end < head  # the right column is read before the headline, not after it
    assert lines[head - 1] == ""
    assert lines[head + 1] == "  ——石桥镇发展壮大村级集体经济纪实"
    assert lines[head + 2 : head + 4] == ["", "  近年来，石桥镇推动八个村联合经营，办起劳务公司和合作"]


def test_a_headline_right_over_the_wide_lead_ends_them_too() -> None:
    lines = _lines([*COLUMNS, WIDE[0], *WIDE[3:]])
    head = lines.index("“联村”共富　点燃集体经济新引擎")
    assert lines.index("件。（周晓）") < head
    assert lines[head + 1].startswith("  近年来")


def test_a_head_of_the_left_column_stays_in_it() -> None:
    # under a blank line, headline-shaped, but more of the left column follows in its own width
    page = [*COLUMNS[:-1], "", "板凳会议出新风气", row("  村民们说，有事大家商量着办。"), *WIDE[3:]]
    lines = [(line, number) for number, line in enumerate(page, start=1)]
    assert not heads_full_width(lines, page.index("板凳会议出新风气"), EDGE)


def test_a_left_line_not_under_a_blank_line_or_not_a_headline_is_no_head() -> None:
    page = [*COLUMNS[:-1], "“联村”共富　点燃集体经济新引擎", *WIDE[3:]]  # no blank line over it
    lines = [(line, number) for number, line in enumerate(page, start=1)]
    assert not heads_full_width(lines, len(COLUMNS) - 1, EDGE)
    page = [*COLUMNS, "村级集体经济收入全部超过，", *WIDE[3:]]  # a sentence's line, its clause open
    lines = [(line, number) for number, line in enumerate(page, start=1)]
    assert not heads_full_width(lines, len(COLUMNS), EDGE)
