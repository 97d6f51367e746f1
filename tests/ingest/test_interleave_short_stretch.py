"""A stretch of lines taken for two columns read across that is shorter than one run of the rows
(interleave._rows_or): the last run is cut at most to the whole stretch. An invented page of two short
video-report briefs (found by a colleague at d030d12: ingest skipped the page with `ValueError: zip()
argument 2 is longer than argument 1`)."""

from __future__ import annotations

from tests.support.pages import TWO_VIDEO_REPORTS, unweaved_page_articles


def test_a_stretch_shorter_than_a_run_of_rows_is_read_without_error():
    articles = unweaved_page_articles(TWO_VIDEO_REPORTS)
    assert [a.title for a in articles] == ["春风满怀青石巷", "特殊的“门牌图”"]
    assert articles[0].text.startswith("青石巷社区现在有14个民族、1332户")
    assert articles[1].text.startswith("近日，在青禾县柳岸街道河湾社区的宣传栏里")


def test_the_rows_tried_never_outnumber_the_lines():
    """Two lines left to split, runs of four rows: each reading tried assigns exactly the two lines."""
    from builder.ingest.interleave import _rows_or
    from builder.ingest.interleave_split import ColumnSplit

    lines = ["家宴，邀请各族居民参加。", "的“门牌图”，居民一看就明白。"]
    problem = ColumnSplit(
        lines, "社区每逢节日都组织百", "社区的宣传栏里，悬挂着8张特殊", [(0.0, 0.0)] * 2, 3, 1
    )
    assert len(_rows_or(problem, [True, False], [0, 1], 4)) == 2
