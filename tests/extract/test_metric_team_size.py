"""A team's size summing up the members listed before it (`由民警、律师和调解员三人组成`, `由…等5人组成的…`) is who
the team is, not a figure of the work it did: the cards had shown `3 人`. A team set up and counted (`组建了12支调解
队伍`), the work it did, and the people of one kind a team is made of (`由38名党员组成的突击队`, `组织…80人组成巡逻队`:
whom it mobilised, as the corpus gold counts them) stay metrics. Invented sentences."""

from builder.extract.metrics import extract_metrics


def _labels(text: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(text)]


def test_the_size_of_a_team_made_up_of_its_members_is_no_metric() -> None:
    assert _labels("村里成立帮办小组，由会计、网格员和退休教师三人组成，已帮办事项41件。") == [
        ("帮办事项", 41, "件")
    ]
    assert _labels("帮办队由老党员、返乡能人等6人组成。") == []
    assert [value for _, value, _ in _labels("由退休教师、老党员等9人构成的“夕阳帮办队”办结诉求52件。")] == [
        52
    ]


def test_teams_set_up_and_people_mobilised_stay_counts() -> None:
    assert _labels("镇里组建了15支帮办队伍。") == [("帮办队伍", 15, "支")]
    assert ("党员", 38, "名") in _labels("组建由38名党员组成的突击队。")  # one kind of people mobilised
    assert ("党员志愿者", 80, "人") in _labels("由街道牵头，组织党员志愿者80人组成巡逻队。")
