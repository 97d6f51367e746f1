"""A reprint's source line and a brief's closing credit (tests/corpus/heldout6 k05): `来源：江门日报` / `编辑：陈晓`
under a reprinted report are page furniture (before, `来源：江门日报` became a heading of the next brief); a
brief's closing credit naming the body that sent it, cut by the wrap (`…问题87件。（金平区委组织` / `部）`), is
its byline, and the `●` item under it is a brief of its own (before, the credit stayed in the body and the next
item, taken for a caption by its `●`, was merged into this one)."""

from __future__ import annotations

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.furniture import is_furniture_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# k05's lines, as printed
_K05 = (
    "第 5 版  南粤基层\n\n蓬江区：“侨家小院”架起连心桥\n江门日报记者 梁嘉欣\n\n"
    "江门市蓬江区是著名侨乡，旅居海外的乡\n亲有40余万人。“以前回乡办事要跑好几趟，\n现在在手机上就能办好。”旅居加拿大\n"
    "的乡亲黄伯说。\n来源：江门日报\n编辑：陈晓\n\n简  讯\n\n"
    "●惠城区“社区合伙人”惠及居民\n惠州市惠城区在全区52个社区推行“社\n区合伙人”计划，引入商户、社会组织等\n"
    "合伙人380家，今年以来开展便民服务\n活动1200余场。\n\n"
    "●金平区“红棉议事角”开进商圈\n汕头市金平区在小公园商圈设立“红棉议\n事角”，由商圈党委组织商户、居民和执\n"
    "法部门定期议事，已协商解决占道经营、\n噪音扰民等问题87件。（金平区委组织\n部）\n\n"
    "●浈江区为网格员减负\n韶关市浈江区清理规范网格员工作事项，\n将网格员每月填报的报表从23张精简为\n"
    "6张，取消各类工作群41个。\n"
)


def _articles():
    return segment(assemble(classify_page(_K05)))


def test_a_reprints_source_line_is_furniture():
    assert is_furniture_line("来源：江门日报")
    assert is_furniture_line("来源：人民网")
    articles = _articles()
    assert all("来源" not in a.text for a in articles)
    assert articles[0].byline == "江门日报记者 梁嘉欣"


def test_a_sentence_about_a_source_is_no_furniture():
    assert not is_furniture_line("来源：群众反映的问题占六成")
    assert not is_furniture_line("资金来源：区财政")


def test_a_closing_credit_naming_the_body_that_sent_it_is_the_byline():
    assert split_closing_names("问题87件。（金平区委组织部）") == ("问题87件。", "（金平区委组织部）")
    assert split_closing_names("问题87件。（详见第3版）")[1] is None
    assert split_closing_names("问题87件。（含线上反映）")[1] is None


def test_the_brief_columns_three_items_with_the_wrapped_credit():
    articles = _articles()
    assert [a.title for a in articles] == [
        "蓬江区：“侨家小院”架起连心桥",
        "惠城区“社区合伙人”惠及居民",
        "金平区“红棉议事角”开进商圈",
        "浈江区为网格员减负",
    ]
    jinping = articles[2]
    assert (jinping.byline or "").strip("（）") == "金平区委组织部"
    assert jinping.text.endswith("噪音扰民等问题87件。")
    assert articles[3].text.startswith("韶关市浈江区清理规范网格员工作事项")
