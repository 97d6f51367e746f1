"""A page head whose section label is glued to the page's code (real R28's kind, a Hong Kong paper's page:
`香港商报　2026年1月8日　星期四　内地A6`), in simplified or traditional characters: furniture, never a headline.
Before, it became the headline of a spurious article holding the first report's first paragraphs (or the first
headline's kicker). A label glued to a page code alone on a line (`党员干部带头A6`) says nothing of a page."""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line
from tests.support.pages import page_articles


@pytest.mark.parametrize(
    "line",
    [
        "青禾商报　2026年1月8日　星期四　内地A6",
        "青禾商報　2026年1月8日　星期四　內地A6",
        "2026年3月2日 星期一 要闻A02",
    ],
)
def test_a_head_with_its_label_glued_to_the_page_code_is_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["党员干部带头A6", "社区治理A6"])
def test_a_label_and_a_page_code_alone_are_no_page_head(line):
    assert not is_furniture_line(line)


def test_the_page_head_opens_no_article():
    page = (
        "青禾商报　2026年1月8日　星期四　内地A6\n\n"
        "福建古田：红色合作社 跑出增收“加速度”\n\n"
        "　　去年入秋，古田县城东街道青禾村村民\n林大伯家的柿子树开始掉叶了，专家经过\n实地调查发现，问题出在化肥上。\n\n"
        "　　针对这个问题，青禾村党支部领办的合\n作社与企业签订有机菌肥购买合同。\n"
    )
    (article,) = page_articles(page)
    assert (article.title, article.subtitle) == ("福建古田：红色合作社 跑出增收“加速度”", None)
    assert article.paragraphs[0].startswith("去年入秋")
