"""A box of figures standing apart (`【数说】` over figures alone on their lines, each with a short caption) is
furniture: its figures are the articles' own, said again, and never an article's text or metrics. Lines from
tests/corpus/heldout14/p05.txt and heldout16/p01.txt."""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from tests.support.pages import page_articles, page_units

BRIEF = """延庆区“e村务”让账目晒在指尖
　　北京市延庆区在全区376个行政村推广
“e村务”小程序，村级财务收支、集体资产
等信息每月上网公示，村民扫码即可查看。上
线以来，小程序访问量达到28万人次。
（记者 赵一鸣）

"""

HELDOUT14_BOX = """【数说】
86
名渔民党员编入党小组
1.2万
人次新就业群体在驿站歇脚
28万
人次访问“e村务”

本版编辑：许诺  电话：010-12345678
"""

HELDOUT16_BOX = """【数说】
2360个
全省建成的“暖蜂驿站”
1470名
摸排出的新就业群体党员
96.4%
骑手上报问题办结率

"""


def test_a_figures_box_under_the_last_article_is_furniture() -> None:
    for box in (HELDOUT14_BOX, HELDOUT16_BOX):
        units = page_units(BRIEF + box)
        boxed = [
            u
            for u in units
            if u.text in ("【数说】", "86", "名渔民党员编入党小组", "96.4%", "骑手上报问题办结率")
        ]
        assert boxed and all(u.kind == FURNITURE for u in boxed), [(u.kind, u.text) for u in boxed]
        (article,) = page_articles(BRIEF + box)
        assert "数说" not in article.text and "渔民" not in article.text and "2360" not in article.text
        assert article.text.endswith("小程序访问量达到28万人次。")


def test_a_label_over_a_paragraph_or_one_figure_is_left_alone() -> None:
    # the label word over sentences (a sidebar of text), or over a single figure, is not a figures box
    paragraph = "【数说】\n全镇今年新建党群服务站点12个，\n覆盖全部行政村。\n\n"
    units = page_units(BRIEF + paragraph)
    assert any(u.text.startswith("全镇今年") and u.kind != FURNITURE for u in units)
    one = "数说\n12个\n新建站点\n\n"
    units = page_units(BRIEF + one)
    assert any(u.text == "12个" and u.kind != FURNITURE for u in units)


# heldout24 p02 (invented): the label names its subject in quotes, each figure has its label beside it after a gap.
HELDOUT24_BOX = """

数说“赣鄱红色驿站”
3126个　全省建成驿站
874个　设在商圈楼宇
615个　设在快递物流网点
210万人次　累计服务新就业群体
"""


def test_a_figures_box_naming_its_subject_with_labels_beside_the_figures_is_furniture() -> None:
    units = page_units(BRIEF + HELDOUT24_BOX)
    boxed = [u for u in units if "驿站" in u.text or "商圈" in u.text or "快递" in u.text]
    assert boxed and all(u.kind == FURNITURE for u in boxed), [(u.kind, u.text) for u in boxed]
    (article,) = page_articles(BRIEF + HELDOUT24_BOX)
    assert article.text.endswith("小程序访问量达到28万人次。")
    # a quoted name after the label over a paragraph stays text
    paragraph = "\n数说“红色驿站”\n全镇今年新建驿站12个，覆盖全部行政村。\n3个　新建站点\n"
    assert any(u.text.startswith("全镇今年") and u.kind != FURNITURE for u in page_units(BRIEF + paragraph))


# (heldout28 p03's kind, invented rows: a label and its subject after the brackets, each row a label, dot
# leaders and its figure)
LEADERS_BOX = """【数读】河谷便民服务圈
便民服务点…………………………48个
志愿者（人）………………………1.3万余名
代办事项……………………………6200件
群众满意率………………………………97%

本版编辑：许诺
"""


def test_a_box_of_rows_with_dot_leaders_is_furniture() -> None:
    units = page_units(BRIEF + LEADERS_BOX)
    boxed = [u for u in units if "……" in u.text or u.text.startswith("【数读】")]
    assert len(boxed) == 5 and all(u.kind == FURNITURE for u in boxed), [(u.kind, u.text) for u in boxed]
    (article,) = page_articles(BRIEF + LEADERS_BOX)
    assert not any("…" in paragraph for paragraph in article.paragraphs)


def test_dot_leaders_in_a_sentence_stay_text() -> None:
    page = BRIEF + "【数读】\n服务点……共有48个，今年又建了12个。\n"
    assert FURNITURE not in [u.kind for u in page_units(page) if "服务点" in u.text]


# (heldout37 p04's kind, invented lines: an infographic between two reports, its label over its subject, a blank
# line, then each label over its figure alone on the next line, and the drawer's credit closing it)
INFOGRAPHIC = """
一图读懂
青石镇“院落+”服务

院落
126个
院落党小组
58个
服务时长
3.4万小时
满意率
97.2%
制图：林小秋

柳塘社区“板凳会”议出新气象
　　本报讯（记者 周明）柳塘社区把板凳会开到院落里，
今年共商议解决居民急事难事52件。
"""


def test_an_infographic_between_two_reports_is_furniture_and_the_next_report_stands_alone() -> None:
    units = page_units(BRIEF + INFOGRAPHIC)
    boxed = [
        u
        for u in units
        if u.text in ("一图读懂", "青石镇“院落+”服务", "院落", "126个", "97.2%", "制图：林小秋")
    ]
    assert len(boxed) == 6 and all(u.kind == FURNITURE for u in boxed), [(u.kind, u.text) for u in boxed]
    first, second = page_articles(BRIEF + INFOGRAPHIC)
    assert first.text.endswith("小程序访问量达到28万人次。")
    assert second.title == "柳塘社区“板凳会”议出新气象"
    assert "126" not in second.text and "制图" not in second.text


def test_an_infographic_label_over_a_paragraph_is_left_alone() -> None:
    # the label's subject over sentences, not figures, is no infographic
    page = BRIEF + "一图读懂\n青石镇服务\n\n全镇今年新建院落服务点12个，覆盖全部行政村。\n"
    assert any(u.text.startswith("全镇今年") and u.kind != FURNITURE for u in page_units(page))
