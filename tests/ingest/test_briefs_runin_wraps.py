"""A briefs column of `■` run-in headlines, the text going on after a gap on the headline's line, each item closing
with its writer's name in brackets (invented text of heldout24 p06).

The wrap may leave only a few characters of the lead after the gap, cutting a place name (`…责任区”　牡丹江` / `市在…`,
`…邻里纠纷　延吉` / `市河南街道组建…`): those characters are the lead's first word, not the headline's last; and an
item's credit the wrap put alone on its last line (`…4.5万元。` / `（李婷婷）`) closes that item, the next `■` line
opening the next one. Before, the headline kept `牡丹江` and the fourth item was merged into the third.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_P06 = (
    "黑土地·基层动态\n————————————————\n\n"
    "　　■牡丹江市推行“林区党员责任区”　牡丹江\n市在林区乡镇推行“林区党员责任区”，每名党员\n"
    "包保一片山林，负责防火巡查和护林宣传。全市共\n划定党员责任区1530个，今年春季防火期未发生较\n"
    "大森林火情。（于洋）\n"
    "　　■克东县：“寒地菜篮子”鼓起农户钱袋子\n齐齐哈尔市克东县以村党组织领办合作社为抓手，\n"
    "发展“寒地菜篮子”温室种植，建成冷棚、暖棚86\n0栋，带动农户2100余户，棚均年收入4.5万元。\n"
    "（李婷婷）\n"
    "　　■河南街道：双语调解员化解邻里纠纷　延吉\n市河南街道组建朝汉双语“民族团结调解队”，吸\n"
    "纳懂朝鲜语、汉语的党员和退休干部45名，走进社\n区、市场调解矛盾纠纷。今年以来，调解队调处纠\n"
    "纷318起，调解成功率98%。（金美玲）\n\n本栏编辑　王丹\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_a_few_characters_of_the_lead_after_the_gap_open_the_lead_not_end_the_headline():
    found = _articles(_P06)
    assert found[0].title == "牡丹江市推行“林区党员责任区”"
    assert found[0].text.startswith("牡丹江市在林区乡镇")
    assert found[2].title == "河南街道：双语调解员化解邻里纠纷"
    assert found[2].text.startswith("延吉市河南街道组建")


def test_a_credit_alone_on_the_items_last_line_closes_it_and_the_next_bullet_opens_a_brief():
    found = _articles(_P06)
    assert [a.byline for a in found] == ["于洋", "李婷婷", "金美玲"]
    assert "河南街道" not in found[1].text


def test_a_short_second_phrase_after_the_gap_stays_in_the_headline():
    # the characters after the gap and the line under open no place: the headline's own second phrase
    page = _P06.replace("责任区”　牡丹江\n市在林区乡镇", "责任区”　护青山\n各林区乡镇")
    assert _articles(page)[0].title.endswith("护青山")
