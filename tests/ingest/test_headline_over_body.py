"""A headline printed right above its body with no byline (one-article pages, pages of short reports), its
kicker or deck, a page label with a middle dot, a closing line of reporters' names: on the damaged lines of the
invented corpus (c19, c20) and of the seeds, which must not change."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.pagelines import BYLINE, FURNITURE, HEADLINE, KICKER, SUBTITLE
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "tests" / "corpus" / "pages"


def kinds(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(text) if u.kind != "text"]


def articles_of(text: str):
    return segment(assemble(classify_page(text)))


def test_the_headline_of_a_one_article_page_without_byline_is_its_title():
    # c19: a headline longer than the 13-character column, a blank line, the body; no 本报讯 at all
    page = read_page(PAGES / "c19.txt").text
    (article,) = articles_of(page)
    assert (article.title, article.byline, article.title_generated) == (
        "枫桥镇“老杨调解室”一年化解纠纷300余起",
        None,
        False,
    )
    assert article.paragraphs[0].startswith("近日，记者走进绍兴市诸暨市枫桥镇")


def test_a_headline_on_the_first_line_followed_straight_by_the_lead():
    page = "枫桥镇“老杨调解室”一年化解纠纷300余起\n近日，记者走进绍兴市诸暨市\n枫桥镇“老杨调解室”，退休\n民警杨建国正在调解纠纷。\n"
    (article,) = articles_of(page)
    assert article.title == "枫桥镇“老杨调解室”一年化解纠纷300余起"
    assert article.paragraphs == [
        "近日，记者走进绍兴市诸暨市枫桥镇“老杨调解室”，退休民警杨建国正在调解纠纷。"
    ]


def test_three_reports_without_bylines_each_under_its_headline():
    # c20: `民生·社区` over the first headline; `■ 陈晨 刘洋` closes the first report; the second headline
    # stands after two blank lines, the third after one (its place, 仪征市, named again in its lead)
    page = read_page(PAGES / "c20.txt").text
    assert kinds(page) == [
        (FURNITURE, "民生·社区"),
        (HEADLINE, "东关街道“红色议事厅”议出小区新变化"),
        (BYLINE, "（陈晨 刘洋）"),
        (HEADLINE, "邗江区60名“网格管家”走进楼栋"),
        (HEADLINE, "仪征市：退役军人当上护学志愿者"),
    ]
    found = [(a.title, a.byline, a.paragraphs[0][:8]) for a in articles_of(page)]
    assert found == [
        ("东关街道“红色议事厅”议出小区新变化", "陈晨 刘洋", "近日，扬州市广陵"),
        ("邗江区60名“网格管家”走进楼栋", None, "3月以来，扬州市"),
        ("仪征市：退役军人当上护学志愿者", None, "每天早晚上下学时"),
    ]


def test_a_deck_line_under_the_headline_is_its_subtitle_and_a_kicker_over_it_too():
    deck = "宁夏为社区减负\n出台村级工作事项清单\n\n近日，宁夏回族自治区出\n台为基层减负的措施。\n"
    (article,) = articles_of(deck)
    assert (article.title, article.subtitle) == ("宁夏为社区减负", "出台村级工作事项清单")
    kicker = "把服务送到居民心坎上\n红旗街道便民圈越织越密\n\n近日，长春市朝阳区红旗街\n道建成便民服务圈。\n"
    assert kinds(kicker) == [(KICKER, "把服务送到居民心坎上"), (HEADLINE, "红旗街道便民圈越织越密")]
    (article,) = articles_of(kicker)
    assert (article.title, article.subtitle) == ("红旗街道便民圈越织越密", "把服务送到居民心坎上")
    assert SUBTITLE in [u.kind for u in classify_page(deck)]


def test_section_heads_inside_an_article_start_no_article():
    # 003: `见行见效 强化思想引领` between two paragraphs of one article, its paragraph opening with 连日来
    section = (
        "积极探索创新管理模式，有力提升新兴领域党员队伍教育管理服务水平。\n\n"
        "见行见效 强化思想引领\n\n"
        "连日来，崇信县90后快递员侯大博常常忙得顾不上吃饭。\n"
    )
    assert HEADLINE not in [kind for kind, _ in kinds("近年来，平凉市委“两新”工委结合实际。\n\n" + section)]
    # 004: a two-line section head (`注重“微服务”` / `提升居民群众新生活`) whose paragraph names a county
    stacked = (
        "享的社区治理格局。\n\n注重“微服务”\n提升居民群众新生活\n\n"
        "在桐梓县海校街道海校社\n区活跃着一群热心肠的志愿者。\n"
    )
    assert [kind for kind, _ in kinds("近年来，桐梓县推进治理。\n" + stacked)] == []


def test_a_line_that_goes_on_in_the_next_paragraph_is_no_headline():
    # the top of a page cut mid-sentence: the line's word goes on under the blank line (`书` / `记…`)
    page = "社区党组织书\n\n记带头走访，收集居民意见12条，推动\n问题逐一解决。\n"
    assert HEADLINE not in [kind for kind, _ in kinds(page)]


def test_names_after_a_blank_line_under_an_article_are_its_closing_byline_only_before_a_headline():
    opening = "近日，扬州市广陵区东关街道建起议事厅。\n\n■ 陈晨 刘洋\n\n近日，邗江区选派机关党员担任网\n格管家，每周走访。\n"
    assert (BYLINE, "（陈晨 刘洋）") not in kinds(
        opening
    )  # the next article's byline, its text right under it


def test_a_page_of_web_and_dateline_bylines_glued_credits_and_a_comma_headline():
    # c21: `…，邻里矛盾有处说` (a comma between the headline's halves), `本报6月12日讯 ` (a bare dateline), a
    # caption set inside a sentence with its credit glued on, a closing `■记者 周敏 通讯员` / `郑凯`; then
    # a caption wrapped over two lines with `通讯员 供图` glued on and `株洲新闻网5月8日讯（株洲融` / `媒记者 …`
    first, second = articles_of(read_page(PAGES / "c21.txt").text)
    assert (first.title, first.byline) == (
        "望月湖街道开起“解忧茶馆”，邻里矛盾有处说",
        "记者 周敏 通讯员 郑凯",
    )
    assert [(c.text, c.credit) for c in first.captions] == [
        ("居民在“解忧茶馆”里调解楼上漏水纠纷。", "望月湖社区供图")
    ]
    assert (
        first.paragraphs[1]
        == "社区党委把调解员、律师和老党员请进茶馆，每周二、周五下午坐班，居民有了矛盾可以边喝茶边说。"
    )
    assert first.paragraphs[2] == "茶馆开张半年来，已调解邻里纠纷64起，其中58起当场达成协议。"  # no heading
    assert (second.title, second.byline) == (
        "嵩山路街道组建“楼栋管家”队伍",
        "株洲新闻网5月8日讯（株洲融媒记者 李想 通讯员 陈雨）",
    )
    assert [(c.text, c.credit) for c in second.captions] == [
        ("“楼栋管家”上门为独居老人登记服务需求。", "通讯员 供图")
    ]
    assert second.paragraphs[0].startswith("株洲市天元区嵩山路街道")


def test_dateline_bylines_of_every_form_are_split_off_the_lead():
    from builder.ingest.paragraphs import split_baoxun

    assert split_baoxun("本报6月12日讯 走进长沙市") == ("本报6月12日讯", "走进长沙市")
    assert split_baoxun("株洲新闻网5月8日讯（株洲融媒记者 李想 通讯员 陈雨）株洲市") == (
        "株洲新闻网5月8日讯（株洲融媒记者 李想 通讯员 陈雨）",
        "株洲市",
    )
    assert split_baoxun("红网时刻新闻讯（星沙时报记者 王一）近日") == (
        "红网时刻新闻讯（星沙时报记者 王一）",
        "近日",
    )
    assert split_baoxun("本报讯（记者丁需学 通讯员李婉婷）11月") == (
        "本报讯（记者 丁需学 通讯员 李婉婷）",
        "11月",
    )
    assert split_baoxun("通讯员在社区走访时讯问居民。")[0] is None


def test_a_credit_line_with_a_sentence_before_it_is_split_and_a_long_paragraph_keeps_its_page_credit():
    from builder.ingest.captionshapes import split_inline_credit

    assert split_inline_credit("漏水纠纷。望月湖社区供图") == ("漏水纠纷。", "望月湖社区供图")
    assert split_inline_credit("记服务需求。通讯员 供图") == ("记服务需求。", "通讯员 供图")
    assert split_inline_credit("今年以来共帮助群众解决难题。") == ("今年以来共帮助群众解决难题。", None)


def test_a_reporter_line_with_names_glued_to_roles_and_a_wrapped_jump_marker():
    # a paper's resident reporter, names glued to the roles, two names joined by 、; a `（下转四版）` the
    # wrap cut in two at the end of the last paragraph
    page = (
        "织密党建“一张网” 共创共建幸福家园\n\n兵团日报常驻记者李秀 通讯员刘胜、刘永利\n\n\n"
        "近日，石河子市向阳街道二十社区网\n格员上门走访独居老人。消息一经公布，大家踊跃认领。 （下\n转四版）\n"
    )
    (article,) = articles_of(page)
    assert (article.title, article.byline) == (
        "织密党建“一张网” 共创共建幸福家园",
        "兵团日报常驻记者李秀 通讯员刘胜、刘永利",
    )
    assert article.paragraphs[-1].endswith("大家踊跃认领。")


def test_briefs_with_headlines_wrapped_over_two_short_lines_and_a_wrapped_closing_credit():
    # 简讯: each brief's headline on two lines narrower than the column, its body straight under it, no
    # byline; the last closed by `（周小` / `林）` cut by the wrap
    page = (
        "本报讯 扬州市江都区在老旧小区推行\n“红色楼长”服务，帮助居民解决难题。\n\n"
        "仙女镇：修不修\n居民说了算\n仙女镇在老旧小区改造中成立居民\n议事会，改造方案须经表决通过。\n\n"
        "宜陵镇加装电梯惠及\n三百余户\n宜陵镇推动既有住宅加装电梯，\n已惠及住户300余户。（周小\n林）\n"
    )
    found = [(a.title, a.byline) for a in articles_of(page)]
    assert found[1:] == [("仙女镇：修不修 居民说了算", None), ("宜陵镇加装电梯惠及三百余户", "周小林")]
    assert articles_of(page)[2].paragraphs == ["宜陵镇推动既有住宅加装电梯，已惠及住户300余户。"]


def test_a_jump_headline_over_its_continuation_marker_is_no_wrapped_headline():
    # c08: `商圈里的“红色引擎”` / `（上接第4版）` / the continued text
    units = kinds(read_page(PAGES / "c08.txt").text)
    assert (HEADLINE, "商圈里的“红色引擎”（上接第4版）") not in units


def test_a_column_name_over_the_headline_is_furniture_and_slashed_names_one_byline():
    # a column's name set right over the headline (`深壹度`), not a reporter's name; names set apart by
    # slashes, on one line or wrapped after the first name
    one_line = (
        "深壹度\n九龙坡区“院落议事会”管好小事\n\n本报记者/增太加通讯员/豆本加\n\n"
        "近日，重庆市九龙坡区杨家坪街道\n的院落里，居民围坐商议停车问题。\n"
    )
    assert kinds(one_line)[:3] == [
        (FURNITURE, "深壹度"),
        (HEADLINE, "九龙坡区“院落议事会”管好小事"),
        (BYLINE, "本报记者 增太加 通讯员 豆本加"),
    ]
    wrapped = one_line.replace("深壹度\n", "").replace("增太加通讯员/", "增太加\n通讯员/")
    (article,) = articles_of(wrapped)
    assert (article.title, article.byline) == (
        "九龙坡区“院落议事会”管好小事",
        "本报记者 增太加 通讯员 豆本加",
    )


def test_a_headline_wrapped_after_who_acts_is_one_headline_and_a_slogan_over_it_a_kicker():
    # a 13-character column wraps `…“红色楼长”` / `走进老旧小区` over the 本报讯 line; c02's kicker stays one
    wrapped = "江都区“红色楼长”\n走进老旧小区\n本报讯 扬州市江都区在老旧\n小区推行“红色楼长”服务。\n"
    assert kinds(wrapped)[0] == (HEADLINE, "江都区“红色楼长”走进老旧小区")
    (article,) = articles_of(wrapped)
    assert (article.title, article.subtitle) == ("江都区“红色楼长”走进老旧小区", None)
    first, _ = articles_of(read_page(PAGES / "c02.txt").text)
    assert (first.title, first.subtitle) == ("红旗街道“一刻钟便民圈”越织越密", "把服务送到居民心坎上")


def test_a_caption_inside_a_sentence_whose_credit_the_wrap_began_on_its_last_line():
    # `…今年以来，` / `“护学岗”队员在校门口` / `疏导交通。仪征市委` / `宣传部供图` / `队员累计…`
    page = (
        "本报讯 仪征市真州镇组织退役军人组建护学岗。\n\n"
        "目前，护学岗已有队员120名，\n其中党员36名。今年以来，\n"
        "“护学岗”队员在校门口\n疏导交通。仪征市委\n宣传部供图\n"
        "队员累计值守3600余\n小时。\n"
    )
    (article,) = articles_of(page)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("“护学岗”队员在校门口疏导交通。", "仪征市委宣传部供图")
    ]
    assert (
        article.paragraphs[-1]
        == "目前，护学岗已有队员120名，其中党员36名。今年以来，队员累计值守3600余小时。"
    )


def test_a_place_named_by_the_headline_and_again_later_in_the_body_starts_no_article():
    # one article, no byline: its lead opens with a scene, the place's full name comes in the second paragraph
    page = (
        "枫桥镇“老杨调解室”一年化解纠纷300余起\n\n"
        "清晨七点，退休民警杨建国已经坐\n在调解室里翻看当天的登记簿。\n\n"
        "在浙江省绍兴市诸暨市枫桥镇，这\n样的调解室已有28个。\n"
    )
    (article,) = articles_of(page)
    assert article.title == "枫桥镇“老杨调解室”一年化解纠纷300余起"
    assert len(article.paragraphs) == 2


HELDOUT2 = ROOT / "tests" / "corpus" / "heldout2"


def test_each_item_of_a_briefs_column_is_its_own_article():
    # heldout2 d02 (GBK): a 简讯 column, each item a one-line headline with its lead straight under it (no blank
    # between), the first lead opening `本报讯 `, the last item closed by `（李雪）` glued to its sentence
    found = articles_of(read_page(HELDOUT2 / "d02.txt").text)
    assert [(a.title, a.byline) for a in found[1:]] == [
        ("铁西区“楼栋长”当起居民贴心人", "本报讯"),
        ("昌邑区社区食堂开进老旧小区", None),
        ("浑江区网格员巡查守护平安", "李雪"),
    ]
    assert found[2].paragraphs[0].startswith("吉林市昌邑区在老旧小区集中的延安街道")
    assert found[1].paragraphs[-1].endswith("协助化解邻里纠纷140起。")


def test_a_brief_closed_by_its_reporters_name_before_the_next_brief():
    # the d02 items with the first one's reporter glued to its last sentence (`…140起。（李雪）`), as brief
    # columns print it between items: the name closes that item, the next headline opens the next one
    page = (
        "简  讯\n\n铁西区“楼栋长”当起居民贴心人\n本报讯 四平市铁西区把楼栋\n作为最小治理网格。今年以来，\n"
        "协助化解邻里纠纷140起。（李雪）\n\n"
        "昌邑区社区食堂开进老旧小区\n吉林市昌邑区在老旧小区集中\n的延安街道、兴华街道建成社\n区食堂9家。\n"
    )
    found = [(a.title, a.byline, a.paragraphs[-1][-6:]) for a in articles_of(page)]
    assert found == [
        ("铁西区“楼栋长”当起居民贴心人", "李雪", "纷140起。"),
        ("昌邑区社区食堂开进老旧小区", None, "区食堂9家。"),
    ]


def test_a_paragraph_line_over_a_lead_that_goes_on_with_it_is_no_brief_headline():
    # seeds 004: `…的志愿者` / `——“海校大妈”。…`, and a paragraph's first line reading on into the next
    page = (
        "本报讯 仪征市真州镇组织退役军人组建护学岗。\n\n"
        "在桐梓县海校街道海校社\n区活跃着一群热心肠的志愿者\n——“海校大妈”。“海校大妈”最\n初只有20人。\n\n"
        "河湾村还划分了9个环境卫生责任\n区，由党员担任区长，村民轮流值\n日。\n"
    )
    assert [u for u in kinds(page) if u[0] in (HEADLINE, SUBTITLE)] == []
    assert len(articles_of(page)) == 1


def test_a_headline_over_its_dash_subtitle_line_is_the_title_anywhere_on_the_page():
    # heldout2 d05: `让社区工作者留得住、干得好` / `——延安市宝塔区…见闻` / names: the 社区工作者 in it is no
    # reporter's role (作者), the headline is the title and the `——` line its subtitle
    second = articles_of(read_page(HELDOUT2 / "d05.txt").text)[1]
    assert (second.title, second.subtitle, second.byline) == (
        "让社区工作者留得住、干得好",
        "延安市宝塔区加强社区工作者队伍建设见闻",
        "张敏 高阳",
    )
    # the same feature with no byline, after another article's last sentence, its lead straight under it
    page = (
        "本报讯 宝鸡市陈仓区河湾村清理垃圾杂物260余吨。\n\n"
        "让社区工作者留得住、干得好\n——延安市宝塔区加强社区工作者队伍建设见闻\n"
        "宝塔区有城市社区47个，社区工\n作者860名。过去，社区工作者\n待遇低、晋升难。\n"
    )
    assert kinds(page)[:2] == [
        (HEADLINE, "让社区工作者留得住、干得好"),
        (SUBTITLE, "——延安市宝塔区加强社区工作者队伍建设见闻"),
    ]
    first, feature = articles_of(page)
    assert first.paragraphs == ["宝鸡市陈仓区河湾村清理垃圾杂物260余吨。"]
    assert (feature.title, feature.subtitle) == (
        "让社区工作者留得住、干得好",
        "延安市宝塔区加强社区工作者队伍建设见闻",
    )
    assert feature.paragraphs[0].startswith("宝塔区有城市社区47个")


def test_two_bold_doubled_headlines_on_one_line_title_their_own_articles():
    # heldout2 d08: both bottom headlines doubled on one line, the second without `地名：` (`宿松县“…”…`)
    found = articles_of(read_page(HELDOUT2 / "d08.txt").text)
    assert [(a.title, a.byline) for a in found] == [
        ("范罗山街道：“红色物业联盟”让老小区焕新颜", "本报讯（记者 方圆 通讯员 汪琳）"),
        ("宿松县“一村一辅警”守护村居平安", "本报记者 查文"),
    ]


_D02_BRIEFS = (
    "简  讯\n\n"
    "铁西区“楼栋长”当起居民贴心人\n本报讯 四平市铁西区把楼栋\n作为最小治理网格，在全区推\n"
    "行“楼栋长”制度。今年以来，\n协助化解邻里纠纷140起。\n\n"
    "昌邑区社区食堂开进老旧小区\n吉林市昌邑区在老旧小区集中\n的延安街道、兴华街道建成社\n区食堂9家。\n"
)


def test_brief_columns_in_other_print_forms_split_their_items_too():
    # the d02 简讯 items as other brief columns print them: a bullet before each headline, no blank line between
    # the items, or bold headlines the extraction doubled
    second = "昌邑区社区食堂开进老旧小区"
    forms = {
        "bullets": _D02_BRIEFS.replace("铁西区“", "■铁西区“").replace(second, "■" + second),
        "no blank line": _D02_BRIEFS.replace("140起。\n\n", "140起。\n"),
        "doubled bold": _D02_BRIEFS.replace(second, second * 2),
    }
    for form, page in forms.items():
        found = [(a.title, a.byline, a.paragraphs[-1][-5:]) for a in articles_of(page)]
        assert found == [
            ("铁西区“楼栋长”当起居民贴心人", "本报讯", "140起。"),
            ("昌邑区社区食堂开进老旧小区", None, "食堂9家。"),
        ], form


def test_two_plain_headlines_side_by_side_at_the_foot_title_their_own_articles():
    # heldout2 d08 as an extraction without doubled bold prints its foot: both headlines on one line, set apart
    # by spaces; one headline whose halves a space separates (seeds 004) stays one
    lines = read_page(HELDOUT2 / "d08.txt").text.rstrip().split("\n")
    for gap in ("   ", " "):
        lines[-1] = f"范罗山街道：“红色物业联盟”让老小区焕新颜{gap}宿松县“一村一辅警”守护村居平安"
        assert [a.title for a in articles_of("\n".join(lines))] == [
            "范罗山街道：“红色物业联盟”让老小区焕新颜",
            "宿松县“一村一辅警”守护村居平安",
        ], gap
    one = "本报讯 遵义市新蒲新区推行“党建+网格”。\n\n新蒲新区：党旗高扬聚合力 夯基固本促发展\n"
    assert [u.text for u in classify_page(one)][-1] == "新蒲新区：党旗高扬聚合力 夯基固本促发展"


HELDOUT3 = ROOT / "tests" / "corpus" / "heldout3"


def test_a_brief_headline_after_a_caption_mark_or_before_its_baoxun_on_one_line():
    # heldout3 e03 (基层快讯): `▲` set before a brief's headline over its `本报讯（…）`, and the next brief's
    # headline, `本报讯` and lead on one line; a `△` caption over the rest of its sentence (c14) stays a caption
    page = read_page(HELDOUT3 / "e03.txt").text
    first, second = articles_of(page)[:2]
    assert (first.title, first.byline) == ("新华社区“石榴籽”调解室化解邻里纠纷", "本报讯（通讯员 马晓燕）")
    assert first.paragraphs[0].startswith("乌鲁木齐市天山区碱泉街街道")
    assert (second.title, second.byline) == ("昌吉市社工站实现乡镇（街道）全覆盖", "本报讯")
    assert second.paragraphs[0].startswith("昌吉回族自治州昌吉市依托党群服务中心")
    caption = read_page(PAGES / "c14.txt").text
    assert ("caption", "南小街社区各族居民在“民族团结之家”共同包粽子。") in kinds(caption)
    lead_line = "本报讯 遵义市新蒲新区推行“党建+网格”。\n\n"
    for inside in ("新蒲新区推行“党建+网格” 本报讯 遵义市新蒲新区推行", "一句话，还没有完 本报讯 遵义市"):
        # not a headline when it is a sentence's middle (no blank before it under an unfinished line)
        page = lead_line.replace("。\n\n", "，\n") + inside + "\n"
        assert (HEADLINE, inside.split()[0]) not in kinds(page), inside


def test_a_brief_headline_in_square_brackets_and_a_closing_credit_before_a_wrapped_headline():
    # heldout3 e03 items 3 and 4: `【克拉玛依市“暖新驿站”温暖户外劳动者】` over its lead, the item closed by
    # `…15万人次。（热依拉 陈默）`, then `伊宁市“庭院议事”` / `议到群众心坎上` over the last item's lead
    page = read_page(HELDOUT3 / "e03.txt").text
    third, fourth = articles_of(page)[2:]
    assert (third.title, third.byline) == ("克拉玛依市“暖新驿站”温暖户外劳动者", "热依拉 陈默")
    assert third.paragraphs[0].startswith("克拉玛依市在商圈") and third.paragraphs[-1].endswith("15万人次。")
    assert (fourth.title, fourth.byline) == ("伊宁市“庭院议事”议到群众心坎上", None)
    assert fourth.paragraphs[0].startswith("伊宁市在城乡社区推行")
    # a sidebar's label in brackets, and brackets after a sentence the wrap left open, are no headline
    for label, before in (("【记者手记】", "居民都说好。"), ("【克拉玛依市“暖新驿站”】", "居民都说，")):
        lines = f"{before}\n\n{label}\n克拉玛依市在商圈、加油站和物流园区建成驿站64个。\n"
        assert HEADLINE not in [kind for kind, _ in kinds(lines)], label
