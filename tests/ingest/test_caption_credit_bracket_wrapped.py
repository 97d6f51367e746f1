"""A photo's caption dropped between two lines of a sentence, its bracketed credit cut by the column's wrap after
the opening bracket and the name's first character (`…在书屋里看书。（刘` / `小红 摄）`, a real page's kind in a
22-character column): the caption, then the credit, and the sentence around them rejoined. Before, the caption's
line with the credit's beginning stayed in the body. Invented lines."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "“骑手书屋”开进商圈\n\n"
    "　　本报讯（记者 刘小红）近日，某某区在万象商圈建成\n"
    "首个“骑手书屋”，为快递员、外卖配送员提供休息和\n"
    "阅读的场所。书屋内设有阅读区和充电区，书架上摆\n"
    "骑手们在书屋里看书。{cut}\n"
    "{rest}\n"
    "放着政治、历史、文学等各类图书800余册。\n"
)


def _article(cut: str, rest: str):
    (article,) = segment(assemble(classify_page(_PAGE.format(cut=cut, rest=rest))))
    return article


def test_a_bracketed_credit_wrapped_after_its_first_characters():
    article = _article("（刘", "小红 摄）")
    assert [(p.text, p.credit) for p in article.captions] == [("骑手们在书屋里看书。", "刘小红 摄")]
    assert "书架上摆放着政治" in article.text
    assert "看书" not in article.text


def test_the_credit_wrapped_after_its_bracket_alone():
    article = _article("（", "刘小红 摄）")
    assert [(p.text, p.credit) for p in article.captions] == [("骑手们在书屋里看书。", "刘小红 摄")]
    assert "书架上摆放着政治" in article.text
