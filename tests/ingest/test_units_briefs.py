"""A news-brief column whose items open with a list bullet before their headlines (real damaged text).

heldout4 f04 (blind held-out set): a `简  讯` column of three items, each `◆<headline>` on its own line over its
lead, no bylines. The second item's lead opens with a long autonomous prefecture's name
(`海西蒙古族藏族自治州格尔木市在`), which no report-opening shape knew: the bullet alone makes it a new brief.
"""

from __future__ import annotations

import pytest

from builder.ingest.pagelines import BYLINE, CAPTION, FURNITURE, HEADING, HEADLINE, TEXT, PageReader
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page, read_next

_F04 = (
    "第 6 版   综合新闻\n\n简  讯\n\n"
    "◆大理市“洱海边的党员户”带头护湖\n大理白族自治州大理市在洱海沿岸\n村庄开展“党员户挂牌”活动，1\n"
    "280户党员户亮身份、当表率，\n带头参与洱海保护。\n党员户与周边群众结成“1+N”\n联户对子，共同清理沟渠垃圾、劝\n"
    "导不文明行为。\n\n"
    "◆格尔木市易地搬迁社区建起“暖心食堂”\n海西蒙古族藏族自治州格尔木市在\n易地扶贫搬迁安置社区开办“暖心\n"
    "食堂”，为搬迁群众中的高龄老人\n提供助餐服务。\n目前已建成食堂4家，日均服务老\n人350人次。\n\n"
    "◆秦州区“云端支部”管好流动党员\n天水市秦州区依托微信群和党员教\n育平台建立“云端支部”，把在外\n"
    "务工的流动党员纳入线上管理。\n\n责任编辑：李娜  美术编辑：王超\n"
)


def _articles(page: str) -> list[tuple[str | None, str]]:
    return [(a.title, a.text) for a in segment(assemble(classify_page(page)))]


def test_every_bulleted_item_of_a_brief_column_is_an_article_titled_by_its_headline():
    found = _articles(_F04)
    assert [title for title, _ in found] == [
        "大理市“洱海边的党员户”带头护湖",
        "格尔木市易地搬迁社区建起“暖心食堂”",
        "秦州区“云端支部”管好流动党员",
    ]
    assert found[0][1].endswith("劝导不文明行为。")
    assert found[1][1].startswith("海西蒙古族藏族自治州格尔木市在易地扶贫搬迁")
    assert "暖心食堂" not in found[0][1]


@pytest.mark.parametrize("bullet", ["◆", "◇", "●", "○", "■", "□", "▲", "★", "☆", "▶", "►", "·", "• "])
def test_each_kind_of_list_bullet_opens_a_brief(bullet):
    page = _F04.replace("◆", bullet)
    assert [title for title, _ in _articles(page)][1] == "格尔木市易地搬迁社区建起“暖心食堂”"


def test_the_item_before_a_bullet_ends_at_its_reporters_names():
    # heldout3 e03: items close with their reporters' names glued to the last sentence
    page = _F04.replace("导不文明行为。\n", "导不文明行为。（李娜 王超）\n")
    blocks = assemble(classify_page(page))
    assert (BYLINE, "（李娜 王超）") in [(b.kind, b.text) for b in blocks]
    articles = segment(blocks)
    assert articles[0].byline == "李娜 王超"
    assert articles[1].title == "格尔木市易地搬迁社区建起“暖心食堂”"


def test_a_bulleted_subheading_inside_an_article_names_no_place_and_stays_a_heading():
    # heldout3 e01: `■ 党员认领楼栋` between two paragraphs of one article
    page = (
        "石家庄市桥西区老旧小区多、老年居\n民多，不少楼栋没有物业。\n"
        "■ 党员认领楼栋\n　　区委组织部从在职党员、退休党员和\n居民骨干中选出楼栋“红管家”1260\n名。\n"
    )
    blocks = assemble(classify_page(page))
    assert HEADLINE not in [b.kind for b in blocks]
    assert len(segment(blocks)) == 1


def _rule_reading(page: str, text: str) -> str:
    """The name of the line rule that reads the line holding `text`."""
    reader = PageReader(page)
    while reader.index < len(reader.lines):
        line = reader.lines[reader.index]
        name = read_next(reader)
        if text in line:
            return name
    raise AssertionError(text)


def test_a_bulleted_line_over_a_lead_naming_neither_its_place_nor_one_in_full_opens_no_brief():
    assert _rule_reading(_F04, "◆格尔木市易地搬迁社区") == "brief_bullet"
    page = _F04.replace("海西蒙古族藏族自治州格尔木市在\n", "这里在\n")
    assert _rule_reading(page, "◆格尔木市易地搬迁社区") != "brief_bullet"


def test_a_caption_mark_stays_a_caption_and_a_bulleted_byline_a_byline():
    # seeds 003: `△崆峒区外卖小哥送餐间隙在暖“新”驿站休息。`; 002: `■中共凯里市委组织部`
    page = "△崆峒区外卖小哥送餐间隙在暖“新”驿站休息。\n\n■中共凯里市委组织部\n凯里市推行“三联三化”工作法。\n"
    kinds = [(b.kind, b.text) for b in classify_page(page)]
    assert kinds[0] == (CAPTION, "崆峒区外卖小哥送餐间隙在暖“新”驿站休息。")
    assert kinds[1][0] == BYLINE
    assert kinds[2] == (TEXT, "凯里市推行“三联三化”工作法。")
    assert HEADING not in [kind for kind, _ in kinds]


def test_a_bulleted_headline_naming_no_place_opens_a_brief_over_a_lead_naming_its_place_in_full():
    page = _F04.replace("◆格尔木市易地搬迁社区建起", "◆ 易地搬迁社区建起")
    assert [title for title, _ in _articles(page)][1] == "易地搬迁社区建起“暖心食堂”"


def test_a_brief_without_bullets_over_a_lead_opening_with_an_autonomous_prefecture_is_found():
    # the f04 column printed without its bullets: `海西蒙古族藏族自治州格尔木市在…` opens like a report
    page = _F04.replace("◆", "")
    assert [title for title, _ in _articles(page)] == [
        "大理市“洱海边的党员户”带头护湖",
        "格尔木市易地搬迁社区建起“暖心食堂”",
        "秦州区“云端支部”管好流动党员",
    ]


def test_a_circled_number_is_a_brief_bullet_too():
    page = _F04.replace("◆", "①", 1).replace("◆", "②", 1).replace("◆", "③", 1)
    assert [title for title, _ in _articles(page)][1:] == [
        "格尔木市易地搬迁社区建起“暖心食堂”",
        "秦州区“云端支部”管好流动党员",
    ]


def test_a_bulleted_headline_with_its_lead_on_the_same_line_after_a_gap():
    page = _F04.replace(
        "◆秦州区“云端支部”管好流动党员\n天水市秦州区", "◆秦州区“云端支部”管好流动党员　天水市秦州区"
    )
    title, text = _articles(page)[2]
    assert title == "秦州区“云端支部”管好流动党员"
    assert text.startswith("天水市秦州区依托微信群和党员教育平台建立“云端支部”")


# heldout3 e03's `基层快讯` column (blind held-out set), its items set with bullets, the first one's headline
# naming no place over a lead that opens with 近日, each item closed by its reporter's names.
_E03_BULLETED = (
    "基层快讯\n\n"
    "■“暖新驿站”温暖户外劳动者\n近日，克拉玛依市在商圈、加油站和\n物流园区建成“暖新驿站”64个，为\n"
    "外卖骑手、快递员提供休息服务。（热依拉 陈默）\n\n"
    "■新华社区“石榴籽”调解室化解邻里纠纷\n乌鲁木齐市天山区碱泉街街道新华社\n区成立“石榴籽”调解室，今年以来\n"
    "共受理纠纷87件。（马晓燕）\n"
)


def test_a_brief_columns_name_is_furniture_and_a_bulleted_item_opening_with_its_date_a_brief():
    blocks = classify_page(_E03_BULLETED)
    assert (blocks[0].kind, blocks[0].text) == (FURNITURE, "基层快讯")
    articles = segment(assemble(blocks))
    assert [(a.title, a.byline) for a in articles] == [
        ("“暖新驿站”温暖户外劳动者", "热依拉 陈默"),
        ("新华社区“石榴籽”调解室化解邻里纠纷", "马晓燕"),
    ]


def test_a_bulleted_subheading_over_a_paragraph_opening_with_jinnian_yilai_stays_a_heading():
    # heldout3 e01's `■ 小事不出楼栋`: its paragraph may open with 今年以来, as a report's lead does not alone
    page = (
        "石家庄市桥西区老旧小区多、老年居\n民多，不少楼栋没有物业。\n"
        "■ 小事不出楼栋\n今年以来，“红管家”共收集居民诉\n求5300余件，办结率达到96.5%。\n"
    )
    assert HEADLINE not in [b.kind for b in classify_page(page)]


def test_briefs_without_bullets_their_headline_and_lead_on_one_line_a_gap_apart():
    page = (
        "简讯\n\n大理市“洱海边的党员户”带头护湖　大理白族自治州大理市在洱海沿岸\n村庄开展“党员户挂牌”活动，1280户党员户亮身份。\n\n"
        "格尔木市易地搬迁社区建起“暖心食堂”  海西蒙古族藏族自治州格尔木市在\n易地扶贫搬迁安置社区开办“暖心食堂”。\n"
    )
    found = _articles(page)
    assert [title for title, _ in found] == [
        "大理市“洱海边的党员户”带头护湖",
        "格尔木市易地搬迁社区建起“暖心食堂”",
    ]
    assert found[0][1].startswith("大理白族自治州大理市在洱海沿岸村庄开展")


def test_a_body_line_with_a_stray_space_is_no_brief():
    page = "洱海保护有了新力量。\n党员户亮身份当表率 大理白族自治州大理市在洱海沿岸\n村庄开展“党员户挂牌”活动。\n"
    assert HEADLINE not in [b.kind for b in classify_page(page)]


def test_a_bulleted_headline_wrapped_over_two_lines_is_one_headline():
    page = _F04.replace("◆大理市“洱海边的党员户”带头护湖\n", "◆大理市“洱海边的党员户”\n带头护湖\n")
    title, text = _articles(page)[0]
    assert title == "大理市“洱海边的党员户”带头护湖"
    assert text.startswith("大理白族自治州大理市在洱海沿岸村庄开展")
