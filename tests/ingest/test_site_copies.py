"""More of a copied web page's furniture (builder.ingest.sitecopies): invented lines of the kinds real R17 r17_04
shows. An image's file name and the caption under it, a site's table layout copied one cell a line (its kicker,
headline and author's cell), and a news site's notices under a signed article. Negatives: a pipe table's rows, a
lone line ending in a pipe, a file name inside a sentence, an `作者：` line naming someone the byline does not,
a sentence under no image."""

from __future__ import annotations

from tests.support.pages import page_articles, page_units

_WEB_A = [
    "当前位置：",
    "",
    "小网格里的大服务 居民的事有人管",
    "",
    "微信图片_20250312093011.png",
    "",
    "宁乡市玉潭街道春城社区召开网格员培训会。",
    "",
    "新湖南记者 刘洋 通讯员 陈静 宁乡报道",
    "",
    "走进宁乡市玉潭街道春城社区，网格员正挨家挨户走访，了解居民的急难愁盼。",
    "",
    "社区党委书记介绍，社区划分12个网格，每个网格配备1名专职网格员，今年以来已为居民解决问题300余件。",
    "",
]

_FOOT_A = [
    "来源：新湖南网",
    "",
    "作者：刘洋 陈静",
    "",
    "本文为宁乡站原创文章，转载请附上原文出处链接和本声明。",
    "",
    "本文链接：https://example.cn/content/2025/03/12/100.html",
    "",
    "频道精选",
    "",
    "  • 重要新闻",
    "  • 时政",
    "  • 民生",
    "",
]

_WEB_B = [
    "看溧阳 |",
    "|",
    "综合新闻 |",
    "|",
    "强化党建引领 优化服务供给 |",
    "东升社区议事亭里议出停车新办法 |",
    "|",
    "周文斌 2024-05-20 |",
    "|",
    "本报讯 车辆停放有序、道路干净整洁……走进溧阳市溧城街道东升社区，一处新建的停车棚映入眼帘。",
    "据东升社区党委书记介绍，社区在议事亭召开党群议事会，居民代表商定新建停车棚2处。",
    "“大家的事大家商量着办，办得实、办得快。”居民王大伯说。",
]


def _kinds(lines: list[str]) -> dict[str, str]:
    return {unit.text: unit.kind for unit in page_units("\n".join(lines))}


def test_image_file_name_is_furniture_and_the_sentence_under_it_its_caption() -> None:
    kinds = _kinds(_WEB_A)
    assert kinds["微信图片_20250312093011.png"] == "furniture"
    assert kinds["宁乡市玉潭街道春城社区召开网格员培训会。"] == "caption"
    titles = [article.title for article in page_articles("\n".join(_WEB_A))]
    assert titles == ["小网格里的大服务 居民的事有人管"]


def test_site_notices_under_a_signed_article_are_furniture() -> None:
    kinds = _kinds(_WEB_A + _FOOT_A)
    for line in ("来源：新湖南网", "作者：刘洋 陈静", "频道精选", "• 时政"):
        assert kinds[line] == "furniture", line
    assert kinds["本文为宁乡站原创文章，转载请附上原文出处链接和本声明。"] == "furniture"
    assert kinds["本文链接：https://example.cn/content/2025/03/12/100.html"] == "furniture"


def test_table_cells_give_kicker_headline_and_byline() -> None:
    units = page_units("\n".join(_WEB_A + _FOOT_A + _WEB_B))
    by_text = {unit.text: unit.kind for unit in units}
    assert by_text["强化党建引领 优化服务供给"] == "kicker"
    assert by_text["东升社区议事亭里议出停车新办法"] == "headline"
    assert by_text["周文斌"] == "byline"
    assert by_text["看溧阳"] == by_text["综合新闻"] == "furniture"
    articles = page_articles("\n".join(_WEB_A + _FOOT_A + _WEB_B))
    assert [article.title for article in articles] == [
        "小网格里的大服务 居民的事有人管",
        "东升社区议事亭里议出停车新办法",
    ]
    assert articles[1].subtitle == "强化党建引领 优化服务供给" and articles[1].byline == "周文斌"


def test_pipe_table_rows_and_a_lone_pipe_line_are_left_alone() -> None:
    table = ["社区议事情况如下：", "| 社区 | 议事次数 |", "| 东升社区 | 12 |", "| 西门社区 | 9 |"]
    furniture = [unit.text for unit in page_units("\n".join(table)) if unit.kind == "furniture"]
    assert not any("东升社区" in text for text in furniture)
    lone = ["社区划分12个网格 |", "", "　　每个网格配备1名专职网格员。"]
    assert _kinds(lone)["社区划分12个网格 |"] != "furniture"


def test_file_name_inside_a_sentence_and_an_author_the_byline_does_not_name_stay() -> None:
    kinds = _kinds(["　　居民可登录社区网站下载申请表.pdf，填写后交到社区。"])
    assert kinds["居民可登录社区网站下载申请表.pdf，填写后交到社区。"] == "text"
    signed = [*_WEB_A, "作者：张伟", "", "来源：湖南日报", ""]
    kinds = _kinds(signed)
    assert kinds.get("作者：张伟") != "furniture"  # someone the byline does not name


def test_sentence_under_no_image_is_no_caption() -> None:
    lines = [*_WEB_A[:4], "宁乡市玉潭街道春城社区召开网格员培训会。", "", *_WEB_A[8:]]
    assert _kinds(lines)["宁乡市玉潭街道春城社区召开网格员培训会。"] != "caption"


def test_a_bulleted_list_in_a_signed_article_is_no_channel_list() -> None:
    """(review) bullets of a word under no `频道精选` head are the article's list (invented), not a site's channels."""
    lines = [*_WEB_A[:-1], "　　社区食堂为老人提供以下服务：", "• 助餐服务", "• 医疗保健", "• 文化娱乐", ""]
    read = {
        text: kind for text, kind in _kinds(lines).items() if any(w in text for w in ("助餐", "医疗", "文化"))
    }
    assert len(read) == 3 and "furniture" not in read.values(), read
