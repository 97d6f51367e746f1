"""A round-up (`一线传真`, `各地动态`) under one banner whose items each open with a bold place name after a mark and
a space (`■松滋市　松滋市在…`), one paragraph each, no blank line between them and no credits, printed right under
a report's `新闻链接` box (layouts34 p01, invented here). The items were read into the report above as one
paragraph, the box's label a subheading of the report and its text the report's. Each item opens an article of its
own (its text without the label); the box is a sidebar; the label and the banner are no item's.
Negatives: a `■` line naming a place its lead does not name again, a bulleted sentence in a body.
"""

from __future__ import annotations

from builder.ingest.labelleditems import place_label
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "监利“邻里茶座”聊出和谐\n\n"
    "　　本报讯（记者 方园）荆州市监利市\n"
    "在城区社区办起“邻里茶座”24个，\n"
    "居民每周在茶座议事。\n\n"
    "新闻链接\n"
    "　　“邻里茶座”是社区居民议事的小\n"
    "场所。全省已建成这类场所900余个。\n\n"
    "各地动态\n\n"
    "荆楚大地基层治理出新招\n\n"
    "■松滋市　松滋市推行“屋场恳谈”，\n"
    "组织党员到屋场听意见，收集建议\n"
    "310条。\n"
    "■公安县　公安县组建“渡口党小组”\n"
    "17个，守护群众出行安全。\n"
    "■石首市　石首市在全市推行“积分\n"
    "帮扶”，帮扶困难群众520户。\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_each_place_marked_item_opens_an_article():
    articles = _articles(_PAGE)
    assert len(articles) == 4
    assert articles[0].text.rstrip().endswith("居民每周在茶座议事。")
    assert "新闻链接" not in articles[0].text and "900余个" not in articles[0].text
    assert articles[1].text.startswith("松滋市推行“屋场恳谈”")
    assert articles[2].text.startswith("公安县组建“渡口党小组”")
    assert articles[3].text.startswith("石首市在全市推行“积分帮扶”")
    assert all("■" not in a.text and "荆楚大地" not in (a.title or "") for a in articles)


def test_only_a_place_named_again_is_an_items_label():
    assert place_label("■松滋市　松滋市推行“屋场恳谈”，") == ("松滋市", "松滋市推行“屋场恳谈”，")
    assert place_label("■松滋市　公安县组建“渡口党小组”") is None
    assert place_label("■党员先锋　党员先锋队在松滋市开展服务") is None
    assert place_label("■　松滋市推行“屋场恳谈”") is None


# The items' lines fill an 18-character column; an item's last line is short (`增加。`), the next item's label
# line as wide as the column: it opens an item, it does not go on with the short paragraph above.
_FULL_COLUMN = (
    "　　本报讯（记者 方园）荆州市监利市在城区\n"
    "社区办起“邻里茶座”24个，居民每周在茶座\n"
    "议事。\n"
    "　　茶座由社区党员轮流值守，已接待居民\n"
    "1500余人次。\n"
    "　　“有事到茶座说一说。”一位居民说。\n\n"
    "各地动态\n\n"
    "荆楚大地基层治理出新招\n\n"
    "■松滋市　松滋市推行“屋场恳谈”，组织\n"
    "党员干部到屋场听取意见，今年以来收集群\n"
    "众建议310条，屋场议事的次数明显\n"
    "增加。\n"
    "■公安县　公安县组建“渡口党小组”，每\n"
    "个渡口由党员值守，守护群众出行安全，今\n"
    "年共排查隐患140处。\n"
    "　　目前，全县17个渡口都有了党小组。\n"
)


def test_an_item_under_a_short_line_opens_its_own_article():
    articles = _articles(_FULL_COLUMN)
    assert [a.text[:8] for a in articles[1:]] == ["松滋市推行“屋场", "公安县组建“渡口"]
    assert articles[2].text.rstrip().endswith("都有了党小组。")
