"""A news site's page copied to text, the kinds real R21 r21_04 shows (builder.ingest.copiedpages, sitecopies):
the page title joining the headline and its subtitle by `——` (too long for one headline) over the information line (`2025-03-27 10:14:14
来源：… 责任编辑：… 我来说两句 |`), a breadcrumb naming the site and its channel without 首页 or 正文
(`荆楚网 > 武汉新闻`), the site's `关注我们` over it, and a picture's file name the site's system gave it, copied
without its extension (a hash, its size, the time it was uploaded). Invented lines; negatives: a title with
`——` and no information line under it, a sentence naming a site and a `>` comparison, a hex-looking word in a
sentence."""

from __future__ import annotations

from tests.support.pages import page_articles, page_units

_SITE_A = [
    "同心议事解难题 共建共治谱新篇——“邻里同行·和美安居”安和社区协商议事示范项目启动仪式举行",
    "2025-04-02 09:31:20 来源：闽风网 责任编辑：郑晓 我来说两句 |",
    "",
    "闽风网4月2日讯（本网记者 陈立 通讯员 黄小雅）4月1日上午，安和社区协商议事项目启动仪式在社区党群服务中心举行。",
    "活动由某区委社会工作部、安和街道党工委主办，社区新时代文明实践站承办。",
    "社区党委书记表示，将以议事平台为抓手，引导居民参与社区治理。",
]

_SITE_B = [
    "关注我们",
    "江城网 > 区县新闻",
    "",
    "桥东社区“单元管家”激活楼道微治理",
    "",
    "发布时间：2025年10月9日10:20 来源：",
    "",
    "江城网讯（通讯员李青）10月9日，桥东社区为30名“单元管家”颁发聘书。",
    "",
    "9f1c2ab37e4d5c6b8a90f1e2d3c4b5a6_1280X720_20251009101502",
    "",
    "“单元管家”代表在聘书颁发现场。通讯员供图",
    "",
    "据了解，“单元管家”由党员、楼栋长和热心居民组成，负责收集居民诉求、调解邻里纠纷。",
]


def _kinds(lines: list[str]) -> dict[str, str]:
    return {unit.text: unit.kind for unit in page_units("\n".join(lines))}


def test_page_title_joining_headline_and_subtitle_over_the_information_line() -> None:
    articles = page_articles("\n".join(_SITE_A))
    assert [a.title for a in articles] == ["同心议事解难题 共建共治谱新篇"]
    assert articles[0].subtitle == "“邻里同行·和美安居”安和社区协商议事示范项目启动仪式举行"
    assert articles[0].byline == "闽风网4月2日讯（本网记者 陈立 通讯员 黄小雅）"
    assert articles[0].paragraphs[0].startswith("4月1日上午")


def test_breadcrumb_without_home_follow_call_and_extensionless_image_name_are_furniture() -> None:
    kinds = _kinds(_SITE_B)
    assert kinds["关注我们"] == "furniture"
    assert kinds["江城网 > 区县新闻"] == "furniture"
    assert kinds["9f1c2ab37e4d5c6b8a90f1e2d3c4b5a6_1280X720_20251009101502"] == "furniture"
    articles = page_articles("\n".join(_SITE_B))
    assert [a.title for a in articles] == ["桥东社区“单元管家”激活楼道微治理"]
    assert articles[0].paragraphs[0].startswith("10月9日")
    assert articles[0].paragraphs[-1].startswith("据了解")


def test_dashes_with_no_information_line_and_sentences_stay() -> None:
    lines = [
        "同心议事解难题 共建共治谱新篇——“邻里同行·和美安居”安和社区协商议事示范项目启动仪式举行",
        "",
        "　　据江城网消息，社区议事会的参会人数 > 去年同期，居民满意度明显提升。",
        "　　社区将编号9f1c2ab37e4d5c6b8a90的档案交给居民代表保管。",
    ]
    kinds = _kinds(lines)
    assert "subtitle" not in kinds.values()
    assert "furniture" not in kinds.values()
