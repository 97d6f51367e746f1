"""A headline asking a question over its `——` subtitle (heldout18 p05 kind): `老旧小区没物业，谁来管？` ends like a
sentence, but standing after a gap over a dash subtitle it is the headline."""

from tests.support.pages import page_articles

_PAGE = """\
某某周报　　2026年6月3日　星期三　　第2版

小区停车难，怎么办？
——某县某街道探索“错时共享”盘活车位
本报记者 王海　通讯员 李青
街道在辖区推行“错时共享”停车，
机关单位夜间向居民开放车位，已
盘活车位600余个。
"""


def test_a_question_over_a_dash_subtitle_after_a_gap_is_the_headline():
    (article,) = page_articles(_PAGE)
    assert article.title == "小区停车难，怎么办？"
    assert article.subtitle == "某县某街道探索“错时共享”盘活车位"
    assert article.paragraphs[0].startswith("街道在辖区推行")


def test_a_question_inside_the_text_stays_text():
    page = """\
社区“共享车位”来了
本报记者 王海

　　街道在辖区推行“错时共享”停车，盘活车位600余个。
停车难，怎么办？
——这是居民常问的问题，如今有了答案。
"""
    (article,) = page_articles(page)
    assert article.title == "社区“共享车位”来了"
    assert any("停车难，怎么办？" in p for p in article.paragraphs)
