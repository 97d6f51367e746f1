"""A body's jump to another page (`（下转第3版）`) ends its part on this page (headlinecontext.after_body): a headline
standing apart under it, over an indented lead, opens the next article (real R22 r22_02: a pdftotext `-layout`
page, the second report's headline `…丨…：…，…` read as a line of the first report's text). Negative: a
headline-shaped line under a jump line with no body of its own under it stays text."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_FIRST = (
    "            村 美 民 富   治 理 有 方\n\n"
    "        走进某某市的几个村子，议事会每月开一次，村民的\n"
    "    事情有人管、有人问，群众说话有了去处。\n"
    "                              （下转第3版）\n\n\n\n"
)
_SECOND = (
    "      基层治理观察丨某某市某某区：服务有温度，邻里更和睦\n\n"
    "        清晨的某某社区小广场上，老人们围坐聊着家常；午后，\n"
    "    志愿者忙着为居民修理家电。走进某某区某某街道，这些\n"
    "    温暖场景随处可见。\n"
)


def _articles(page: str) -> list[tuple[str, str]]:
    with data_dir_fixed():
        return [(a.title, a.text) for a in segment(assemble(classify_page(page)))]


def test_a_headline_under_a_jump_line_opens_the_next_article() -> None:
    articles = _articles(_FIRST + _SECOND)
    assert [title for title, _ in articles] == [
        "村美民富 治理有方",
        "某某市某某区：服务有温度，邻里更和睦",  # (the series label before `丨` is furniture: serieslabels.py)
    ]
    assert "服务有温度" not in articles[0][1]


def test_a_line_under_a_jump_line_with_no_body_under_it_is_no_headline() -> None:
    page = _FIRST + "      服务有温度，邻里更和睦\n"
    assert [title for title, _ in _articles(page)] == ["村美民富 治理有方"]
