"""A web page copied to text (R15 r15_04 shape, invented lines): a breadcrumb without its label, a bare `时间：`
information line naming the paper it came from, the author's line under the article, the page's tags and the
next item pasted without its headline. Negatives: the same words inside sentences."""

from __future__ import annotations

from builder.ingest.copiedpages import is_copied_page_furniture, posted_author, signoff_author
from tests.support.pages import page_articles

_FIRST = (
    "首页 > 工作动态 > 机关党建\n\n"
    "党员进小区 服务暖人心\n\n"
    "——某市统计局开展党员进社区志愿服务活动\n\n"
    "时间：2024-03-08　　浏览次数：　　来源：办公室　　字体：[\n\n"
    "　　3月5日，市统计局党员志愿者走进东关社区，为居民清理楼道杂物。\n\n"
    "　　活动结束后，志愿者还为社区老人测量了血压。\n\n\n"
    "作者：林晓东　　　　审核人：周建平　　　　责任编辑：吴敏\n\n"
    "扫一扫在手机打开当前页\n\n"
    "相关阅读\n\n"
)
_SECOND = (
    "某县某镇：盘活闲置厂房增加村集体收入\n\n"
    "时间：2023-06-02 09:15:40　　　　来源：山城经济日报\n\n"
    "　　近年来，某镇新丰村委会把闲置厂房租给合作社，村集体每年增收8万元。\n\n"
    "标签：某镇 村集体经济 闲置厂房\n\n\n"
    "════════════════════\n"
    "在西城区桂园小区，有一支由退休党员组成的巡逻队，每晚在小区里巡查。\n"
    "巡逻队成立以来，小区再没有发生过盗窃。\n"
    "来源：北江日报\n"
    "编辑：王丽\n"
    "校对：张強\n"
    "关键词：\n"
)


def test_a_web_pages_items_each_keep_their_head_byline_and_body():
    articles = page_articles(_FIRST + _SECOND)
    assert [a.title for a in articles][:2] == [
        "党员进小区 服务暖人心",
        "某县某镇：盘活闲置厂房增加村集体收入",
    ]
    assert len(articles) == 3
    first, second, third = articles
    assert first.paragraphs[0].startswith("3月5日，市统计局")
    assert first.paragraphs[-1].endswith("测量了血压。")
    assert second.paragraphs == ["近年来，某镇新丰村委会把闲置厂房租给合作社，村集体每年增收8万元。"]
    assert third.paragraphs[0].startswith("在西城区桂园小区")
    assert [first.byline, second.byline, third.byline] == ["林晓东", "山城经济日报", "北江日报"]
    assert not any("作者" in p or "标签" in p or "编辑" in p for a in articles for p in a.paragraphs)


def test_a_bare_time_line_with_a_date_is_the_information_line_and_a_paper_source_its_byline():
    assert posted_author("时间：2023-06-02 09:15:40　　　　来源：山城经济日报") == (True, "山城经济日报")
    assert posted_author("时间：2024-03-08　　浏览次数：　　来源：办公室") == (True, None)
    # negatives: a notice's time in a sentence, a time not opening the line
    assert posted_author("时间：2024年3月8日上午9时，地点：社区活动室。") == (False, None)
    assert posted_author("活动时间：2024-03-08，请居民准时参加。") == (False, None)


def test_the_authors_line_under_a_web_article_and_a_paper_source_line_sign_it():
    assert signoff_author("作者：林晓东　　　　审核人：周建平　　　　责任编辑：吴敏") == "林晓东"
    assert signoff_author("来源：北江日报") == "北江日报"
    assert signoff_author("来源：办公室") is None
    assert signoff_author("作者：林晓东在社区里走访了三天，写下这篇文章。") is None


def test_a_breadcrumb_tags_and_editors_lines_are_furniture_but_not_such_words_in_sentences():
    for line in (
        "首页 > 工作动态 > 机关党建",
        "标签：某镇 村集体经济",
        "关键词：",
        "编辑：王丽",
        "责编：陈思",
        "相关阅读",
    ):
        assert is_copied_page_furniture(line), line
    for line in (
        "首页上的链接已经更新，居民可以在线报名。",
        "编辑：这是一封读者来信，我们照登如下，希望引起有关部门重视。",
        "标签化管理让网格员一目了然。",
    ):
        assert not is_copied_page_furniture(line), line


def test_a_source_line_naming_its_author_is_the_information_line():
    # heldout20 p01 (invented): the source and author on one line over the 发布时间 line
    assert posted_author("来源：赣鄱基层报 2026年8月13日 第2版    作者：记者 邹晓岚") == (True, "记者 邹晓岚")
    assert posted_author("来源：某区人民政府网　作者：刘芳") == (True, "刘芳")
    # negatives: a sentence opening with 来源, a source line naming no author
    assert posted_author("来源于群众的意见，作者：无") == (False, None)
    assert posted_author("来源：赣鄱基层报") == (False, None)
