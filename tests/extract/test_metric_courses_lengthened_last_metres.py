"""Three kinds of figure in a reply or a profile (heldout38 p06's kinds; invented sentences): courses counted by
门 (`开设课程12门`) are a count, as lessons by 节 are (before: no metric); one thing's time lengthened
(`保管时长由12小时延长至24小时`) is a duration, though 时长 names it (before: both ends counted as hours summed);
`最后100米` is the end of a road, a slogan's distance, no count (before: a metric of 100 米)."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _values(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(text)]


def test_courses_counted_by_men_are_a_count():
    assert _values("老年学校开设剪纸、太极等课程8门，学员320人。") == [(8, "门"), (320, "人")]


def test_men_in_a_word_is_no_course():
    assert _values("街道新开3门店，另有2门诊部。") == []


def test_one_things_time_lengthened_is_a_duration():
    assert _values("驿站开放时长由8小时延长至14小时，新增座椅30把。") == [(30, "把")]
    assert _values("志愿服务时长累计9800小时。") == [(9800, "小时")]


def test_the_last_metres_are_no_count():
    assert _values("打通为民服务最后50米，新建服务点16个。") == [(16, "个")]
    assert _values("新修步道1200米。") == [(1200, "米")]
