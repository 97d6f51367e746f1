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


def test_a_figure_of_the_old_state_is_no_metric() -> None:
    body = "说起5年前的村集体经济，村支书直摇头：一年收入不到3万元，办事全靠上级拨款。如今村集体年收入突破30万元。"
    assert values(body) == [300000]


def test_a_change_from_the_old_state_to_now_keeps_both_figures() -> None:
    body = "村集体收入从3年前的不到3万元增加到今年的30万元。"
    assert sorted(values(body)) == [30000, 300000]
