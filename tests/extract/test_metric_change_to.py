"""A figure's change said with a one-character verb (降至, 降到, 升至; and 攀升至, 回升至, 骤降至), in the shape of a
real report tried in session 27 (text not kept: `每人费用从93元降至75元`): the verb was read as the label
(`降至` 93元, `降` 75元) or stayed glued to it (`发案率降` 0.5%). The thing that changed labels both figures, as
with 下降至 and 缩短到."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "健康证办理费用减免政策落地，每人费用从93元降至75元。",
            [("每人费用", 93, "元"), ("每人费用", 75, "元")],
        ),
        ("小区停车费由每月200元降到120元。", [("小区停车费", 200, "元"), ("小区停车费", 120, "元")]),
        ("今年以来，辖区发案率降至0.5%。", [("发案率", 0.5, "%")]),
        ("刑事案件发案数降至12起。", [("刑事案件发案数", 12, "起")]),
        ("群众诉求办结率升至98%。", [("群众诉求办结率", 98, "%")]),
        ("全年信访量回升至12件。", [("全年信访量", 12, "件")]),
    ],
)
def test_a_one_character_change_verb_is_no_label(text, expected):
    assert [(m.label, m.value, m.unit) for m in extract_metrics(text)] == expected
