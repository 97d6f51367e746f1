"""A figure a speaker points at as their own (这0.2亩地我种了快20年) is a story of one, no metric (issue 14, real
articles). Invented sentences of the kind, and the negatives."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def values(body: str) -> list[float]:
    return [m.value for m in extract_metrics(body)]


def test_what_a_speaker_points_at_as_their_own_is_no_metric() -> None:
    assert 0.5 not in values("“这0.5亩菜地我种了十几年，说占就占了？”老李找到调解员。")
    assert 3 not in values("“那3间老屋我住了半辈子。”王大爷说。")


def test_a_count_after_a_demonstrative_with_no_speaker_stays() -> None:
    assert 5 in values("在某市这5个地方，户外劳动者可免费充电、喝水。")
    assert 120 in values("社区今年调解纠纷120起，这120起纠纷全部当场化解。")
