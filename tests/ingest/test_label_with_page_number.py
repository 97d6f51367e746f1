"""A column's label with the page's number after a gap in the head band (`县域　　　　　7`, under the date line; a
provincial daily's kind, real published pages): page furniture. Before, it was read as text, an article of its
own: the report's first reporter line then started another article, the second line (`本报通讯员 …`) a third,
the report titled by its kicker and its headline and reporters lost. Invented lines."""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "2026年3月2日　星期一\n{label}\n\n"
    "莱阳探索村企联建新路子——\n"
    "“飞地”项目让薄弱村有了稳定收入\n\n"
    "{first}\n"
    "{second}\n\n"
    "　　今年以来，莱阳市推行村企联建，引导\n"
    "32个薄弱村抱团投资“飞地”项目，村均增\n"
    "收8.6万元。\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("□本报记者 孙海涛 李青", "本报通讯员 王磊 赵 宁"),
        ("本报记者 孙海涛", "通讯员 王磊"),
    ],
)
def test_a_label_with_the_page_number_over_a_report_with_two_reporter_lines(first, second):
    (article,) = segment(
        assemble(classify_page(_PAGE.format(first=first, second=second, label="县域　　　　　　　　7")))
    )
    assert article.title == "“飞地”项目让薄弱村有了稳定收入"
    assert article.subtitle == "莱阳探索村企联建新路子"
    assert article.byline.replace(" ", "") == (first.lstrip("□") + second).replace(" ", "")
    assert article.text.startswith("今年以来，莱阳市推行村企联建")
