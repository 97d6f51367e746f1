"""Figures heldout28 missed (invented lines in the style of its pages): windows and doors counted by 扇; a fee
charged for each unit with the fee named between the verb and the sum (每月每平方米收取物业费0.3元: the price the
practice set, not a per-person norm); people counted opening their clause, then what they passed or won
(412人通过职业资格考试: the label is what they achieved)."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _found(body: str) -> dict[tuple[float, str], str]:
    return {(m.value, m.unit): m.label for m in extract_metrics(body)}


def test_windows_and_doors_are_counted_by_their_leaves() -> None:
    assert (600, "扇") in _found("今年以来，社区推动更换楼道窗户600多扇。")
    assert (45, "扇") in _found("小区统一安装单元防盗门45扇。")


def test_a_fee_named_before_its_sum_for_each_unit_is_a_figure() -> None:
    assert (0.4, "元") in _found("服务队每月每平方米收取物业费0.4元，收费率提高到78%。")
    assert (2, "元") in _found("每户每月缴纳卫生费2元。")
    # a per-person norm of one or two stays no figure
    assert not _found("每名党员分别联系1户。")


def test_people_counted_opening_their_clause_are_labelled_by_what_they_achieved() -> None:
    found = _found("全市已有900名社区工作者完成等级评定，236人通过社会工作者职业资格考试。")
    assert found.get((236, "人")) == "通过社会工作者职业资格考试"
    assert found.get((31, "人")) is None
    assert _found("今年，31人获评优秀网格员。").get((31, "人")) == "获评优秀网格员"
