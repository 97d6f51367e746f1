"""A brief column's items whose lead's first place word was wrapped up onto the bulleted headline, whose lead
opens with its `本报讯（…）` dateline, or that close on their reporters' bare names (real damaged text).

heldout5 g03 (a `简　讯` column of `●` items): `●丛台区“红色驿站”温暖户外劳动者邯郸市` / `丛台区依托…`: the
lead's `邯郸市` sits at the headline's end; the second item's lead opens `本报讯（通讯员 李梦）保定市竞秀区…`, and
the first item ends `…2.6万人次。（王磊）`. Before, the second item was merged into the first.
"""

from __future__ import annotations

from builder.ingest.pagelines import PageReader
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page, read_next

_G03 = (
    "02　　　　　　要闻\n2025年8月27日\n简　讯\n\n"
    "●丛台区“红色驿站”温暖户外劳动者邯郸市\n丛台区依托银行网点、加油站和社区党群\n"
    "服务中心建成“红色驿站”35个，为快递员、\n外卖送餐员、环卫工人等户外劳动者提供\n"
    "饮水、充电、休息等服务，今年以来累计\n服务2.6万人次。（王磊）\n\n"
    "●竞秀区社区工作者持证率超八成\n本报讯（通讯员 李梦）保定市竞秀区实施\n社区工作者能力提升计划，分批组织全区\n"
    "486名社区工作者参加业务培训和职业资格\n考试，目前已有397人取得社会工作者职业\n资格证书，持证率达81.7%。\n\n"
    "●路北区“网格+警格”联动守平安\n唐山市路北区推动社区网格与派出所警格\n“双格融合”，全区划分的312个网格全部配\n"
    "备社区民警和专职网格员。今年1至8月，\n网格内发现并处置各类隐患1540处。\n（张帆 刘颖）\n"
)


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_a_place_ending_a_bulleted_headline_that_the_next_line_goes_on_is_the_leads_first_word():
    found = _articles(_G03)
    assert [a.title for a in found] == [
        "丛台区“红色驿站”温暖户外劳动者",
        "竞秀区社区工作者持证率超八成",
        "路北区“网格+警格”联动守平安",
    ]
    assert found[0].text.startswith("邯郸市丛台区依托银行网点")
    assert found[0].byline == "王磊"


def test_a_brief_whose_lead_opens_with_its_dateline_byline_is_a_new_brief():
    found = _articles(_G03)
    assert found[1].byline == "本报讯（通讯员 李梦）"
    assert found[1].text.startswith("保定市竞秀区实施")
    assert "竞秀区" not in found[0].text
    assert found[2].byline == "张帆 刘颖"


def test_a_place_ending_a_headline_stays_when_the_next_line_does_not_go_on_inside_it():
    # the lead opens with a place the headline's last word does not enclose (保定市 is no part of 邯郸市), or
    # with that same place: the headline keeps its last word
    for lead in ("保定市竞秀区依托银行网点、加油站和社区党群", "邯郸市丛台区依托银行网点、加油站和社区党群"):
        page = _G03.replace("丛台区依托银行网点、加油站和社区党群", lead)
        assert _articles(page)[0].title == "丛台区“红色驿站”温暖户外劳动者邯郸市"


def _rule_reading(page: str, text: str) -> str:
    """The name of the line rule that reads the line holding `text`."""
    reader = PageReader(page)
    while reader.index < len(reader.lines):
        line = reader.lines[reader.index]
        name = read_next(reader)
        if text in line:
            return name
    raise AssertionError(text)


def test_a_bulleted_line_over_a_dateline_lead_is_a_brief_only_when_the_lead_names_a_place():
    assert _rule_reading(_G03, "●竞秀区社区工作者") == "brief_bullet"
    page = _G03.replace("保定市竞秀区实施\n社区工作者能力", "各单位积极实施\n人才队伍能力").replace(
        "486名社区工作者", "486名工作人员"
    )
    assert _rule_reading(page, "●竞秀区社区工作者") != "brief_bullet"
