"""People set for each unit (`每个村配备1名“协商联络员”`, `每条巷道明确1名“巷长”`, `每个行政村至少储备2名后备力量`):
a staffing standard, counted like `每300户划分一个网格` (issue 14, blind pages; heldout20's gold: a per-unit count
kept as a metric), not a norm of each person (`每名党员联系2户`) nor the make-up of a unit's team (`每个网格由1名社区
干部和2名党员楼长负责`: who it is made of). Invented sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _values(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(text)]


def test_people_set_for_each_unit_are_counted():
    assert _values("镇里为每个村配备1名“议事联络员”，负责收集议题。") == [(1, "名")]
    assert _values("每条巷道明确1名“巷长”，由社区干部担任。") == [(1, "名")]
    assert _values("每个行政村至少储备2名村级后备干部。") == [(2, "名")]


def test_a_norm_of_each_person_or_a_team_made_up_stays_no_count():
    assert _values("每名党员联系2户困难群众。") == []
    assert _values("每个网格由1名社区干部和2名党员楼长负责。") == []
    assert _values("每个楼栋配备1个应急箱。") == []
