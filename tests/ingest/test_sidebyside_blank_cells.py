"""Side-by-side columns (builder.ingest.sidebyside) whose rows print one column only: the other column's blank
line there is kept (a headline apart from its byline), and a right column's indented lead may open under its
dateline (`本报讯（记者 …）`), not only under a finished sentence. Invented lines, laid out as the page's reader
hands them on (full-width indents made two ASCII spaces)."""

from __future__ import annotations

from builder.ingest.sidebyside import cut_at_indent, opens_paragraph_under, unfold_columns
from tests.support.pages import side_by_side_row

EDGE = 32


def row(left: str, right: str = "") -> str:
    return side_by_side_row(left, right, EDGE)


PAGE = [
    row("青禾县“板凳会”议出和气", "桐柏镇“红色代办”跑出加速度"),
    row("", "本报讯（记者 周晓）"),
    row("本报记者 吴琳", "  近日，桐柏镇在各村设立代办"),
    row("  今年以来，青禾县在各乡镇", "点，党员代办员帮群众办理社"),
    row("推行“板凳会”，每月组织村", "保、医保等事项。"),
    row("民围坐议事，已议定修路等事", "  今年以来已代办事项3200"),
    row("项46件。", "余件。"),
    row("", "  群众说：“办事不用跑了。”"),
]


def test_a_row_printing_only_the_right_column_is_a_blank_line_of_the_left_one() -> None:
    lines = unfold_columns("\n".join(PAGE)).split("\n")
    head = lines.index("青禾县“板凳会”议出和气")
    assert lines[head + 1 : head + 3] == ["", "本报记者 吴琳"]  # the headline stood apart from its byline
    # the left column's blank cells after its last line are no lines of it: one blank line, then the right
    end = lines.index("项46件。")
    assert lines[end + 1 : end + 3] == ["", "桐柏镇“红色代办”跑出加速度"]


def test_the_right_columns_indented_lead_opens_under_its_dateline() -> None:
    lines = unfold_columns("\n".join(PAGE)).split("\n")
    dateline = lines.index("本报讯（记者 周晓）")
    assert lines[dateline + 1] == "  近日，桐柏镇在各村设立代办"
    assert [line for line in lines if line][-2:] == ["余件。", "  群众说：“办事不用跑了。”"]


def test_an_indent_under_a_right_line_left_mid_sentence_is_no_paragraph() -> None:
    line = row("推行“板凳会”，每月组织村", "  点，党员代办员帮群众办理社")
    assert cut_at_indent(line, EDGE, [("本报讯（记者 周晓）", 2)]) is not None
    assert cut_at_indent(line, EDGE, [("近日，桐柏镇在各村设立代办", 3)]) is None
    # a reporter line wrapped after its role, a dateline's bracket left open: the names go on, no lead opens
    assert cut_at_indent(line, EDGE, [("记者 吴琳 通讯员", 2)]) is None
    assert cut_at_indent(line, EDGE, [("本报讯（记者 周晓 通讯员", 2)]) is None


def test_an_indented_lead_opens_under_the_right_columns_headline() -> None:
    line = row("本报记者 吴琳", "  本报讯（记者 周晓）桐柏镇在各")
    assert cut_at_indent(line, EDGE, [("桐柏镇“红色代办”跑出加速度", 1)]) is not None
    kicker_and_head = [("党建引领促发展", 1), ("桐柏镇“红色代办”跑出加速度", 2)]
    assert cut_at_indent(line, EDGE, kicker_and_head) is not None
    # body lines above, or a line left open by a comma: no column's heads
    assert cut_at_indent(line, EDGE, [("桐柏镇在各村推行代办，", 1)]) is None
    body = [("桐柏镇", 1), ("在各村", 2), ("推行代办", 3), ("党员帮群众办事", 4)]
    assert cut_at_indent(line, EDGE, body) is None


def test_a_paragraph_opens_under_a_sentence_a_blank_line_or_a_whole_reporter_line() -> None:
    for above in ("保、医保等事项。", "", "本报讯（记者 周晓）", "本报记者 吴琳"):
        assert opens_paragraph_under(above), above
    for above in ("近日，桐柏镇在各村设立代办", "记者 吴琳 通讯员", "本报讯（记者 周晓 通讯员"):
        assert not opens_paragraph_under(above), above
