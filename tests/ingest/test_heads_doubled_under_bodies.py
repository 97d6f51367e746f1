"""Real R36 p04's kind (issue 14), lines invented: a page printing each head UNDER its body, one blank line above
and below the head, each head bold-doubled over its two lines (`A` / `B` / `A` / `B`), the last one under a
series' label printed once, the page ending on it; the second body has a subheading between blank lines. Before,
the heads were read as text: the first title was made from the lead and the second body merged into the first.
Negatives: a head printed once mid-page keeps its equal gaps to the other rules (no cut by this rule), and two
lines that differ are no double."""

from __future__ import annotations

from builder.ingest.pagelines import HEADLINE, SUBTITLE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_FIRST = (
    "　　清晨六点，某某街道的党群服务站已经亮\n灯，环卫工人在这里接水、热饭、歇脚。\n"
    "　　服务站设在商场一层，面积不大，却配齐\n了桌椅、微波炉和充电柜。\n"
)
_FIRST_HEAD = "\n街角有个歇脚的\n暖心小站\n街角有个歇脚的\n暖心小站\n\n"
_SECOND = (
    "　　果园里，苹果挂满枝头，村民们忙着采摘\n装箱；冷库里，一箱箱果子正等着装车。\n"
    "　　这里是某某县青石村，两任驻村书记接力\n帮扶，村子的产业一步步壮大起来。\n\n"
    "一棵果树，富了一村人\n\n"
    "　　“过去种的是玉米，一年到头挣不了几个\n钱。”村民老周说，如今果园里的活干不完。\n"
)
_SECOND_HEAD = "\n“驻村日记”系列报道\n青石村两任书记的\n接力答卷\n青石村两任书记的\n接力答卷\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_heads_doubled_over_two_lines_under_their_bodies_title_them() -> None:
    articles = _articles(_FIRST + _FIRST_HEAD + _SECOND + _SECOND_HEAD)
    assert [a.title for a in articles] == ["街角有个歇脚的暖心小站", "青石村两任书记的接力答卷"]
    assert articles[1].paragraphs[0].startswith("果园里")
    assert articles[1].subtitle == "“驻村日记”系列报道"


def test_a_head_printed_once_or_lines_that_differ_are_no_double() -> None:
    once = _FIRST + "\n街角有个歇脚的\n暖心小站\n\n" + _SECOND
    # read by the other rules (a short head wrapped in larger type over the body under it,
    # wrappedheads.short_headline_wrapped_apart), never as a doubled head's title and subtitle
    units = classify_page(once)
    assert SUBTITLE not in [u.kind for u in units]
    assert [u.text for u in units if u.kind == HEADLINE] in ([], ["街角有个歇脚的暖心小站"])
    differ = _FIRST + "\n街角有个歇脚的\n暖心小站\n街角有个歇脚的\n温暖小站\n\n" + _SECOND
    assert {HEADLINE, SUBTITLE}.isdisjoint(u.kind for u in classify_page(differ))
