"""A column of dispatches (`一 线 传 真`, `基层传真`) whose items print no headline: each indented `◆` paragraph
standing apart opens an item of its own, however its lead opens (a quote, a scene), like the items of a 简讯
column. Invented lines in the shape of a real page (R14, open set): two untitled `◆` items under the label, the
second one closed by its credit."""

from __future__ import annotations

from tests.support.pages import page_articles

_COLUMN = (
    "第6版　　新就业群体　　2026年3月12日　星期四\n\n"
    "一 线 传 真\n\n"
    "　　◆“您的快递已经到站。”上午8时\n"
    "20分，提示音响起，快递员周海明和同\n"
    "事们结束了在青石县柳岸街道荷塘社区\n"
    "暖蜂驿站召开的早会，各自出发派件。\n"
    "　　驿站里备着热水、药箱和充电架，\n"
    "成了小哥们在街头的“家”。\n\n"
    "　　◆石湾街头细雨绵绵，然而在桂园街道\n"
    "杏林社区却暖意融融。3月5日，社区联合\n"
    "辖区医院为骑手们开展免费体检。\n"
    "　　社区还设立了“骑手之家”，提供休\n"
    "息区和24小时热水。\n"
    "　　　　　　　　通讯员 罗晓春\n\n"
    "责任编辑：郑　安\n"
)


def test_each_bulleted_item_of_a_dispatch_column_is_an_article():
    found = page_articles(_COLUMN)
    assert len(found) == 2
    assert found[0].text.startswith("“您的快递已经到站。”")
    assert "驿站里备着热水" in found[0].text and "石湾街头" not in found[0].text
    assert found[1].text.startswith("石湾街头细雨绵绵")
    assert found[1].byline == "通讯员 罗晓春"
    assert found[0].byline is None


def test_a_spaced_out_dispatch_label_under_an_item_of_another_column_opens_the_next_item():
    page = _COLUMN.replace(
        "一 线 传 真\n\n",
        "图片新闻\n\n　　荷塘社区组建了一支快递员“红蜂”志愿\n队，参与社区治理。\n\n一 线 传 真\n\n",
    )
    found = page_articles(page)
    assert [a.text[:4] for a in found] == ["荷塘社区", "“您的快", "石湾街头"]


# Negatives: with no dispatch column's label, `◆` paragraphs are the paragraphs of one article; a page head naming
# its page after a date (`第5版　各地传真`) is no column label.
def test_bulleted_paragraphs_of_an_article_stay_in_it():
    page = _COLUMN.replace("一 线 传 真\n\n", "快递小哥有了“家”\n\n")
    found = page_articles(page)
    assert len(found) == 1
    assert "石湾街头细雨绵绵" in found[0].text


def test_a_page_head_naming_its_page_a_dispatch_column_sets_no_items_apart():
    page = _COLUMN.replace("第6版　　新就业群体", "第6版　　各地传真").replace(
        "一 线 传 真\n\n", "快递小哥有了“家”\n\n"
    )
    found = page_articles(page)
    assert len(found) == 1
