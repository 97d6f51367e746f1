"""Real R24 kinds (invented lines): a portal's `某某在线某省消息（名）：` dateline glued to the lead, and a
reporter line ending with what the reporter did (`…记者某某文/图`) closing a report on a page with no blank line."""

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.datelines import split_baoxun


def test_portal_dateline_and_its_colon():
    assert split_baoxun("华北在线山西消息（王小青）：近日，某村村民…") == (
        "华北在线山西消息（王小青）",
        "近日，某村村民…",
    )


def test_online_in_a_sentence_is_no_dateline():
    assert split_baoxun("在线上消息（通知）发出后，…")[0] is None
    assert split_baoxun("线上线下消息互通，…")[0] is None


def test_reporter_line_with_work_after_names():
    assert is_byline_text("某城日报社全媒体记者周文远文/图")
    assert is_byline_text("本报记者 张某 图/文")


def test_headline_ending_with_work_mark_is_no_byline():
    assert not is_byline_text("党建引领文/图")
