"""A column of dated bullet items (`工作动态`, `党建动态`) under a report: each item one paragraph opening with its
date and then its place (`●5月6日，某市某县…`), no headline and no credit (layouts37 p04, invented here). The first
item was read as a caption and the others as bulleted paragraphs of the report above, its region lost to the
items' places. Each dated item opens an article of its own (its text without the bullet); the column's name is no
item's. Negatives: a bulleted paragraph of a body opening with a date but no place, a dated bullet under no
column's name.
"""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_REPORT = (
    "宁城县“流动党校”开进牧区\n\n"
    "　　本报讯（记者 乌兰）赤峰市宁城县组\n"
    "织讲师团走进村组，把党课送到牧民\n"
    "家门口，今年已开讲86场。\n\n"
)
_COLUMN = (
    "{label}\n\n"
    "●5月6日，乌海市海勃湾区召开“楼栋议事”推进会，\n"
    "推广楼栋议事经验，已建立楼栋议事点58个。\n"
    "●5月8日，巴彦淖尔市临河区开通“暖心热线”，\n"
    "为困难群众提供代办服务，已受理诉求300余件。\n"
    "●5月9日，阿拉善左旗巴彦浩特镇组建“驼乡服务队”，\n"
    "队员120名，为牧民送医送药。\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_each_dated_item_of_a_news_column_opens_an_article():
    for label in ("工作动态", "党建动态", "基层动态"):
        articles = _articles(_REPORT + _COLUMN.format(label=label))
        assert len(articles) == 4, label
        assert articles[0].text.rstrip().endswith("今年已开讲86场。")
        assert articles[1].text.startswith("5月6日，乌海市海勃湾区召开“楼栋议事”推进会")
        assert articles[2].text.startswith("5月8日，巴彦淖尔市临河区开通“暖心热线”")
        assert articles[3].text.startswith("5月9日，阿拉善左旗巴彦浩特镇组建“驼乡服务队”")
        assert all("●" not in a.text and label not in a.text for a in articles)
        assert all(not a.captions for a in articles)


def test_a_dated_bullet_naming_no_place_stays_the_reports_paragraph():
    page = (
        _REPORT
        + _COLUMN.format(label="工作动态").split("\n\n", 1)[0]
        + "\n\n"
        + (
            "●5月6日，讲师团又走进了三个嘎查，\n为牧民讲解惠农政策。\n"
            "●5月8日，讲师团来到乡卫生院，\n为医护人员上党课。\n"
        )
    )
    articles = _articles(page)
    assert len(articles) == 1


def test_a_dated_bullet_under_no_column_name_stays_the_reports_paragraph():
    page = _REPORT.rstrip("\n") + "\n" + ("●5月6日，乌海市海勃湾区的讲师团也来\n到宁城县交流经验。\n")
    articles = _articles(page)
    assert len(articles) == 1


def test_a_report_headlined_under_the_column_name_keeps_its_dated_bullets():
    # 工作动态 / a headline / its lead / dated bullets naming places: one report (rv37 pages3, invented here)
    page = (
        "工作动态\n\n"
        "乌海市“楼栋议事”一月记\n\n"
        "　　本报讯（记者 乌兰）4月以来，乌海市推\n"
        "行“楼栋议事”，一个月里办了不少实事。\n"
        "　　●5月6日，海勃湾区召开推进会，\n"
        "建立楼栋议事点58个。\n"
        "　　●5月8日，乌达区开通“暖心热线”，\n"
        "受理诉求300余件。\n"
        "　　●5月9日，海南区组织部开展督查，\n"
        "通报了3个进展慢的社区。\n"
        "　　区委组织部负责人说，议事点将常态化运行。\n"
    )
    articles = _articles(page)
    assert len(articles) == 1
    assert "5月9日，海南区组织部开展督查" in articles[0].text
