"""A copied WeChat article (heldout18 p04 kinds): its account line with `发表于…`, barred section heads printed
twice in bold, its buttons and readers' count, and the source line under `END`."""

from builder.ingest.copiedpages import is_copied_page_furniture
from builder.ingest.sectionbars import section_head
from tests.support.pages import page_articles


def test_a_barred_section_head_is_undoubled_and_a_plain_line_is_none():
    assert section_head("▍联起来联起来：：景区变成党建阵地景区变成党建阵地") == "联起来：景区变成党建阵地"
    assert section_head("▍暖起来：游客满意度提升") == "暖起来：游客满意度提升"
    # negatives: a sentence after a bar, a line without one
    assert section_head("▍全市成立联盟8个，吸纳成员单位156家。") is None
    assert section_head("联起来：景区变成党建阵地") is None


def test_the_wechat_buttons_and_readers_count_are_furniture_but_sentences_naming_them_are_not():
    assert is_copied_page_furniture("分享　点赞　在看")
    assert is_copied_page_furniture("阅读 3562")
    assert is_copied_page_furniture("张家界组工　2026-05-20 18:06　发表于湖南")
    assert not is_copied_page_furniture("党员分享经验，群众点赞认可。")
    assert not is_copied_page_furniture("阅读3562本图书")


_PAGE = """\
某县：“夜校”办到家门口

某县组工　2026-05-20 18:06　发表于湖南

点击蓝字 关注我们

今年以来，某县委组织部在全县开办“村民夜校”，把课堂搬到村民家门口，受到群众欢迎。

▍办起来办起来：：课堂开到村里课堂开到村里

▲全县开办“村民夜校”46所，聘请乡土人才讲师128名，累计开课900余场次。

▲夜校推行“点单式”教学，村民需要什么就讲什么，累计收集群众需求300多条。

▍用起来用起来：：学了就能用学了就能用

●学员中已有200余人开办网店、农家乐，带动周边群众就业600余人。

县委组织部有关负责人表示，将推动夜校提质扩面。

END

来源：某县委组织部
编辑：王丽

分享　点赞　在看
阅读 2301
"""


def test_a_wechat_article_is_one_article_under_its_headline_signed_by_its_source():
    (article,) = page_articles(_PAGE)
    assert article.title == "某县：“夜校”办到家门口"
    assert article.byline == "某县委组织部"
    assert article.paragraphs[0].startswith("今年以来")
    assert article.paragraphs[-1] == "县委组织部有关负责人表示，将推动夜校提质扩面。"
    assert not any("办起来办起来" in p or "阅读" in p for p in article.paragraphs)


_WEB_PAGE = """\
当前位置：首页 > 工作动态

某县推行“村务阳光票决”

来源：某某党建网　　发布时间：2026-05-12 09:30　　浏览次数：126
作者：王海 李青

　　某县推行“村务阳光票决”，村里大事由村民代表投票决定。

　　县委组织部有关负责人表示，将推动票决制全覆盖。

责任编辑：马文

上一篇：某州开展主题宣讲活动
下一篇：某区举办社区工作者培训班

主办单位：某某党建网　　技术支持：信息中心
"""


def test_a_web_pages_author_line_under_its_information_line_is_the_byline_and_its_neighbours_are_furniture():
    (article,) = page_articles(_WEB_PAGE)
    assert article.title == "某县推行“村务阳光票决”"
    assert article.byline == "王海 李青"
    assert article.paragraphs[-1] == "县委组织部有关负责人表示，将推动票决制全覆盖。"
    assert is_copied_page_furniture("上一篇：某州开展主题宣讲活动")
    assert is_copied_page_furniture("主办单位：某某党建网　　技术支持：信息中心")
    # negatives: a sentence naming the author, or the next part of a series
    assert not is_copied_page_furniture("上一篇文章里，作者讲了夜校的由来。")
    page = "某县“夜校”开课\n本报记者 王海\n\n　　作者：王海的同事说，夜校很受欢迎。\n"
    (article,) = page_articles(page)
    assert article.paragraphs[0].startswith("作者：王海的同事说")
