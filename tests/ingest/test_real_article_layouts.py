"""Layouts a blind set of real published articles showed (issue 14), each with invented lines of the same damage.

- a headline standing after a finished article whose last unit is a photo's caption and credit;
- a long series tag in 【】 over a mid-page headline standing apart from its body;
- news-brief items opened by a bullet with no headline (`●本报某地…讯（记` / `者…）近日，…`);
- one headline of two phrases around a place and its colon (`某县：…新动能 绘就…新画卷`);
- news sites' datelines (`…客户端、…网3月5日消息（记者 …）`, `…网讯 `, `…网11月1日某地讯 `);
- a closing credit of roles and names on its own line, no brackets, over the next headline and its byline;
- a caption with its credit in brackets on one line (`…讨论村规（某县融媒体中心供图）`), also inside a sentence.
"""

from __future__ import annotations

from builder.ingest.datelines import split_baoxun
from builder.ingest.pagelines import BYLINE, CAPTION, CREDIT, FURNITURE, HEADLINE, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.textrules import split_headlines
from builder.ingest.units import classify_page


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def _kinds(page: str) -> list[tuple[str, str]]:
    return [(unit.kind, unit.text) for unit in classify_page(page)]


_TWO_PHRASES_AND_CAPTIONS = (
    "2026年3月2日  星期一\n第 4 版   乡村振兴\n\n"
    "湖南桃源：红色理事会唤醒乡村活力 描绘宜居宜业新图景\n\n"
    "近日，走进湖南省常德市桃源县漳江\n镇的村民议事厅，墙上贴满了议事记\n录。村民们围坐一圈，说事议事。\n\n"
    "漳江镇围绕“三清三治”工作目标，\n"
    "村民在议事厅讨论村规（桃源县融媒体中心供图）\n"
    "每月组织一次议事会，激励村民参与\n村级事务。\n\n"
    "截至目前，全镇12个村已建立议事\n会，累计议定事项300余件。\n\n"
    "理事会成员入户走访群众（桃源县融媒体中心供图）\n\n\n"
    "青山镇“红色理事会”开张\n\n"
    "“理事会成立了，大家来议议！”\n3月1日，临澧县青山镇白鹭村的村\n民早早来到村委会。据悉，理事会已\n"
    "调解纠纷40余起。\n\n"
    "理事会让村里的事有人管，村民的心\n更齐了。\n"
)


def test_one_headline_of_two_phrases_around_a_place_and_colon_stays_whole():
    first = _articles(_TWO_PHRASES_AND_CAPTIONS)[0]
    assert first.title == "湖南桃源：红色理事会唤醒乡村活力 描绘宜居宜业新图景"


def test_a_word_ending_in_a_place_suffix_opens_no_second_headline():
    # 乡村, 市场, 区域 begin with a place's suffix character, but name no place
    assert len(split_headlines("某县：议事厅唤醒乡村治理新活力 描绘宜居乡村新图景")) == 1
    assert len(split_headlines("某区：老旧小区换新颜 激活市场消费新活力")) == 1
    # a second headline opening with a real place is still one of its own
    assert len(split_headlines("范罗山街道：红色物业焕新颜 宿松县“一村一辅警”守护村居平安")) == 2


def test_a_headline_after_an_article_closed_by_its_photo_is_a_new_article():
    articles = _articles(_TWO_PHRASES_AND_CAPTIONS)
    assert [a.title for a in articles] == [
        "湖南桃源：红色理事会唤醒乡村活力 描绘宜居宜业新图景",
        "青山镇“红色理事会”开张",
    ]
    assert "青山镇" not in articles[0].text
    assert articles[1].text.startswith("“理事会成立了，大家来议议！”3月1日")


def test_a_caption_with_its_credit_in_brackets_is_split_and_the_sentence_around_it_rejoined():
    first = _articles(_TWO_PHRASES_AND_CAPTIONS)[0]
    assert [(p.text, p.credit) for p in first.captions] == [
        ("村民在议事厅讨论村规", "桃源县融媒体中心供图"),
        ("理事会成员入户走访群众", "桃源县融媒体中心供图"),
    ]
    assert "工作目标，每月组织一次议事会" in first.text
    assert "供图" not in first.text


def test_a_bracketed_credit_alone_stays_one_credit():
    kinds = _kinds("某村开展议事活动。\n\n（图片由某村提供）\n")
    assert (CREDIT, "（图片由某村提供）") in kinds
    assert not any(kind == CAPTION for kind, _ in kinds)


_SERIES_TAG_PAGE = (
    "第 2 版 · 基层党建\n\n"
    "某镇“爱心超市”开张\n\n"
    "　　本报讯（记者 王小明）近日，某市某镇新开的“爱\n心超市”热闹非凡，村民纷纷进店了解\n情况。\n"
    "　　全镇已设爱心超市12家。\n\n"
    "【红旗在基层一线迎风飘扬】\n"
    "青石社区党员守护老街区\n\n"
    "　　某区某镇青石社区充分发挥基层党\n组织作用，聚焦服务群众，持续释放\n党建引领动能。\n"
    "　　社区设6个网格。\n"
)


def test_a_long_series_tag_over_a_mid_page_headline_is_furniture_and_the_headline_opens_an_article():
    kinds = _kinds(_SERIES_TAG_PAGE)
    assert (FURNITURE, "【红旗在基层一线迎风飘扬】") in kinds
    articles = _articles(_SERIES_TAG_PAGE)
    assert [a.title for a in articles] == ["某镇“爱心超市”开张", "青石社区党员守护老街区"]
    assert "青石社区党员守护老街区" not in articles[0].text
    assert articles[1].text.startswith("某区某镇青石社区充分发挥")


def test_a_short_bracketed_subheading_over_its_paragraph_stays_no_furniture():
    page = "某社区推行积分管理，居民参与热情高。\n\n【积分上墙】\n\n社区把积分张榜公布，每月更新一次。\n"
    assert (FURNITURE, "【积分上墙】") not in _kinds(page)


_HEADLESS_BRIEFS = (
    "第8版    简讯    2025年10月29日  星期三\n\n简  讯\n\n"
    "●本报某地5月9日讯（记\n者王小明通讯员李小红）近日，\n东关街道石桥村的张先生和邻\n居又和和美美地一起聊天了。\n"
    "村里的老党员调解员功不可没。\n\n"
    "●日前，家住本市某区柳湾镇的\n刘大姐和赵大娘，因为院墙滴水\n问题发生纠纷。调解员上门\n调解，两人重归于好。\n"
)


def test_bulleted_brief_items_with_no_headline_are_each_an_article():
    articles = _articles(_HEADLESS_BRIEFS)
    assert len(articles) == 2
    assert articles[0].byline.replace(" ", "") == "本报某地5月9日讯（记者王小明通讯员李小红）"
    assert articles[0].text.startswith("近日，东关街道石桥村")
    assert articles[1].text.startswith("日前，家住本市某区柳湾镇")
    assert not articles[0].captions and not articles[1].captions


def test_bullets_inside_an_article_outside_a_brief_column_open_no_article():
    page = (
        "某区推行“三项机制”\n\n本报讯（记者 张三）某区推行三项机制，成效明显。\n\n"
        "●近日，某街道召开议事会，\n居民代表20人参加。\n\n●日前，某社区开展巡查，\n发现问题5个。\n"
    )
    assert not any(unit.opens for unit in classify_page(page) if unit.kind == TEXT)
    articles = _articles(page)
    assert len(articles) == 1
    assert "近日，某街道召开议事会，居民代表20人参加。" in articles[0].text  # a paragraph, never a caption
    assert not articles[0].captions


def test_news_sites_datelines_are_bylines():
    assert split_baoxun("某某客户端、某某网3月5日消息（记者王五）“积分怎么换？”") == (
        "某某客户端、某某网3月5日消息（记者 王五）",
        "“积分怎么换？”",
    )
    assert split_baoxun("某通网讯 “驿站就在快递站旁边，") == ("某通网讯", "“驿站就在快递站旁边，")
    assert split_baoxun("中国某某网6月2日某州讯 青石社区以7名调解员") == (
        "中国某某网6月2日某州讯",
        "青石社区以7名调解员",
    )


def test_a_date_and_news_in_a_sentence_are_no_dateline():
    assert split_baoxun("今年6月3日消息传来，村里一片欢腾。")[0] is None
    assert split_baoxun("某网讯息平台上线，居民纷纷点赞。")[0] is None


_CLOSING_CREDIT_PAGE = (
    "新业态·新就业群体　　2026年2月11日　第3版\n\n"
    "“暖心驿站”三个月服务八百人次\n——打造快递小哥贴心之家\n\n"
    "某通网讯 “驿站就在快递站旁边，\n歇脚很方便。”7日，快递小哥\n小王在驿站稍事休息。\n"
    "驿站运行三个月来，已服务快递\n员八百人次。\n"
    "记者赵大勇 通讯员钱小飞\n\n"
    "寒潮里“双向守护” 江城驿站为户外劳动者送上温暖\n"
    "某州新闻网消息（记者孙小梅）\n2月3日，某州迎来寒潮天气。\n全市30余家驿站开放暖气。\n"
)


def test_a_closing_credit_of_roles_and_names_without_brackets_is_the_byline_of_the_article_above():
    assert (BYLINE, "（记者赵大勇 通讯员钱小飞）") in _kinds(_CLOSING_CREDIT_PAGE)
    articles = _articles(_CLOSING_CREDIT_PAGE)
    assert len(articles) == 2
    assert articles[0].byline.replace(" ", "") == "记者赵大勇通讯员钱小飞"
    assert articles[0].text.endswith("已服务快递员八百人次。")
    assert articles[1].byline.replace(" ", "") == "某州新闻网消息（记者孙小梅）"


def test_a_reporter_line_over_a_paragraph_is_no_closing_credit():
    page = "某社区开展议事活动。\n记者赵大勇 通讯员钱小飞\n\n社区居民踊跃参加，提出建议30\n条，均已办结。\n"
    assert not any(kind == BYLINE and text.startswith("（") for kind, text in _kinds(page))
    assert (TEXT, "某社区开展议事活动。") in _kinds(page)
    assert HEADLINE not in {kind for kind, _ in _kinds(page)}


def test_an_untitled_brief_about_one_village_is_titled_by_the_village_and_its_practice():
    from builder.ingest.titles import title_from_lead

    lead = [
        "近日，东关街道石桥村的张先生和邻居又和和美美地一起聊天了。这得感谢村里的“老党员”调解员。",
        "今年，石桥村充分发挥“老党员”的作用，组建了调解室。",
        "石桥村调解室成立以来，化解纠纷20起。",
    ]
    assert title_from_lead(lead) == "石桥村：“老党员”"


def test_an_untitled_lead_is_never_titled_by_its_time_word():
    from builder.ingest.titles import title_from_lead

    assert (
        title_from_lead(["近日，张先生和邻居又和和美美地一起聊天了。"])
        == "张先生和邻居又和和美美地一起聊天了"
    )


def test_a_marked_caption_that_opens_like_no_lead_stays_a_caption():
    page = "某社区开展议事活动，居民踊跃参加。\n\n●志愿者为社区老人义务理发。\n\n社区还开展了义诊活动。\n"
    assert (CAPTION, "志愿者为社区老人义务理发。") in _kinds(page)
    page = (
        "某社区开展议事活动，居民踊跃参加。\n\n▲近日，志愿者为社区老人义务理发。\n\n社区还开展了义诊活动。\n"
    )
    assert (CAPTION, "近日，志愿者为社区老人义务理发。") in _kinds(page)
