"""Side-by-side columns (builder.ingest.sidebyside) whose paragraph indent the layout set as two CJK cells of
spaces (four ASCII spaces, as `pdftotext -layout` pads a full-width indent), not two: the right column's indented
paragraphs open past the edge by four columns (real R23 r23_02, a GBK e-paper page: the right article was read
inside the left one). Invented lines."""

from __future__ import annotations

from builder.ingest.sidebyside import cut_at_indent, unfold_columns
from tests.support.pages import side_by_side_row

EDGE = 32


def row(left: str, right: str = "") -> str:
    return side_by_side_row(left, right, EDGE)


PAGE = [
    row("青禾县“板凳会”议出和气", "桐柏镇“红色代办”跑出加速度"),
    row("", "本报记者 周晓"),
    row(""),
    row("    今年以来，青禾县在各", "    近日，桐柏镇在各村设立"),
    row("乡镇推行“板凳会”，每月组", "代办点，党员代办员帮群众办"),
    row("织村民围坐议事，已议定修路", "理社保、医保等事项。"),
    row("等事项46件。", "    今年以来已代办事项32"),
    row("    群众说，有事好商量了。", "00余件。"),
]


def test_the_right_columns_paragraphs_indented_four_spaces_stay_in_the_right_column() -> None:
    lines = [line for line in unfold_columns("\n".join(PAGE)).split("\n") if line]
    left_end = lines.index("    群众说，有事好商量了。")
    assert lines[left_end + 1] == "桐柏镇“红色代办”跑出加速度"
    assert lines[-2:] == ["    今年以来已代办事项32", "00余件。"]
    assert "代办点，党员代办员帮群众办" in lines[left_end:]


def test_an_indent_of_four_spaces_opens_a_paragraph_only_where_one_may_open() -> None:
    line = row("乡镇推行“板凳会”，每月组", "    今年以来已代办事项32")
    assert cut_at_indent(line, EDGE, [("理社保、医保等事项。", 5)]) is not None
    assert cut_at_indent(line, EDGE, [("代办点，党员代办员帮群众办", 4)]) is None  # a sentence left open
    three = row("乡镇推行“板凳会”，每月组", "   今年以来已代办事项32")  # three: no indent of either kind
    assert cut_at_indent(three, EDGE, [("理社保、医保等事项。", 5)]) is None
