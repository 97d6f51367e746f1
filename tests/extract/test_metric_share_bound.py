"""A share with a lower bound before 的 and the things it is a share of (`社区85%以上的纠纷`, `七成以上的诉求`): a
metric, the share of them (real published articles print the kind: `…90%以上的矛盾在楼栋里化解`); a rate or a
degree right before it keeps it a bar the things counted pass (`满意度95%以上的小区`), no metric, as before.
Invented sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _values(text: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(text)]


def test_a_bounded_share_of_the_things_after_it_is_a_metric():
    assert _values("如今，“红色楼长”让河东小区85%以上的纠纷在楼道里解决。") == [(85, "%")]
    assert _values("去年以来，街道七成以上的诉求在网格内办结。") == [(70, "%")]
    (share,) = extract_metrics("如今，“红色楼长”让河东小区85%以上的纠纷在楼道里解决。")
    assert share.approx


def test_a_bar_a_rate_sets_stays_no_metric():
    assert _values("全区满意度95%以上的小区达到36个。") == [(36, "个")]
    assert _values("去年全县村集体经营性收入10万元以上的村达到41个。") == [(41, "个")]
