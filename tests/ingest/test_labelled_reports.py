"""A roundup of county reports under one headline, each opening with its place's name in 【】 glued to its lead
(heldout22 p04, invented): `县域传真` / `云南多地探索基层治理“小切口”` / `【澄江市】玉溪市澄江市推行…（杨` / `丽）` /
blank / `【宾川县】大理州宾川县…` … / `本栏目稿件由各地委组织部提供`. Three of the four reports were lost into the
first, titled by the collection's headline, the four credits one byline. Each labelled line opens a report of its
own (its text without the label, its closing credit its byline); the headline over them and the column's source
line are furniture. Negatives: a 【】 subheading of an article, a label naming a place its lead does not name.
"""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.labelleditems import place_label
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "县域传真\n\n"
    "云南多地探索基层治理“小切口”\n\n"
    "【澄江市】玉溪市澄江市推行“码上\n"
    "议”村务协商平台，村民用手机扫码\n"
    "即可提出议题、参与表决。平台上线\n"
    "以来，全市88个村（社区）全部接入，\n"
    "收集议题1260条，办结1190条。（杨\n"
    "丽）\n\n"
    "【宾川县】大理州宾川县在果园集中\n"
    "连片区域成立“果园党小组”45个，\n"
    "把党员编入产业链。党小组为果农提\n"
    "供技术指导和订单对接。\n"
    "（段建华）\n\n"
    "【弥勒市】红河州弥勒市在城区推行\n"
    "“小区管家”制度，由社区党组织从\n"
    "退休干部中选聘“小区管家”312名。\n"
    "（普文）\n\n"
    "本栏目稿件由各地委组织部提供\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_each_labelled_report_is_an_article_with_its_credit():
    articles = _articles(_PAGE)
    assert len(articles) == 3
    assert articles[0].text.startswith("玉溪市澄江市推行“码上议”村务协商平台，村民")
    assert articles[1].text.startswith("大理州宾川县在果园集中连片区域")
    assert articles[2].text.startswith("红河州弥勒市在城区推行“小区管家”制度")
    assert [a.byline for a in articles] == ["杨丽", "段建华", "普文"]
    assert all("云南多地" not in (a.title or "") and "【" not in a.text for a in articles)
    assert all("本栏目" not in a.text for a in articles)


def test_a_column_source_line_is_furniture():
    assert is_furniture_line("本栏目稿件由各地委组织部提供")
    assert is_furniture_line("（本栏稿件由各县区融媒体中心供稿）")
    assert not is_furniture_line("本栏目由县委组织部提供场地，群众自发参与。")


def test_only_a_place_named_again_in_its_lead_is_a_report_label():
    assert place_label("【澄江市】玉溪市澄江市推行“码上") == ("澄江市", "玉溪市澄江市推行“码上")
    assert place_label("【从打工仔到村支书】他回村那年…") is None
    assert place_label("【编者按】澄江市推行“码上议”…") is None
    assert place_label("【澄江市】宾川县在果园集中连片区域") is None  # the lead is another place's
    assert place_label("【澄江市】") is None
