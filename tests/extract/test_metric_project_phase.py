"""A project's phase printed after its quoted name (issue 14, real R33 p3's kind; invented sentences): `“老来有伴”
三期老年手工小组` is the project's third phase, no count of anything; sessions counted after a verb (开课12期) and
digits after the name (“小哥课堂”已办12期) stay figures."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def _figures(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


def test_a_chinese_numeral_phase_after_a_quoted_name_is_no_figure():
    assert _figures("在某某街道“老来有伴”三期老年手工小组活动现场，老人们正在剪纸。") == []


def test_sessions_counted_stay_figures():
    assert _figures("今年以来，“小哥课堂”已开课12期，参与骑手300余人次。") == [(12.0, "期"), (300.0, "人次")]
