"""Two columns interleaved in blocks (real R17 kind, issue 14 finding 5: a body with another article's text glued
in): at a change of blocks a name the wrap cut after its surname (`…群众。”周` / `明远表示…`) read no better
than the other column's line (`…代表和一` / `个村民代表…`, itself a word across the break), so the split put
that line in the wrong column. A word the stretch prints whole inside a line (`周明远介绍`) spanning the break is
evidence. Invented lines; negatives: no such word printed whole, and a join already read as evidence."""

from __future__ import annotations

from builder.ingest.interleave_split import ColumnSplit

_LAST_A = "团结广大党员和群众。”周"
_LAST_B = "“2是指一个党员代表和一"


def _split(lines: list[str]) -> ColumnSplit:
    return ColumnSplit(lines, _LAST_A, _LAST_B, [(0.0, 0.0)] * len(lines), block=3, lead_b=0)


def test_a_name_printed_whole_elsewhere_is_evidence_across_the_break() -> None:
    lines = [
        "个村民代表，他们两个人分",
        "包15户，做到上情下达。",
        "明远表示，村里坚持公开。",
        "周明远介绍，支部壮大了。",
    ]
    problem = _split(lines)
    assert problem.join(_LAST_A, "明远表示，村里坚持公开。") < 0
    assert problem.solve() == [False, False, True, True]


def test_no_word_printed_whole_is_no_evidence() -> None:
    lines = [
        "个村民代表，他们两个人分",
        "包15户，做到上情下达。",
        "明远表示，村里坚持公开。",
        "支部党员人数壮大了。",
    ]
    assert _split(lines).join(_LAST_A, "明远表示，村里坚持公开。") > 0


def test_a_finished_sentence_or_a_word_across_the_break_keeps_its_cost() -> None:
    problem = _split(["周明远介绍，支部壮大了。"])
    assert problem.join("村里坚持公开。", "明远表示") == 0.0
    assert problem.join(_LAST_B, "个村民代表，他们两个人分") == -2.0
