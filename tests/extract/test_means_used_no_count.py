"""The kinds of means a deed uses (`她用7种颜色在“民情图”上标出…`, real R35 p04; `采用三种方式收集民意`) are no
metric: they say how the work was done, not how much; kinds of service a unit offers stay counted. Invented
sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _counted(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_colours_used_to_mark_a_map_are_no_metric() -> None:
    body = "服务站的墙上，网格员用5种颜色在一张“网格地图”上标出80多户困难家庭。"
    assert [unit for _, _, unit in _counted(body)] == ["户"]


def test_ways_used_are_no_metric() -> None:
    body = "街道采用三种方式收集民意，共收集意见320条。"
    assert _counted(body) == [("意见", 320, "条")]


def test_kinds_of_service_offered_are_counted() -> None:
    body = "社区推出5种特色服务，服务居民2000余人次。"
    assert (5, "种") in [(value, unit) for _, value, unit in _counted(body)]


def test_kinds_put_to_use_by_the_work_are_counted() -> None:
    body = "合作社推广应用4种滴灌技术，引进试用2种玉米新品种，选用3种有机肥料。"
    assert [(value, unit) for _, value, unit in _counted(body)] == [(4, "种"), (2, "种"), (3, "种")]
