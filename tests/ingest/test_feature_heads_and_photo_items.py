"""Kinds of damage from heldout10 (issue 14), each with invented lines of the kind and a negative.

- A photo news item whose credit is glued to its last sentence (`…4万余斤。　某某　摄`): its lines are one
  photo's text, never a caption inside an open sentence whose first half runs on into the next headline.
- A `place：phrase` headline as wide as its column, after a gap, over a lead naming that place: a headline.
- A feature's subheadings set in 【】 right under its byline: subheadings, not the headlines of briefs.
- A headline wrapped in a narrow column over its `——` subtitle, under a genre label (`人物`): one headline,
  the label furniture; a kicker over a headline over a subtitle stays a kicker.
- A masthead naming the paper beside the date and page; the paper's imprint at the foot: furniture.
- Two headlines on one line apart by the columns' gap, over a third printed twice (spaced differently).
- A table's title over its cells one a line is no headline over a byline; `4万余` is a figure cell.
"""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.pagelines import FURNITURE, HEADING, HEADLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.read import clean_text
from builder.ingest.segment import segment
from builder.ingest.tables import is_figure_cell
from builder.ingest.textrules import remove_stray_spaces, split_bold_doubled
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def _blocks(page: str):
    with data_dir_fixed():
        return assemble(classify_page(page))


REPORT = (
    "网格“小哨兵”守护大社区\n本报讯（记者 某某某）\n"
    "某某市某某区城东街道把辖区划分为\n46个基础网格，每个网格配备专职\n网格员，让群众的小事不出网格。\n\n"
)
PHOTO_ITEM = (
    "图片新闻\n某某市某某县某某镇的党员志愿者\n在江边村帮助村民抢收砂糖橘。当天，\n"
    "30余名志愿者共帮助12户农户采摘砂糖\n橘4万余斤。　某某某　摄\n\n"
)
COLON_HEADLINE = (
    "兴宁：村集体经济“空壳村”全部清零\n梅州市兴宁市以“党支部领办合作社”\n为抓手，推动村集体经济发展壮大。\n"
    "全市已有217个村党组织领办合作\n社，带动农户3.6万户增收。\n（记者 某某 通讯员 某某某）\n"
)


def test_a_photo_item_with_its_credit_glued_is_in_no_body_and_the_next_report_stands_apart():
    articles = _articles(REPORT + PHOTO_ITEM + COLON_HEADLINE)
    assert [a.title for a in articles] == ["网格“小哨兵”守护大社区", "兴宁：村集体经济“空壳村”全部清零"]
    body = "".join(p for a in articles for p in a.paragraphs)
    assert "砂糖橘" not in body and "当天" not in body
    assert articles[1].paragraphs[0].startswith("梅州市兴宁市以")


def test_a_photo_label_with_no_credit_under_it_is_no_photo_item():
    page = REPORT + "图片新闻\n某某镇的党员志愿者在江边村帮助\n村民抢收砂糖橘，共采摘4万余斤。\n"
    assert not any(b.kind == FURNITURE and b.text == "图片新闻" for b in classify_page(page))


def test_a_wide_place_colon_headline_over_a_lead_naming_its_place_is_a_heading():
    blocks = _blocks(REPORT + COLON_HEADLINE)
    assert any(b.kind in (HEADING, HEADLINE) and b.text.startswith("兴宁：") for b in blocks)


def test_a_speakers_turn_is_no_headline():
    # `王书记：…` names no place; the line under it goes on with what was said
    page = (
        REPORT
        + "王书记：村集体经济“空壳村”全部清零\n王书记说，下一步要让村集体经济发\n展壮大，带动农户增收。\n"
    )
    blocks = _blocks(page)
    assert not any(b.kind in (HEADING, HEADLINE) and b.text.startswith("王书记") for b in blocks)


FEATURE = (
    "人物\n瓜田里的\n“领头雁”\n——记某某区某某镇香花村党支部书记莫某某\n本报记者 某某某 通讯员 某某某\n"
    "【从打工仔到村支书】\n今年52岁的莫某某，年轻时在\n广东打工多年。2018年，他\n回到某某市某某区某某镇香花村，\n"
    "当选村党支部书记。\n【一颗瓜富了一个村】\n香花村土地沙质，适合种西瓜。\n莫某某带头成立西瓜专业合作社，\n"
    "全村种植西瓜1300亩。\n"
)


def test_a_wrapped_feature_headline_over_its_subtitle_with_bracketed_subheadings_is_one_article():
    articles = _articles(REPORT + FEATURE)
    assert len(articles) == 2
    feature = articles[1]
    assert (feature.title, feature.subtitle) == ("瓜田里的“领头雁”", "记某某区某某镇香花村党支部书记莫某某")
    headings = [b.text for b in feature.blocks if b.kind == HEADING]
    assert feature.blocks[0].kind == HEADING and headings == ["从打工仔到村支书", "一颗瓜富了一个村"]
    assert not any("人物" in p for a in articles for p in a.paragraphs)


def test_a_kicker_over_a_headline_over_its_subtitle_stays_a_kicker():
    page = REPORT + FEATURE.replace("人物\n瓜田里的\n“领头雁”\n", "党建引领老工业区焕新\n“老书记”的三本账\n")
    assert _articles(page)[1].title == "“老书记”的三本账"


def test_briefs_under_bracketed_headlines_stay_briefs():
    page = (
        "【某某县“暖新驿站”温暖户外劳动者】\n某某县在城区建成“暖新驿站”12个，\n为户外劳动者提供歇脚服务。\n\n"
        "【某某镇“板凳会”解民忧】\n某某镇推行“板凳会”，今年以来\n商定修路、引水等事项42件。\n"
    )
    assert len(_articles(page)) == 2


def test_a_masthead_naming_the_paper_beside_its_date_and_the_imprint_at_the_foot_are_furniture():
    assert is_furniture_line("北疆某某社区周刊 2026年5月20日 第4版 基层观察")
    assert is_furniture_line("南粤某某报社出版  第3版")
    assert not is_furniture_line("某某县推行楼栋长制 居民议事有了新平台")


HEADLINES_ON_TOP = (
    "某某街道：志愿服务“积分换”　　老旧小区有了“红色物业”\n"
    "新城区推行楼栋长制 居民议事有了新平台新城区推行楼栋长制居民议事有了新平台\n"
)


def test_headlines_apart_by_the_columns_gap_over_a_headline_printed_twice_are_three():
    page = (
        clean_text(HEADLINES_ON_TOP)
        + "本报讯（通讯员 某某 记者 某某某）\n某某市某某区某某街道推行志愿服务。\n"
    )
    heads = [u.text for u in classify_page(page) if u.kind == HEADLINE]
    assert heads == [
        "某某街道：志愿服务“积分换”",
        "老旧小区有了“红色物业”",
        "新城区推行楼栋长制 居民议事有了新平台",
    ]


def test_a_line_printed_twice_spaced_differently_is_one_headline():
    assert split_bold_doubled(
        "新城区推行楼栋长制 居民议事有了新平台新城区推行楼栋长制居民议事有了新平台"
    ) == (
        "新城区推行楼栋长制 居民议事有了新平台",
        "",
    )
    assert split_bold_doubled("党建 引领党建引领") is None  # too short to be a headline printed twice
    assert split_bold_doubled("居民 议事 居民议事会议") is None


def test_a_table_title_over_cells_one_a_line_is_no_headline():
    page = (
        REPORT
        + "赫山区“屋场会”开展情况\n项目\n数量\n召开场次\n１６５０\n参会人次\n４万余\n解决问题\n２９８０\n"
    )
    units = classify_page(page)
    assert not any(u.kind == HEADLINE and u.text.startswith("赫山区") for u in units)
    assert is_figure_cell("４万余") and is_figure_cell("96.5%") and not is_figure_cell("４万余人")


def test_a_word_spread_inside_quotes_is_closed_up_a_slogans_halves_stay_apart():
    assert remove_stray_spaces("成立“小红 帽”志愿服务队") == "成立“小红帽”志愿服务队"
    assert remove_stray_spaces("开展“阳光相约 博爱同行”活动") == "开展“阳光相约 博爱同行”活动"


def test_placeless_bracketed_lines_after_a_features_lead_are_its_subheadings():
    # heldout12 p03's kind: the first 【】 stands after the lead, not right under the byline
    page = (
        "戈壁滩上的“领头雁”\n——记某某区某某镇陈寨村党支部书记赵某某\n本报记者 某某某\n"
        "  五月的某某区某某镇，玉米制种田里一片新绿。\n"
        "【“先把路修通”】\n  2019年赵某某刚上任时，村里道路坑洼，村集体收入不足3万元。\n"
        "【“让地里长出金子”】\n  村党支部领办合作社，去年村集体收入达到86万元。\n"
    )
    articles = _articles(clean_text(page.replace("  ", "\u3000\u3000")))  # indented as printed
    assert len(articles) == 1
    assert [b.text for b in articles[0].blocks if b.kind == HEADING] == ["“先把路修通”", "“让地里长出金子”"]


def test_a_subtitle_wrapped_in_a_narrow_column_is_one_subtitle():
    # heldout12 p01's kind: `——某某市某某区北关街道服务` / `新就业群体见闻`, a blank line, the byline
    page = (
        "“红色驿站”暖了骑手心\n——某某市某某区北关街道服务\n新就业群体见闻\n\n本报记者 某某某\n"
        "  午后两点，某某市某某区北关街道的“红色驿站”里，骑手们正在休息。驿站已服务骑手3000余人次。\n"
    )
    articles = _articles(page)
    assert len(articles) == 1
    assert articles[0].subtitle == "某某市某某区北关街道服务新就业群体见闻"
    # a subtitle ending as one does (…见闻) takes no line under it
    whole = page.replace(
        "——某某市某某区北关街道服务\n新就业群体见闻\n", "——某某市某某区北关街道服务新就业群体见闻\n"
    )
    assert _articles(whole)[0].subtitle == "某某市某某区北关街道服务新就业群体见闻"


def test_a_column_label_over_a_headline_wrapped_over_two_lines_is_furniture():
    # heldout12 p02's kind: `社区治理` / `一张“议事桌”` / `议出邻里和气` / bare names
    page = "社区治理\n一张“议事桌”\n议出邻里和气\n易某某 陈某某\n  在某某市某某区园林路社区，每月10日的“邻里议事桌”已开了58场。\n"
    article = _articles(page)[0]
    assert (article.title, article.subtitle) == ("一张“议事桌”议出邻里和气", None)
    # a kicker that says more than a word is no label
    kicker = page.replace("社区治理\n", "党建引领基层治理\n")
    assert classify_page(kicker)[0].kind != FURNITURE
