"""A headline the extraction glued to the last line of the article above, no line break between them (layouts34
p05, invented here): `…一位居民说。铁西区“楼道议事会”议出新气象` over `　　本报讯（记者 …）…`. The headline was
read into the body above and the report under it lost its title. The sentence ends the body above, the rest is the
next article's headline. Negatives: a line going on with a clause after its sentence end, a line with no byline
under it.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_HEAD = "沈阳“街巷管家”守护背街小巷\n\n"
_LEAD = (
    "　　本报讯（记者 高远）今年以来，沈阳市在中心\n"
    "城区推行“街巷管家”，已选聘管家860名。\n"
    "　　“街巷干净了，住着也舒心。”家住和平区的一\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_a_headline_glued_to_the_line_above_heads_the_next_report():
    page = (
        _HEAD + _LEAD + "位居民说。铁西区“楼道议事会”议出新气象\n"
        "　　本报讯（通讯员 孙丽）沈阳市铁西区在全区推行\n"
        "“楼道议事会”，已议定事项320件。\n"
    )
    articles = _articles(page)
    assert [a.title for a in articles] == ["沈阳“街巷管家”守护背街小巷", "铁西区“楼道议事会”议出新气象"]
    assert articles[0].text.rstrip().endswith("家住和平区的一位居民说。")
    assert articles[1].byline == "本报讯（通讯员 孙丽）"


def test_a_clause_or_a_line_without_a_byline_under_it_stays_text():
    clause = _HEAD + _LEAD + "位居民说。今年铁西区也将推广这一做法\n经验，惠及更多群众。\n"
    assert len(_articles(clause)) == 1
    assert "推广这一做法经验" in _articles(clause)[0].text
