"""A bound before the units it sorts out, with no 的 between them (`10万元以上村占比`, `收入50万元以上村达到12个`):
a threshold naming which units are counted, never a figure of its own (real R31b: `村 约10万元` charted), and the
share or count after it names the bound (`10万元以上村占比`). Invented sentences of the same shape; negative: a bound
closing the clause (`达到10万元以上`) is the figure."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def found(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_a_bound_before_the_units_it_sorts_is_no_figure() -> None:
    assert found("全县20万元以上村占比由30%上升至85%。") == [
        ("20万元以上村占比", 30, "%"),
        ("20万元以上村占比", 85, "%"),
    ]
    assert found("经营性收入30万元以上村达到15个。") == [("经营性收入30万元以上村", 15, "个")]


def test_a_bound_closing_its_clause_is_the_figure() -> None:
    assert found("今年村集体收入达到10万元以上。") == [("村集体收入", 100000, "元")]
    # (said of all the units, 全部达到10万元以上, it is a bar they all pass: none, test_metric_bars_all_pass)
