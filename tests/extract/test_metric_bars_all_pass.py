"""A bar every one of the units passes, said of them all (`各村集体经营性收入全部超过8万元`, `均达到5万元以上`):
no figure of the work (issue 14, blind pages; the gold: `10万元` (a threshold) is not a metric); the units passing a
bar are counted where a count is printed. A rate all of them reach (`均达到100%`) and a total passed once stay
metrics. Invented sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _values(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(text)]


def test_a_bar_all_the_units_pass_is_no_metric():
    assert _values("去年，全县各村集体经营性收入全部超过8万元，其中超过30万元的村有17个。") == [(17, "个")]
    assert _values("两年来，全镇村级年收入均达到5万元以上。") == []
    assert _values("目前，东岭镇11个村集体收入都已超过20万元。") == [(11, "个")]


def test_a_bar_passed_by_a_share_or_reached_once_stays_a_metric():
    assert _values("全县村集体经营性收入突破2600万元。") == [(26000000, "元")]
    assert _values("全区网格员持证上岗率均达到100%。") == [(100, "%")]
    assert _values("今年村集体经营性收入达到58万元。") == [(580000, "元")]
