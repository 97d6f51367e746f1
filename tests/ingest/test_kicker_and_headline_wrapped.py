"""A kicker and a headline each wrapped over two lines in a narrow column, over a `——` subtitle (heldout12 p01):
`党建引领新就业群体` / `融入基层治理` / `“红色驿站”` / `暖了骑手心` / `——…见闻`. The headline is a quoted name
alone (who acts, nothing done) and what it did; the two lines over it, after a gap, are one kicker. Read as a
text line, a headline of its own (a spurious article) and a headline `“红色驿站”`. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.pagelines import HEADLINE, KICKER, SUBTITLE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BYLINE_AND_BODY = (
    "\n本报记者　王立\n"
    "　　傍晚六点，渭南市临渭区杜桥\n街道的“暖心小站”里，几名快递\n员正在休息、喝水。\n"
    "　　去年以来，街道党工委在商圈\n和小区周边建起小站9个。\n"
)


def _page(head: str) -> str:
    return f"渭北基层报\n2026年5月12日　第4版\n\n{head}{_BYLINE_AND_BODY}"


def test_a_kicker_and_a_headline_each_wrapped_over_two_lines():
    head = "党建引领快递小哥\n融入社区治理\n“暖心小站”\n暖了小哥心\n——临渭区杜桥街道服务\n新就业群体见闻\n"
    with data_dir_fixed():
        units = classify_page(_page(head))
        kinds = [(u.kind, u.text) for u in units if u.kind in (HEADLINE, KICKER, SUBTITLE)]
        articles = segment(assemble(units))
    assert kinds == [
        (KICKER, "党建引领快递小哥融入社区治理"),
        (HEADLINE, "“暖心小站”暖了小哥心"),
        (SUBTITLE, "——临渭区杜桥街道服务新就业群体见闻"),
    ]
    assert [(a.title, a.subtitle) for a in articles] == [
        ("“暖心小站”暖了小哥心", "临渭区杜桥街道服务新就业群体见闻")
    ]


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a headline of its own over the subtitle, a quoted name with what it did on one line: no wrap
        ("“暖心小站”暖了小哥心\n——临渭区杜桥街道服务新就业群体见闻\n", "“暖心小站”暖了小哥心"),
        # two lines of a sentence over the headline, apart from it, are no kicker
        (
            "临渭区杜桥街道\n建起小站9个。\n\n“暖心小站”\n暖了小哥心\n——临渭区杜桥街道见闻\n",
            "“暖心小站”暖了小哥心",
        ),
    ],
)
def test_no_kicker_where_none_is_printed(head, title):
    with data_dir_fixed():
        units = classify_page(_page(head))
        articles = segment(assemble(units))
    assert not [u for u in units if u.kind == KICKER]
    assert articles[-1].title == title
