"""Kinds of damage found by hard-wrapping real published articles as columns (their text is not ours to commit:
the lines here are invented of the same kinds).

- A caption set as a paragraph of its own, its photographer glued to its full stop (`某某村蓝莓喜获丰收。张三摄`):
  the credit was split off but the caption stayed in the body.
- A supplement's name over the date line at the page's top (`乡村振兴周刊` / `2025年3月6日  星期四`) was the first
  article's headline.
"""

from __future__ import annotations

from builder.ingest.pagelines import CAPTION, CREDIT, FURNITURE, HEADLINE, TEXT
from builder.ingest.units import classify_page

LEAD = [
    "柏树村位于某某市某某区清溪镇，是一",
    "个山区小村。2019年，这里还是集体经",
    "济薄弱村，去年集体经济收入达到86万元。",
]


def test_a_caption_paragraph_with_its_photographer_glued_on_is_a_caption():
    lines = ["", *LEAD, "清溪镇柏树村蓝莓喜获丰收。陈明摄", "“去年收益增长了两成。”村党支部书记说。"]
    units = classify_page("\n".join(lines))
    assert [(u.kind, u.text) for u in units if u.kind in (CAPTION, CREDIT)] == [
        (CAPTION, "清溪镇柏树村蓝莓喜获丰收。"),
        (CREDIT, "陈明摄"),
    ]


def test_a_glued_credit_inside_an_open_sentence_is_left_to_the_paragraph_rules():
    lines = ["", "柏树村位于某某市某某区清溪镇，村里", "的蓝莓喜获丰收。陈明摄"]
    units = classify_page("\n".join(lines))
    assert not any(u.kind == CAPTION and u.text == "的蓝莓喜获丰收。" for u in units)


def test_a_supplements_name_over_the_date_line_is_the_masthead():
    lines = ["乡村振兴周刊", "2025年3月6日  星期四", "", "", "柏树村：集体经济“滚雪球”", "", *LEAD]
    units = classify_page("\n".join(lines))
    assert [(u.kind, u.text) for u in units[:3]] == [
        (FURNITURE, "乡村振兴周刊"),
        (FURNITURE, "2025年3月6日  星期四"),
        (HEADLINE, "柏树村：集体经济“滚雪球”"),
    ]


def test_a_headline_over_a_date_line_is_no_masthead_unless_it_names_a_paper():
    lines = ["柏树村集体经济“滚雪球”", "2025年3月6日", "", *LEAD]
    units = classify_page("\n".join(lines))
    assert units[0].kind != FURNITURE
    assert units[-1].kind == TEXT


BODY_A = [
    "本报讯（记者 马兰）11月5日，记者从",
    "某某县政府获悉，该县建立健全志愿服",
    "务体系，注册志愿者1.5万人。",
]
BODY_B = [
    "本报讯 元月1日上午，清溪镇柏树村网",
    "格长胸前挂着工作证，正在所管区域巡",
    "查。从今年元旦起，清溪镇24个行政村",
    "的71名网格长已经全部挂牌上岗。",
]


def test_headlines_on_top_one_with_its_kicker_over_it_are_the_pages_headlines():
    """A short masthead (`基层之声`) and a column label over the date line; two headlines standing apart at the top,
    the second under a kicker naming its place (`清溪镇` / `71名网格长元旦起挂牌上岗`), then both bodies."""
    lines = [
        "基层之声",
        "2026年12月3日  星期四",
        "第 3 版",
        "志愿服务·网格治理",
        "",
        "某某县多举措推动志愿服务走深走实",
        "",
        "清溪镇",
        "71名网格长元旦起挂牌上岗",
        "",
        *BODY_A,
        "",
        *BODY_B,
        "常映红",
    ]
    units = classify_page("\n".join(lines))
    assert [u.kind for u in units[:4]] == [FURNITURE] * 4
    assert [(u.kind, u.text) for u in units[4:7]] == [
        (HEADLINE, "某某县多举措推动志愿服务走深走实"),
        ("kicker", "清溪镇"),
        (HEADLINE, "71名网格长元旦起挂牌上岗"),
    ]
    assert (units[-1].kind, units[-1].text) == ("byline", "（常映红）")  # the name signing the last report


def test_a_short_line_at_the_foot_after_an_open_sentence_is_no_signature():
    lines = ["", *BODY_B[:-1], "的71名网格长已", "全部上岗"]
    units = classify_page("\n".join(lines))
    assert units[-1].kind == TEXT


def test_a_doubled_headline_inside_the_extractions_bold_marks_loses_the_marks():
    lines = ["", *BODY_A, "", "**清溪镇清溪镇：：““党建党建++网格网格””提高治理水平提高治理水平**"]
    units = classify_page("\n".join(lines))
    assert (units[-1].kind, units[-1].text) == (HEADLINE, "清溪镇：“党建+网格”提高治理水平")


def test_a_reporter_line_under_a_report_before_the_next_reports_dateline_closes_it():
    """`…实现了全覆盖。` / `通讯员 解青媛` / blank / `　　本报讯 日前，…`: the line signs the report above; it was
    taken as the next report's opening byline, and an article with no text was found there."""
    lines = ["", *BODY_A, "通讯员 方雨", "", *BODY_B]
    units = classify_page("\n".join(lines))
    signed = [u for u in units if u.kind == "byline" and "方雨" in u.text]
    assert [u.text for u in signed] == ["（通讯员 方雨）"]


def test_reporters_glued_to_the_last_sentence_and_wrapped_sign_the_report():
    """`…口头禅。双塔萱` / ` 高达` / blank / the next headline: the names close the report (the headline was read as
    the report's text after its unfinished last line, and its article was lost)."""
    lines = [
        "",
        *BODY_B[:-1],
        "的71名网格长已经全部挂牌上岗。方雨",
        " 陈立",
        "",
        "某某县“红色驿站”温暖骑手",
        "",
        *BODY_A,
    ]
    units = classify_page("\n".join(lines))
    assert ("byline", "（方雨 陈立）") in [(u.kind, u.text) for u in units]
    assert any(u.kind == TEXT and u.text.endswith("挂牌上岗。") for u in units)
    assert (HEADLINE, "某某县“红色驿站”温暖骑手") in [(u.kind, u.text) for u in units]


def test_a_short_line_after_a_sentence_ending_in_two_characters_inside_a_paragraph_stays_text():
    lines = ["", "全镇71名网格长已经全部上岗。方雨", "陈立说，今后每月走访一次。"]
    units = classify_page("\n".join(lines))
    assert all(u.kind == TEXT for u in units)
