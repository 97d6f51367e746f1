"""pagelines.prints_no_blank_line: the one answer to "the page prints no blank line" (blanklines, toplabels,
furniture ask it; invented lines)."""

from __future__ import annotations

from builder.ingest.pagelines import prints_no_blank_line


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
