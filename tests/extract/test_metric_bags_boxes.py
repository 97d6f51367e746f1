"""Bags and boxes given out (`发放化肥120袋`, `10袋化肥`, `慰问品50箱`, a real report's kind) are counts: 袋 and 箱
are counting units. Before, the figure was no metric at all (or its label took the next figure). Invented
sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _values(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(text)]


def test_bags_and_boxes_are_counted():
    assert _values("合作社向入社农户发放化肥120袋、慰问品50箱。") == [(120, "袋"), (50, "箱")]
    assert _values("去年他拿到了3000元分红，外加6袋化肥（价值450元）。") == [
        (3000, "元"),
        (6, "袋"),
        (450, "元"),
    ]


def test_a_bag_in_a_figure_of_speech_is_no_count():
    assert _values("村民的钱袋子鼓起来了。") == []
