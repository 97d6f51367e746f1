"""R15 kinds (invented lines): two columns side by side whose right column opens an indented paragraph next to a
short left line (a photo's caption), the gap then resuming two columns past the edge (the indent of two full-width
spaces made ASCII); a rule drawn across both columns under them; the left column's article signed by a credit glued
to its last sentence (`…。（图/文 某某）`), the right column's first line read after it with its indent lost.
Negatives: a gap resuming past the edge under a right line left mid-sentence, a rule inside one column, a bracket
of a few words that names no role, a signed paragraph going on with no blank line."""

from __future__ import annotations

from builder.ingest.sidebyside import cut_at_indent, unfold_page
from tests.support.pages import page_articles, page_units

_EDGE = 38
_LEFT = [
    "  某街道为外卖骑手建起一间休息",
    "室，骑手可以在这里免费充电、加热",
    "饭菜。休息室全天开放，很受欢迎。",
    "某社区骑手驿站。",
    "  街道负责人说，下一步还将在各社",
    "区增设驿站，让骑手安心工作。",
]
_RIGHT = [
    "为推进志愿服务，某社区日前成立",
    "了邻里帮帮团，五十余名党员和居",
    "民报名参加。",
    "  “我要为邻居多办实事。”一位老",
    "党员说。社区书记表示，活动还将",
    "继续开展下去。",
]


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2000 and ch not in "“”" else 1 for ch in text)


def _rows(left: list[str], right: list[str]) -> list[str]:
    """The lines as read_page gives them: the right column at the edge, an indented paragraph's two full-width
    spaces made two ASCII ones, so its text resumes two columns past the edge."""
    return [a + " " * (_EDGE - _width(a)) + b for a, b in zip(left, right, strict=True)]


def test_a_right_paragraph_indented_next_to_a_short_left_line_is_read_in_the_right_column():
    text, numbers = unfold_page("\n".join(_rows(_LEFT, _RIGHT)) + "\n")
    assert numbers is not None
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    assert lines == [line.strip() for line in _LEFT + _RIGHT]


def test_a_gap_past_the_edge_under_a_sentence_left_open_is_no_indent():
    row = _rows(_LEFT[3:4], _RIGHT[3:4])[0]
    assert cut_at_indent(row, _EDGE, [("民报名参加。", 3)]) == (
        "某社区骑手驿站。",
        "  “我要为邻居多办实事。”一位老",
    )
    assert cut_at_indent(row, _EDGE, [("民报名参加，", 3)]) is None
    assert cut_at_indent(row.replace("    “", "     “"), _EDGE, [("民报名参加。", 3)]) is None  # three past


def test_a_rule_drawn_across_both_columns_ends_them_and_the_item_under_it_comes_last():
    item = "  某县某村把闲置校舍租给合作社，村集体每年增收6万元，村民在家门口就能务工。"
    page = "\n".join([*_rows(_LEFT, _RIGHT), "", "━" * 22, "", item]) + "\n"
    lines = [line.strip() for line in unfold_page(page)[0].split("\n") if line.strip()]
    assert lines[-2:] == ["━" * 22, item.strip()]
    assert lines[: len(_LEFT)] == [line.strip() for line in _LEFT]


def test_a_short_rule_inside_the_left_column_stays_in_it():
    left = [*_LEFT[:3], "━━━━━━", *_LEFT[4:]]
    lines = [line.strip() for line in unfold_page("\n".join(_rows(left, _RIGHT)) + "\n")[0].split("\n")]
    lines = [line for line in lines if line]
    assert lines.index("━━━━━━") < lines.index(_RIGHT[0])


_HEAD = "某街道：骑手有了歇脚处\n\n"
_SIGNED = "　　某街道为骑手建起休息室，骑手可以免费充电、加热饭菜。（图/文 李明）\n"
_NEXT = "为推进志愿服务，某社区日前成立了邻里帮帮团，五十余名党员和居民报名参加。\n"


def test_the_paragraph_after_a_blank_line_under_a_signed_last_sentence_opens_an_article():
    articles = page_articles(_HEAD + _SIGNED + "\n" + _NEXT)
    assert len(articles) == 2
    assert articles[1].paragraphs == [_NEXT.strip()]


def test_a_bracket_naming_no_role_or_a_signed_line_with_no_blank_under_it_opens_nothing():
    unsigned = _SIGNED.replace("（图/文 李明）", "（试行）")
    for page in (_HEAD + unsigned + "\n" + _NEXT, _HEAD + _SIGNED + _NEXT):
        assert not any(unit.opens for unit in page_units(page) if unit.kind == "text")
