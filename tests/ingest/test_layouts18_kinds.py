"""Layouts no committed set showed before session 18 (invented lines; the dev set is tests/corpus/layouts18): one
test per kind of damage or layout, with negatives."""

from __future__ import annotations

from builder.ingest.lineshapes import is_byline_text, is_headline_shape
from builder.ingest.textrules import is_continuation_marker
from tests.support.pages import page_articles, page_units

# ------------------------------------------------------------------ a reporter and correspondents, each role named


def test_a_reporter_and_the_papers_correspondents_on_one_line_are_one_byline():
    assert is_byline_text("本报记者 孔德明　本报通讯员 吕洁 侯亮")
    assert is_byline_text("本报记者 努尔兰·加帕尔　本报通讯员 马晓燕 古丽米拉·艾合买提")
    units = page_units(
        "历下区：群众诉求“一网通办”\n本报记者 孔德明　本报通讯员 吕洁 侯亮\n　　济南市历下区推行改革。\n"
    )
    assert [(u.kind, u.text) for u in units[1:3]] == [
        ("byline", "本报记者 孔德明\u3000本报通讯员 吕洁 侯亮"),
        ("text", "济南市历下区推行改革。"),
    ]


def test_a_reporter_line_glued_to_its_lead_still_splits():
    units = page_units(
        "吴江：“小哥驿站”成了骑手的家\n本报记者 周沁怡　在苏州市吴江区松陵街道的一处驿站里，骑手正在休息。\n"
    )
    assert [u.kind for u in units[1:3]] == ["byline", "text"]
    assert not is_byline_text("本报通讯员在现场看到，居民正在排队办理业务")


# ------------------------------------------------------------------ jump lines


def test_a_jump_line_without_brackets_is_a_jump():
    assert is_continuation_marker("□ 下转2版")
    assert is_continuation_marker("下转第三版")
    assert is_continuation_marker("■上接第1版")
    assert not is_continuation_marker("下转2版的内容由街道审核")
    assert not is_continuation_marker("□ 第2版")


_ENSHI = (
    "恩施市把议事会开进院坝\n本报记者 向红梅\n"
    "　　去年以来，恩施市推行“院坝议事\n会”，把议事的桌子从会议室搬到\n居民家门口，每月至少开一次会。\n"
    "　　议事会上提出的事项，由网格员\n录入“民情台账”，能当场解决的当\n场解决，{jump}"
)
_LICHUAN = (
    "利川市“村民说事点”化解纠纷\n"
    "　　本报讯（记者 冉冬梅）利川市在\n全市村（社区）推行“村民说事点”，\n三年来共化解矛盾纠纷4100余件。\n"
)


def test_a_jump_line_cutting_a_sentence_over_another_head_ends_the_article_here():
    articles = page_articles(_ENSHI.format(jump="\n（下转第三版）\n") + _LICHUAN)
    assert [a.title for a in articles] == ["恩施市把议事会开进院坝", "利川市“村民说事点”化解纠纷"]
    assert articles[0].paragraphs[-1] == "议事会上提出的事项，由网格员录入“民情台账”，能当场解决的当场解决，"
    assert articles[1].paragraphs[0].startswith("利川市在全市村")


def test_a_jump_line_inside_a_sentence_that_goes_on_under_it_keeps_the_sentence():
    (article,) = page_articles(_ENSHI.format(jump="\n（下转第三版）\n限期答复。\n"))
    assert (
        article.paragraphs[-1]
        == "议事会上提出的事项，由网格员录入“民情台账”，能当场解决的当场解决，限期答复。"
    )


# ------------------------------------------------------------------ headlines asking or exclaiming


def test_a_headline_may_end_in_a_question_or_exclamation_mark():
    assert is_headline_shape("老旧小区停车难怎么破？")
    assert is_headline_shape("独山子区：小区里的事有人管了！")
    assert not is_headline_shape("谁来管？怎么管？")
    assert not is_headline_shape("居民说，这下好了！")
    articles = page_articles(
        "老旧小区停车难怎么破？\n本报记者 李想　本报通讯员 王珊 周宁\n"
        "　　建始县业州镇的老旧小区多建于上世纪九十年代，没有规划停车位。\n"
    )
    assert [(a.title, a.byline) for a in articles] == [
        ("老旧小区停车难怎么破？", "本报记者 李想\u3000本报通讯员 王珊 周宁")
    ]
