"""A `政策解读` box of `问：`/`答：` pairs printed right under a report whose credit closes it (layouts35 p02,
invented here): the box explains the policy, it is no article and in no body (tests/corpus/README.md). It was
written as an article of its own, titled by its label."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "贵州省推行村级事务“小微清单”\n\n"
    "　　贵州省近日在全省村级组织推行\n"
    "“小微清单”，梳理村级事项36项。\n"
    "　　目前，全省1.2万个行政村已完成\n"
    "清单公开。\n"
    "（记者 龙华 通讯员 杨芳）\n\n"
    "政策解读\n"
    "　　问：哪些事项列入清单？\n"
    "　　答：村级重大事项决策、资金使用\n"
    "和项目建设等事项列入清单。\n"
    "　　问：群众怎样监督？\n"
    "　　答：清单事项在村务公开栏公示，\n"
    "群众可以随时查询。\n"
)


def test_the_policy_box_is_no_article_and_in_no_body():
    articles = segment(assemble(classify_page(_PAGE)))
    assert len(articles) == 1
    assert articles[0].title == "贵州省推行村级事务“小微清单”"
    assert articles[0].byline == "记者 龙华 通讯员 杨芳"
    assert "问：" not in articles[0].text and "公示" not in articles[0].text


def test_the_label_over_prose_is_the_reports_subheading():
    """Not a box (rv35 #2): `政策解读` over prose, no `问：`/`答：` turn nor question under it, is the report's
    subheading; the rest of the report stays in its body."""
    page = (
        "医保政策送到村民家门口\n\n"
        "　　本报讯（记者 孙某）近日，某某县\n"
        "组织干部走进各村，讲解新政策。\n"
        "政策解读\n"
        "　　干部们结合村民关心的报销比例，逐\n"
        "条说明，印发宣传单800余份。\n"
        "村民反馈\n"
        "　　“这下心里有数了。”村民刘某说。\n"
    )
    articles = segment(assemble(classify_page(page)))
    assert len(articles) == 1
    assert "宣传单800余份" in articles[0].text and "心里有数" in articles[0].text
