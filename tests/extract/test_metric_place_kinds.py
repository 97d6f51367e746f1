"""The kinds of place in brackets after an administrative noun (`县（市、区）`, `乡镇（街道）`, `村（社区）`) are part of
what a count counts: the label keeps them (the cards had shown `县 36个` for `36个县（市、区）`). Any other bracket
after a label's words stays an aside, left out. Invented sentences."""

from builder.extract.metrics import extract_metrics


def _labels(text: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(text)]


def test_the_bracketed_kinds_after_an_administrative_noun_stay_in_the_label() -> None:
    assert _labels("全省已有48个县（市、区）推行“院落议事”。") == [("县（市、区）", 48, "个")]
    assert _labels("全市17个乡镇（街道）建起议事厅。")[0][0].startswith("乡镇（街道）")
    assert _labels("目前已覆盖全部133个村（社区）。") == [("村（社区）", 133, "个")]
    assert _labels("全州9个县（市）开展试点。") == [("县（市）", 9, "个")]
    # the kinds are no head noun of their own: the offices of the towns are counted, not the towns
    assert _labels("在6个镇（街道）司法所设立调解窗口。")[0][0] == "镇（街道）司法所"


def test_another_bracket_stays_an_aside() -> None:
    assert _labels("新建议事长廊（亭）14处。") == [("议事长廊", 14, "处")]
