"""A news site's page copied to text (R19 r19_04's kind): its breadcrumb with slashes (`首页/ 要闻 / 正文`) or
ending in `正文` (`某某网 > > 正文`), the time it was posted alone on a line (`2025 05/21 09:12:40`), the font
tool's bare label (`字体：`), `【纠错】 【责任编辑:…】` are furniture; `原标题：headline` is the headline (the label
dropped) and a one-dash line under it (`—某县…`) its subtitle. Before: the breadcrumb ran into the next headline,
the second page's headline stayed text and its article ran on inside the first. Invented lines of the kind;
negatives: lines of text that open like them."""

from __future__ import annotations

from builder.ingest.copiedpages import is_copied_page_furniture
from tests.support.pages import page_articles


def test_site_chrome_is_furniture():
    for line in (
        "首页/ 基层党建 / 城市党建 / 正文",
        "青禾网 > > 正文",
        "2025 05/21 09:12:40",
        "2022-02-16 11:36",
        "字体：",
        "【纠错】 【责任编辑:林一】",
    ):
        assert is_copied_page_furniture(line), line


def test_text_opening_like_chrome_is_not():
    for line in ("首页建设/改造", "正文", "2020年以来，全村", "社区 > 居民", "字体工整，内容详实。"):
        assert not is_copied_page_furniture(line), line


PAGE = """首页/ 基层党建 / 正文

“我们的楼道我们管”

——记青禾市东城区一次居民自治的实践

来源：青禾日报 发布时间：2024-03-02 10:20 作者：林一帆

  东城区柳塘社区的居民议事会又开会了。

  会上，大家商量着把楼道里的杂物清理干净。

【打印本页】　【关闭窗口】


青禾网 > > 正文

2025 05/21 09:12:40
来源：青禾网

字体：

原标题：“三步法”解开“心头结”
—南川县东岭乡化解矛盾纠纷见闻

近年来，南川县东岭乡探索“三步法”化解矛盾纠纷。

东岭乡综治中心今年共调处纠纷120余件。

【纠错】 【责任编辑:林一】
"""


def test_two_copied_pages_give_two_articles():
    articles = page_articles(PAGE)
    assert [(a.title, a.subtitle) for a in articles] == [
        ("“我们的楼道我们管”", "记青禾市东城区一次居民自治的实践"),
        ("“三步法”解开“心头结”", "南川县东岭乡化解矛盾纠纷见闻"),
    ]
    assert articles[0].byline == "林一帆"
    assert articles[1].blocks[0].text.startswith("近年来，南川县东岭乡")


def test_a_portals_share_button_and_the_count_over_it_are_furniture():
    # real R30 page (a portal's account article copied to text): `0` (its comments counted) over `分享至` under the
    # headline; both had run into the lead (`0分享至初夏清晨，…`)
    assert is_copied_page_furniture("分享至")
    page = (
        "某某号 > 正文\n\n"
        "从“问题小区”到“幸福家园”\n"
        "0\n"
        "分享至\n\n"
        "初夏清晨，某某路99弄小区的景观河边已是一片生\n"
        "机。退休教师带着孙子在亲水平台喂鱼。\n"
    )
    articles = page_articles(page)
    assert articles[0].blocks[0].text.startswith("初夏清晨")
    # a number alone over a line of text stays (a figure of the text the wrap set apart)
    assert not is_copied_page_furniture("0")
