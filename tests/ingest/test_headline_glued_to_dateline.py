"""tests/corpus/heldout6 k02 (issue 14): a Q&A interview, then a report whose headline the layout glued to its
`本报讯（…）` and lead in one wrapped block (`科尔沁区为新就业群体建起“暖蜂驿站”本报` / `讯（记者 包红梅）通辽市…`).

Before, the interview was lost: its lead's first line (`上海市静安区曹家渡街道地处中心城区，辖区`) was taken for a
heading over a line its half-width figures made look short (`60岁以上老人占户籍人口的42%，老旧里`), and the report
was merged into it, its headline and byline left in the body.
"""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE, HEADING, HEADLINE, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# k02, as printed (the interview's middle shortened)
K02 = (
    "访  谈\n\n让“家门口”的服务更有温度\n——访静安区曹家渡街道党工委书记陈立群\n\n本报记者 沈佳怡\n\n"
    "上海市静安区曹家渡街道地处中心城区，辖区\n60岁以上老人占户籍人口的42%，老旧里\n"
    "弄多。近年来，街道党工委以“15分钟社区\n生活圈”建设为抓手，推动服务资源下沉。日\n"
    "前，记者就此专访了曹家渡街道党工委书记陈\n立群。\n"
    "问：下一步有什么打算？\n答：我们将继续完善“15分钟社区生活圈”，\n力争明年底前再新建“邻里汇”2个。让居\n"
    "民在家门口享受更有温度的服务，是我们始终\n不变的目标。\n\n\n"
    "科尔沁区为新就业群体建起“暖蜂驿站”本报\n讯（记者 包红梅）通辽市科尔沁区在商圈、\n"
    "物流园区建成“暖蜂驿站”27个，为快递员、\n外卖送餐员、网约车司机提供歇脚、充电、\n饮水等服务。\n"
)


def _blocks(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in assemble(classify_page(page))]


def test_the_interview_and_the_report_are_two_articles():
    articles = segment(assemble(classify_page(K02)))
    assert [(a.title, a.subtitle, a.byline) for a in articles] == [
        ("让“家门口”的服务更有温度", "访静安区曹家渡街道党工委书记陈立群", "本报记者 沈佳怡"),
        ("科尔沁区为新就业群体建起“暖蜂驿站”", None, "本报讯（记者 包红梅）"),
    ]
    assert articles[0].paragraphs[0].startswith("上海市静安区曹家渡街道地处中心城区，辖区60岁以上老人")
    assert articles[0].paragraphs[-1].endswith("是我们始终不变的目标。")
    assert articles[1].paragraphs[0].startswith("通辽市科尔沁区在商圈、物流园区")


def test_a_headline_glued_to_its_dateline_on_one_line_with_no_space():
    page = "让居民在家门口办成事。\n\n科尔沁区建起“暖蜂驿站”本报讯（记者 包红梅）通辽市科尔沁区\n建成驿站27个。\n"
    blocks = _blocks(page)
    assert (HEADLINE, "科尔沁区建起“暖蜂驿站”") in blocks
    assert (BYLINE, "本报讯（记者 包红梅）") in blocks


def test_a_dateline_inside_a_sentence_or_under_an_open_one_starts_no_article():
    # a clause before 本报讯 (a comma) is no headline; a line going on with an open sentence is no article's top
    for page in (
        "据悉，此前本报\n讯（记者 包红梅）曾报道此事。\n",
        "驿站开放以来，累计服务\n骑手5.2万人次本报讯（记者 包红梅）通辽市科尔沁区\n建成驿站27个。\n",
    ):
        assert not any(kind == HEADLINE for kind, _ in _blocks(page))


def test_the_lead_line_over_a_line_its_half_width_figures_make_short_is_no_heading():
    blocks = _blocks(K02)
    assert (HEADING, "上海市静安区曹家渡街道地处中心城区，辖区") not in blocks
    assert blocks[3][0] == TEXT and blocks[3][1].startswith("上海市静安区曹家渡街道地处中心城区，辖区60岁")


def test_a_short_line_over_a_line_short_by_both_counts_is_still_a_heading():
    # the line under it is short however its figures are counted: it opens a paragraph
    page = (
        "本报讯（记者 方晓）\n桐庐县以院落为单元推进平安建设，由院\n落党小组长牵头开展治安巡逻，守护群众\n"
        "平安。\n家门口的服务站\n社区建起服务站12个，\n为居民办事提供方便，今年以来累计服务\n群众3000余人次。\n"
    )
    assert (HEADING, "家门口的服务站") in _blocks(page)
