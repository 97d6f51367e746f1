"""A project's phases are no figure: how many it is staged in (分两期推进) and one of them named by its number
(一期…，二期则…); sessions of a course counted stay figures (seeds: 专题培训班42期). Invented sentences of the kind
read on a real county's report (its figures were `推进县综治中心 2期`, `则突出高效集约 2期`)."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _counted(text: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(text)]


def test_the_phases_a_project_is_staged_in_count_nothing() -> None:
    text = (
        "桃源县分两期推进县便民服务中心建设。一期整合县信访接待中心等机构，设置县便民服务中心。"
        "二期则突出集约高效，县便民服务中心已受理事项540件。"
    )
    assert _counted(text) == [("受理事项", 540, "件")]
    assert _counted("社区分3期改造老旧小区12个。") == [("老旧小区", 12, "个")]
    assert _counted("项目分为三期建设，一期已建成驿站8个。") == [("驿站", 8, "个")]


def test_sessions_of_a_course_stay_counted() -> None:
    assert _counted("今年以来，街道举办党员专题培训班42期，培训党员600名。") == [
        ("党员专题培训班", 42, "期"),
        ("培训党员", 600, "名"),
    ]
    # a numeral opening its clause with no other phase named: three sessions, not the third phase
    assert _counted("三期培训班共培训党员200名。")[-1] == ("培训党员", 200, "名")
