"""R15 kind (invented lines): the bodies first, then under the last one an editor's credit in square brackets
(`【编辑某某】`) and the page's headlines, each standing apart between blank lines, the first wrapped over two lines
after a comma. Negatives: headline-shaped lines apart with text under them, one headline alone."""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE, HEADLINE
from tests.support.pages import page_articles, page_units

_BODIES = (
    "　　今年以来，某县某镇着力打造“智慧网格”，网格员走访入户，\n"
    "及时了解社情民意，化解矛盾纠纷。\n"
    "　　网格员还主动帮助孤寡老人打扫卫生，为困难群众办实事。\n"
    "\n"
    "　　7日，20名大学生“红色物业”专员走进某社区，以快板、小品\n"
    "等方式向居民宣讲政策。\n"
    "　　大学生们说，要把“红色种子”播撒到每个楼栋。\n"
)
_EDITOR = "【编辑王某】\n"
_FOOT = "\n“红色物业”大学生进社区宣讲政策，\n让“红色种子”生根发芽\n\n网格员走家入户暖民心\n"


def test_an_editors_credit_in_square_brackets_is_furniture():
    units = page_units(_BODIES + _EDITOR)
    assert [unit.kind for unit in units if unit.text == "【编辑王某】"] == [FURNITURE]


def test_headlines_apart_at_the_foot_title_the_bodies_above():
    units = page_units(_BODIES + _EDITOR + _FOOT)
    assert [unit.text for unit in units if unit.kind == HEADLINE] == [
        "“红色物业”大学生进社区宣讲政策，让“红色种子”生根发芽",
        "网格员走家入户暖民心",
    ]
    articles = page_articles(_BODIES + _EDITOR + _FOOT)
    assert [article.title for article in articles] == [
        "网格员走家入户暖民心",
        "“红色物业”大学生进社区宣讲政策，让“红色种子”生根发芽",
    ]


def test_lines_apart_with_text_under_them_or_one_headline_alone_are_no_foot_headlines():
    under = _FOOT + "\n　　某社区还组织志愿者上门服务，受到居民欢迎。\n"
    one = "\n网格员走家入户暖民心\n"
    for foot in (under, one):
        units = page_units(_BODIES + _EDITOR + foot)
        assert not any(unit.kind == HEADLINE for unit in units), foot
