"""A lab set up as a venue (“…实验室”) is a practice, named like a 工作室 (heldout26's kind, issue 14). Invented
sentences, and the negative."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_lab_set_up_as_a_venue_is_a_practice() -> None:
    body = "街道还联合高校建设“基层治理实验室”，高校教师带领学生开展调研课题18项。"
    assert extract_practices("", body) == ["基层治理实验室"]
    body = "高校学生还把课堂搬进社区，为居民开设书法、外语等课程。"
    assert extract_practices("", body) == []
