"""Layouts no committed set showed before session 18 (invented lines; the dev set is tests/corpus/layouts18): one
test per kind of damage or layout, with negatives."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.headlineshapes import is_headline_shape
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


# ------------------------------------------------------------------ a web page and a WeChat article copied to text

_WEB_PAGE = (
    "当前位置：首页 > 政务公开 > 工作动态 > 街道动态\n\n"
    "定王台街道：“楼栋长”当好居民贴心人\n\n"
    "来源：芙蓉区人民政府网　　发布时间：2026-05-12 09:30　　作者：{author}　　浏览次数：\n"
    "【字体：大 中 小】　　　　分享到：\n\n"
    "近日，长沙市芙蓉区定王台街道召开“楼栋长”工作推进会，为新选聘的126名“楼栋长”颁发聘书。\n\n"
    "目前，街道共有“楼栋长”478名，覆盖辖区1360个楼栋。\n\n"
    "责任编辑：张敏\n\n【打印本页】　【关闭窗口】\n\n扫一扫在手机打开当前页\n\n"
    "主办：长沙市芙蓉区人民政府办公室　　网站标识码：4301020001　　湘ICP备00000000号\n"
)


def test_a_web_pages_furniture_is_dropped_and_its_author_is_the_byline():
    (article,) = page_articles(_WEB_PAGE.format(author="刘芳"))
    assert (article.title, article.byline) == ("定王台街道：“楼栋长”当好居民贴心人", "刘芳")
    assert article.paragraphs == [
        "近日，长沙市芙蓉区定王台街道召开“楼栋长”工作推进会，为新选聘的126名“楼栋长”颁发聘书。",
        "目前，街道共有“楼栋长”478名，覆盖辖区1360个楼栋。",
    ]


def test_a_web_page_naming_no_author_has_its_headline_and_no_byline():
    page = _WEB_PAGE.format(author="").replace("作者：　　", "")
    (article,) = page_articles(page)
    assert (article.title, article.byline) == ("定王台街道：“楼栋长”当好居民贴心人", None)


def test_web_furniture_words_inside_sentences_stay_text():
    from builder.ingest.copiedpages import is_copied_page_furniture

    assert is_copied_page_furniture("【字体：大 中 小】　　　　分享到：")
    assert is_copied_page_furniture("【打印本页】　【关闭窗口】")
    assert is_copied_page_furniture("原创　钟山融媒　2026-05-11 18:06　贵州")
    assert is_copied_page_furniture("点击蓝字　关注我们")
    assert not is_copied_page_furniture("居民可在手机上打开当前页面查询办理进度。")
    assert not is_copied_page_furniture("街道把议事结果分享到居民群，接受监督。")
    assert not is_copied_page_furniture("关闭")


_WECHAT = (
    "点击蓝字　关注我们\n\n钟山区荷城街道：“红色驿站”\n成了新就业群体的“暖心家”\n\n"
    "原创　钟山融媒　2026-05-11 18:06　贵州\n\n"
    "今年以来，六盘水市钟山区荷城街道聚焦新就业群体的急难愁盼，打造“红色驿站”服务阵地。\n\n"
    "◆ 街道在辖区商圈、物流园区建成“红色驿站”12个，配备饮水机、充电柜、微波炉等设施，全天免费开放。\n\n"
    "▲ 骑手在荷城街道“红色驿站”休息充电\n\n"
    "◆ 街道联合辖区5家物流企业成立新就业群体联合党支部，吸纳党员骑手37名，组建“小哥志愿队”。\n\n"
    "编辑：杨柳　　审核：陈刚\n\n往期推荐\n\n点个“在看”，你最好看\n\n长按识别二维码关注我们\n"
)


def test_a_wechat_articles_head_bullets_and_caption():
    (article,) = page_articles(_WECHAT)
    assert article.title == "钟山区荷城街道：“红色驿站”成了新就业群体的“暖心家”"
    assert [c.text for c in article.captions] == ["骑手在荷城街道“红色驿站”休息充电"]
    assert article.paragraphs[1].startswith("街道在辖区商圈")
    assert article.paragraphs[-1].startswith("街道联合辖区5家物流企业")


def test_one_marked_sentence_alone_stays_a_caption():
    page = _WECHAT.replace("◆ 街道联合", "街道联合").replace("◆ 街道在辖区", "● 街道在辖区")
    units = page_units(page)
    assert any(u.kind == "caption" and u.text.startswith("街道在辖区商圈") for u in units)


def test_a_page_number_with_the_pages_name_is_furniture():
    from builder.ingest.furniture import is_furniture_line

    assert is_furniture_line("第4版　边疆基层治理故事")
    assert is_furniture_line("第12版 基层治理·社区")
    assert not is_furniture_line("第4版刊登的“同心议事厅”经验引起关注")
    assert not is_furniture_line("4 边疆基层治理故事")


# ------------------------------------------------------------------ OCR damage to lines

_LONGBEI = (
    "城厢区：老街巷里有了“红色管家”\n"
    "　　本报讯（记者 林婉清）莆田市城厢区\n龙桥街道的老街巷多，房屋老旧、\n管理主体缺失。\n"
    "　　去年以来，街道党工委在辖区\n14个无物业小区推行“红色 管家”\n{head}"
    "服务，由社区党员、退休干部和热\n心居民组成服务队，承担卫生保洁、\n{twice}"
    "安全巡查、邻里调解等事务。街道\n还设立积分超市，居民参与志愿服\n务可凭积分兑换生活用品。\n"
    "　　截至目前，已办结{number}条，办结率94.9%。\n"
)
_HEADED = "社区治理周报\n2026年5月12日　星期二　　第4版　　民生\n\n"


def _body(**damage: str) -> str:
    values = {"head": "", "twice": "", "number": "2714", **damage}
    (article,) = page_articles(_HEADED + _LONGBEI.format(**values))
    return "".join(article.paragraphs)


def test_a_line_printed_twice_at_a_column_break_is_read_once():
    assert "事务。街道还设立" in _body(twice="安全巡查、邻里调解等事务。街道\n")
    assert _body(twice="安全巡查、邻里调解等事务。街道\n") == _body()


def test_the_pages_head_printed_again_mid_column_is_furniture():
    assert _body(head="2026年5月12日　星期二　　第4版　　民生\n") == _body()
    page = "清江社区报\n第1版　要闻\n\n" + _LONGBEI.format(head="清江社区报\n", twice="", number="2714")
    (article,) = page_articles(page)
    assert "清江社区报" not in "".join(article.paragraphs)


def test_a_number_broken_at_the_line_end_with_a_hyphen_is_one_number():
    assert "已办结2714条" in _body(number="27-\n14")
    assert "2024-2025年" in _body(number="2024-\n2025年的2714")  # a range keeps its hyphen


def test_a_year_or_a_number_opening_with_a_nought_broken_at_the_line_end_is_one_number():
    assert "2025年的2714" in _body(number="20-\n25年的2714")
    assert "2025年的2714" in _body(number="2-\n025年的2714")
    assert "已办结1208条" in _body(number="12-\n08")


def test_a_range_a_date_or_a_telephone_number_at_the_line_end_keeps_its_hyphen():
    assert "10-15年的2714" in _body(number="10-\n15年的2714")  # 1015 is no year of a report
    assert "3-5人的2714" in _body(number="3-\n5人的2714")
    assert "2025-12-05的2714" in _body(number="2025-\n12-05的2714")
    assert "2025-12-05的2714" in _body(number="2025-12-\n05的2714")
    assert "0851-8765432的2714" in _body(number="0851-\n8765432的2714")
    assert "1.5-2万的2714" in _body(number="1.5-\n2万的2714")


def test_a_full_width_space_inside_a_quoted_name_of_four_goes():
    """(read_page makes the ideographic space a plain one.)"""
    assert "推行“红色管家”服务" in _body()
    from builder.ingest.textrules import remove_stray_spaces

    assert remove_stray_spaces("“阳光相约 博爱同行”") == "“阳光相约 博爱同行”"
    assert remove_stray_spaces("“小网格 大民生”") == "“小网格 大民生”"


# ------------------------------------------------------------------ a headline's second line opening with a quote


def test_a_headline_wrapped_after_its_place_and_colon_before_a_quoted_name_is_one_headline():
    from builder.ingest.headlinewraps import reads_on

    assert reads_on(
        "东安区：网格员成了", "“平安守护人”"
    )  # 平安 (平安区) inside the quoted name names no place
    assert not reads_on("东安区：网格员成了", "平安区“守护人”上岗")
    units = page_units(
        "东安区：网格员成了\n“平安守护人”\n本报记者 刘洋\n　　牡丹江市东安区把全区划分为286个网格。\n"
    )
    assert [(u.kind, u.text) for u in units[:1]] == [("headline", "东安区：网格员成了“平安守护人”")]


# ------------------------------------------------------------------ bold-doubled section heads inside a body


def test_a_doubled_bold_line_opening_with_an_ordinal_between_paragraphs_is_a_section_head():
    page = _WECHAT.replace(
        "◆ 街道在辖区", "一一、、建建阵阵地地　　歇歇脚脚有有去去处处\n\n◆ 街道在辖区"
    ).replace("◆ 街道联合", "二二、、强强组组织织　　凝凝聚聚新新力力量量\n\n◆ 街道联合")
    units = page_units(page)
    assert [u.text for u in units if u.kind == "heading"] == [
        "一、建阵地 歇脚有去处",
        "二、强组织 凝聚新力量",
    ]
    (article,) = page_articles(page)
    assert article.title == "钟山区荷城街道：“红色驿站”成了新就业群体的“暖心家”"


def test_a_doubled_bold_headline_at_the_pages_foot_stays_a_headline():
    page = "　　今年以来，钟山区荷城街道打造“红色驿站”服务阵地12个。\n\n荷荷城城街街道道：：““红红色色驿驿站站””暖暖人人心心\n"
    assert [u.kind for u in page_units(page)][-1] == "headline"


def test_a_headlines_short_quoted_tail_over_its_byline_is_the_headlines_end():
    from builder.ingest.headlinetails import quoted_tail_over_byline

    byline = "本报记者 向红梅　本报通讯员 谭晓峰 覃勇"
    assert quoted_tail_over_byline("恩施市把议事会开进", ["“院坝”里", byline])
    assert not quoted_tail_over_byline("恩施市把议事会开进", ["“院坝”里", "　　傍晚时分，居民围坐一圈。"])
    assert not quoted_tail_over_byline(
        "恩施市把议事会开进", ["“院坝议事会”开起来", byline]
    )  # a headline itself
    assert not quoted_tail_over_byline("居民都说好。", ["“院坝”里", byline])
    units = page_units(
        "恩施市把议事会开进\n“院坝”里\n" + byline + "\n　　傍晚时分，恩施市舞阳坝街道的院坝里坐满了居民。\n"
    )
    assert (units[0].kind, units[0].text) == ("headline", "恩施市把议事会开进“院坝”里")


def test_more_forms_of_the_jump_line_and_the_copied_pages_furniture():
    from builder.ingest.copiedpages import is_copied_page_furniture

    assert is_continuation_marker("□ 转第3版") and is_continuation_marker("接第1版")
    assert not is_continuation_marker("转3版") and not is_continuation_marker("转第三版的内容")
    assert is_copied_page_furniture("审核：王芳") and is_copied_page_furniture(
        "Copyright © 2026 某区人民政府 版权所有"
    )
    assert not is_copied_page_furniture("审核通过后，街道将在一周内答复居民。")
    assert is_copied_page_furniture("某区人民政府 版权所有　网站标识码1101020001")
    # a sentence naming a copyright's owner is text (the footer's words, not the footer)
    assert not is_copied_page_furniture("街道法律顾问帮助非遗传承人明确作品的版权所有者，")


def test_a_sentence_naming_when_a_notice_was_posted_is_no_web_pages_information_line():
    from builder.ingest.copiedpages import posted_author

    assert posted_author("来源：芙蓉区人民政府网　　发布时间：2026-05-12 09:30　　作者：刘芳") == (
        True,
        "刘芳",
    )
    assert posted_author("发布日期：2026年05月12日") == (True, None)
    assert posted_author("上线公告发布时间：2026年3月1日，至今已受理诉求1200件。") == (False, None)
    page = (
        "东湖街道“码上办”让群众少跑腿\n本报记者 李明\n\n"
        "　　东湖街道推行“码上办”，居民扫码即可提交诉求。据了解，平台\n"
        "上线公告发布时间：2026年3月1日，至今已受理诉求1200件。\n"
    )
    (article,) = page_articles(page)
    assert article.paragraphs[0].endswith("至今已受理诉求1200件。")
