"""A table's rows the extraction flattened into one run of text (`民生代办1260件100%矛盾调解318件97.8%…`, the lead
saw it on the heldout8 n05 kind): a count with a share right after it belongs to its own row. Labelling a count
skips a second count right after it (`组建63支622人的“青城义警”队伍`: the noun is after both), but a share there is
the row's next cell, so the noun after it is the NEXT row's name (1260 was labelled 矛盾调解)."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _labels(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_a_count_and_a_share_in_a_flattened_row_take_no_name_of_the_next_row():
    found = _labels(
        "各网格办理居民事项情况如下：民生代办1260件100%矛盾调解318件97.8%隐患排查574件99.1%"
    )  # invented
    by_value = {value: label for label, value, _ in found}
    assert "矛盾调解" not in by_value[1260] and "矛盾调解" not in by_value[100], found
    assert "隐患排查" not in by_value[318] and "隐患排查" not in by_value[97.8], found
    assert by_value[318] == by_value[97.8] == "矛盾调解", found


def test_a_second_count_after_a_count_still_hands_on_the_noun_after_both():
    assert ("青城义警队伍", 63, "支") in _labels("组建63支622人的“青城义警”队伍。")  # invented
