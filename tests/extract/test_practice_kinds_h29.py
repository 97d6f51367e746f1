"""Practices heldout29 missed or mistook, by kind (invented lines): quote marks OCR mismatched (”便民直通车”,
“红色帮扶队“) around a name; a team named after the people it is formed of (党员组成的“助餐小分队”); a role
served well (当好“流动调解员”); a figure an editor's note quotes (“16处”) is a count, no name."""

from __future__ import annotations

from builder.extract.practice_quotes import mended_marks
from builder.extract.practices import extract_practices


def _names(body: str) -> list[str]:
    return extract_practices("", body)


def test_quote_marks_ocr_mismatched_are_read_as_printed() -> None:
    body = (
        "区里组建“红色帮扶队“，从机关党员、律师和专家中选派队员，结对联系商户，帮助解决经营中的各种难题。"
        "帮扶队还推出”便民直通车”服务，帮助商户办理证照。"
    )
    assert mended_marks(body).count("“") == 2 and mended_marks(body).count("”") == 2
    assert "便民直通车" in _names(body)
    nested = "“我们要做好“两委”工作，让大家满意。”他说。"  # nested marks stay as printed
    assert mended_marks(nested) == nested


def test_a_team_named_after_its_members_is_a_name() -> None:
    assert _names("食堂还有党员志愿者组成的“助餐小分队”，为老人送餐上门。") == ["助餐小分队"]
    assert _names("由党员组成的“铁军”冲在一线。") == []


def test_a_role_served_well_is_named() -> None:
    assert _names("我们鼓励他们当好“流动调解员”，全省已有200名司机加入。") == ["流动调解员"]


def test_a_quoted_figure_is_no_name() -> None:
    assert _names("编辑：调解室数量与初稿的“16处”不一致，请核实。") == []
