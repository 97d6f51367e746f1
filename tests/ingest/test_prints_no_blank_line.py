"""pagelines.prints_no_blank_line: the one answer to "the page prints no blank line" (blanklines, toplabels,
furniture ask it; invented lines)."""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE, prints_no_blank_line
from builder.ingest.units import classify_page


def test_a_page_with_no_blank_line_between_its_first_and_last_lines() -> None:
    page = [
        "辽沈基层周刊  2026年8月11日",
        "党员在社区",
        "振兴区临江街道：",
        "老楼加装电梯“议”出来",
        "　　本报讯…",
    ]
    assert prints_no_blank_line(page)
    assert prints_no_blank_line(["", *page, "", ""])  # blank lines over and under the text, the last newline


def test_a_page_with_a_blank_line_inside_or_no_text() -> None:
    assert not prints_no_blank_line(["辽沈基层周刊", "", "党员在社区", "振兴区临江街道"])
    assert not prints_no_blank_line(["辽沈基层周刊", "   ", "党员在社区"])  # spaces alone are a blank line
    assert not prints_no_blank_line(["", "  ", ""])


def test_furniture_asks_the_same_a_file_ending_in_a_newline_prints_no_blank_line() -> None:
    # furniture counted the file's last newline as a blank line: its labels over the first headline on a page
    # printing no blank line (heldout16 p05, heldout17 p02 / p06 with no blank line) held only with no newline
    body = "海岛村的“领头雁”\n本报记者 苏雅琴\n　　清晨六点，晋江市金井镇围头村党委书记洪志远已经来到村口的海滩。\n"
    for page in (f"三农·乡村治理\n{body}", f"城乡治理报　　　第5版\n党建引领　基层善治\n{body}"):
        units = classify_page(page + "\n")
        assert [u.kind for u in units if u.text == "海岛村的“领头雁”"] == ["headline"]
        assert units[0].kind == FURNITURE and "基层善治" not in units[-1].text
    # a blank line inside the page: the two phrases are no label (negative)
    units = classify_page(
        f"城乡治理报　　　第5版\n党建引领　基层善治\n{body}\n第二篇的标题在这里\n　　正文。\n"
    )
    assert units[1].text == "党建引领　基层善治" and units[1].kind != FURNITURE
