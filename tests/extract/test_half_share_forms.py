"""A half in words as a share in two more printed forms (issue 14, session 35): after 占比 (`…老人占比近一半`), and
second after another share of the same counted group in its own clause (`受访的800名村干部中，近三成认为…，超过一半
表示…`): 50 %, approximate when bounded. A half of time or things, or of no counted group, stays no metric.
Invented sentences."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics


def _halves(text: str) -> list[tuple[float, bool]]:
    return [(m.value, m.approx) for m in extract_metrics(text) if m.unit == "%" and m.value == 50]


@pytest.mark.parametrize(
    ("text", "halves"),
    [
        ("某小区共有住宅楼30幢、居民900户，60岁以上老人占比近一半。", [(50, True)]),
        ("全村党员中外出务工的占比为一半。", [(50, False)]),
        ("在受访的800名村干部中，近三成认为考核过多，超过一半表示每月仍需参加会议6次以上。", [(50, True)]),
        ("全县620名网格员中，35%是退役军人，过半是党员。", [(50, True)]),
    ],
)
def test_a_half_after_its_ratio_word_or_a_share_before_is_read(text, halves):
    assert _halves(text) == halves


@pytest.mark.parametrize(
    "text",
    [
        "镇里把一半时间用于走访群众，占比最高的是入户走访。",  # a half of time
        "全镇有党员300名，近三成在外务工，一半的村建起了活动室。",  # a half of things, after a share
        "在受访的村干部中，近三成认为考核过多，超过一半表示会议太多。",  # no counted group
    ],
)
def test_a_half_of_time_things_or_no_counted_group_stays_no_metric(text):
    assert _halves(text) == []
