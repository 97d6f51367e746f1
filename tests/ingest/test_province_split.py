"""Two reports run together with no blank line nor head between them, both headlines printed together at the
page's foot (R7 r7_04's kind): a dateline report from one province, then a feature from another opening on
a scene with no place. The run is cut before the scene, each report titled by its own headline. A report that
names a place of its own province again, or no province, is never cut. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_FIRST = (
    "本报讯（记者 林涛）\n"
    "　　近日，金州区友谊街道一处老旧小\n区的居民因停车问题发生争执，网格\n员及时上报，街道迅速介入化解。\n"
    "　　近年来，友谊街道在网格中建立党\n小组，由党员担任网格员，今年已化\n解矛盾纠纷126件。\n"
)
_SCENE = "　　雪山连绵，草场无垠。\n"
_SECOND = (
    "　　走进西藏自治区日喀则市定日县岗\n嘎镇的党员中心户家中，几名牧民正\n在学习防疫知识。\n"
    "　　定日县设立党员中心户36个，联系\n群众1200余户。\n"
)
_FOOT = "\n友谊街道网格化解邻里纠纷\n党员中心户扎根雪域高原\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page("某某边疆报　第 2 版\n\n" + page)))


def test_two_reports_from_two_provinces_run_together_are_cut_before_the_scene():
    articles = _articles(_FIRST + _SCENE + _SECOND + _FOOT)
    assert [a.title for a in articles] == ["友谊街道网格化解邻里纠纷", "党员中心户扎根雪域高原"]
    assert articles[1].paragraphs[0] == "雪山连绵，草场无垠。"
    assert articles[0].paragraphs[-1].startswith("近年来，友谊街道")


@pytest.mark.parametrize(
    "second",
    [
        # the same province's places again (金州区, 大连 in 辽宁): one report
        "　　在大连市金州区，街道还组建了调\n解队12支，吸纳党员调解员80名。\n",
        # no place at all: one report
        "　　下一步，街道将推广这一做法，让\n更多小区的矛盾就地化解。\n",
    ],
)
def test_a_report_staying_in_its_province_is_not_cut(second):
    articles = _articles(_FIRST + second + "\n友谊街道网格化解邻里纠纷\n")
    assert len(articles) == 1


# heldout14 p08's kind: the second report closed by its own credit (`（本报记者 易文）`). The run is cut later
# (`split_by_province`) than the credit is read, so the credit went to the first report (`本报讯（…） 本报记者 易文`)
# and the second had none. The credit now goes with the report it closes.


def test_the_second_reports_closing_credit_goes_with_it_after_the_cut():
    articles = _articles(_FIRST + _SECOND + "（本报记者 易文）\n" + _FOOT)
    assert [(a.title, a.byline) for a in articles] == [
        ("友谊街道网格化解邻里纠纷", "本报讯（记者 林涛）"),
        ("党员中心户扎根雪域高原", "本报记者 易文"),
    ]


def test_a_credit_closing_the_first_report_stays_with_it():
    # the credit right under the first report, before the second starts: the first's
    page = _FIRST + "（本报记者 易文）\n" + _SECOND + _FOOT
    articles = _articles(page)
    assert articles[0].byline == "本报讯（记者 林涛） 本报记者 易文"
    assert len(articles) == 2 and articles[1].byline is None


def test_with_no_cut_the_closing_credit_stays_with_the_one_report():
    second = "　　在大连市金州区，街道还组建了调\n解队12支，吸纳党员调解员80名。\n"
    articles = _articles(_FIRST + second + "（本报记者 易文）\n\n友谊街道网格化解邻里纠纷\n")
    assert len(articles) == 1 and articles[0].byline == "本报讯（记者 林涛） 本报记者 易文"
