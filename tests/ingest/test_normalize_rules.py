"""Every normalization rule, each with the real damaged text from seeds/ that it repairs."""

import pytest

from builder.ingest.furniture import is_furniture_line
from builder.ingest.pagelines import BYLINE, CAPTION, CREDIT, FURNITURE, HEADING, HEADLINE, TEXT
from builder.ingest.paragraphs import assemble, split_baoxun
from builder.ingest.read import read_page
from builder.ingest.textrules import (
    collapse_spaced_letters,
    remove_continuation_markers,
    remove_stray_spaces,
    split_bold_doubled,
    split_headlines,
    undouble,
)
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page
from tests.corpus import scoring
from tests.support.repo import ROOT

HELDOUT3 = scoring.HERE / "heldout3"


def blocks(text: str):
    return assemble(classify_page(text))


def kinds_and_texts(text: str):
    return [(b.kind, b.text) for b in blocks(text)]


def test_hard_wrap_inside_a_number_and_word_is_rejoined():
    # 001: `…2399人，发` / `挥…`
    page = "中，在原“街道—社区”两级党组织的基\n格员、选派楼栋长（单元长）2399人，发\n挥网格党组织前沿“哨兵”作用。"
    (block,) = blocks(page)
    assert "2399人，发挥网格党组织前沿“哨兵”作用。" in block.text


def test_a_blank_line_inside_a_word_does_not_break_the_paragraph():
    # 002: `…突出网格化治理，构` / blank / `建沉底到边的组织体系…`
    page = (
        "西岗区创新完善“党建+网格+治理”模式。突出网格化治理，构\n\n"
        "建沉底到边的组织体系，按照居民区每300户划分一个网格的标准，全区共划分基础网格474个。"
    )
    (block,) = blocks(page)
    assert "突出网格化治理，构建沉底到边的组织体系" in block.text


def test_continuation_markers_are_removed_and_the_split_is_joined():
    # 002: `…95个无人管` / `（下转B15版）` / `（上接B14版）` / `理老旧小区的兜底管理。`
    page = "7个街道全部领办公益性物业公司，实现对95个无人管\n\n（下转B15版）\n\n（上接B14版）\n\n理老旧小区的兜底管理。"
    assert [(kind, text) for kind, text in kinds_and_texts(page) if kind == TEXT] == [
        (TEXT, "7个街道全部领办公益性物业公司，实现对95个无人管理老旧小区的兜底管理。")
    ]  # the jump markers stay as non-text units for segment (a continuation on the same page joins)
    assert remove_continuation_markers("凯里市白果井街道（下转3版）") == "凯里市白果井街道"


def test_stray_spaces_go_but_latin_spaces_and_slogan_spaces_stay():
    # 000: `成立 104周年`, `6 月 27 日`; 004: `1323 个`; 000: `“阳光相约 博爱同行”`
    assert remove_stray_spaces("以庆祝中国共产党成立 104周年为契机") == "以庆祝中国共产党成立104周年为契机"
    assert remove_stray_spaces("共划分 1323 个网格、1875 个联户单元") == "共划分1323个网格、1875个联户单元"
    assert remove_stray_spaces("6 月 27 日，成都市") == "6月27日，成都市"
    assert remove_stray_spaces("“阳光相约 博爱同行”“5.8 博爱周”") == "“阳光相约 博爱同行”“5.8博爱周”"
    assert remove_stray_spaces("增强基层党组织的凝聚力 and 战斗力") == "增强基层党组织的凝聚力 and 战斗力"
    assert remove_stray_spaces("AED （自动体外除颤器） 正确使用") == "AED（自动体外除颤器）正确使用"


def test_spaced_out_headline_is_collapsed():
    # 000, first line
    assert collapse_spaced_letters(" 新 时 代 党 建 工 作 的 生 动 图 景") == "新时代党建工作的生动图景"
    assert collapse_spaced_letters("见行见效 强化思想引领") == "见行见效 强化思想引领"


def test_bold_doubled_headlines_are_undoubled_and_split():
    # 004, the bottom of the page
    line = "新蒲新区新蒲新区：：党旗高扬聚合力党旗高扬聚合力 夯基固本促发展夯基固本促发展 桐梓县桐梓县：：微处着手抓治理微处着手抓治理 实处发力解难题实处发力解难题"
    headline, rest = split_bold_doubled(line)
    assert rest == ""
    assert split_headlines(headline) == [
        "新蒲新区：党旗高扬聚合力 夯基固本促发展",
        "桐梓县：微处着手抓治理 实处发力解难题",
    ]
    assert undouble("““同心圆同心圆””") == "“同心圆”"
    assert split_bold_doubled("常常说的话是这样的一句话") is None


def test_a_place_and_its_work_opens_a_second_headline_a_verb_and_a_unit_word_none():
    first = "青禾县推进院落议事全覆盖"
    for second in ("柳岸社区服务暖人心居民笑开颜", "和平村建设美丽家园见成效", "东城街道工作法获全省推广"):
        assert split_headlines(f"{first} {second}") == [first, second]
    assert split_headlines("坚持党建引领基层治理 激发社区治理活力") == [
        "坚持党建引领基层治理 激发社区治理活力"
    ]


def test_doubled_headline_glued_into_a_sentence_is_lifted_out():
    # 004: the headline sits between `工作机` and `制，社区党组织…`
    page = (
        "绥阳县积极探索“党建引领、社区吹哨、部门报到”工作机\n\n"
        "绥阳县绥阳县：：党建引领打造融合发展党建引领打造融合发展““同心圆同心圆”” 制，社区党组织借力开展集中整\n"
        "治工作。"
    )
    assert kinds_and_texts(page) == [
        (HEADLINE, "绥阳县：党建引领打造融合发展“同心圆”"),
        (TEXT, "绥阳县积极探索“党建引领、社区吹哨、部门报到”工作机制，社区党组织借力开展集中整治工作。"),
    ]


def test_vertical_column_label_is_rebuilt_as_furniture():
    # 001: ` 党旗领航` / `基` / `层` / `实` / `践回民区：以组织力引领城市基层治理现代化`
    units = classify_page(" 党旗领航\n\n基\n层\n实\n践回民区：以组织力引领城市基层治理现代化\n\n金润社区\n")
    assert [(u.kind, u.text) for u in units[:3]] == [
        (FURNITURE, "党旗领航"),
        (FURNITURE, "基层实践"),
        (TEXT, "回民区：以组织力引领城市基层治理现代化"),
    ]


def test_photo_captions_and_credits_leave_the_body():
    # 003: a caption block in the middle of a quoted sentence
    page = (
        "“我平时经常在驿站一边给手机充电，一\n\n\n\n"
        "△崆峒区外卖小哥送餐间隙在暖“新”驿站休息。\n\n"
        "△灵台县鑫海工贸有限责任公司组织流动党员开展理论学习。\n"
        "本组图片由平凉市委社会工作部提供\n\n"
        "边学习国家的最新方针政策，这个驿站既能休息又能‘充电’。”甘双红说。"
    )
    result = kinds_and_texts(page)
    assert (CAPTION, "崆峒区外卖小哥送餐间隙在暖“新”驿站休息。") in result
    assert (CREDIT, "本组图片由平凉市委社会工作部提供") in result
    assert (
        TEXT,
        "“我平时经常在驿站一边给手机充电，一边学习国家的最新方针政策，这个驿站既能休息又能‘充电’。”甘双红说。",
    ) in result


def test_caption_sentence_between_two_halves_of_a_sentence():
    # 002: `…建设儿童` / (figure) / caption / `友好型小区。`
    page = (
        "在“学区房”小区，积极引入社会力量、民间资本，设置托育服务点，建设儿童\n\n\n\n"
        "山东省滨州市滨城区文汇社区领办合作社开展手工艺品制作培训，解决辖区居民就业难题。\n\n"
        "友好型小区。"
    )
    assert kinds_and_texts(page) == [
        (CAPTION, "山东省滨州市滨城区文汇社区领办合作社开展手工艺品制作培训，解决辖区居民就业难题。"),
        (TEXT, "在“学区房”小区，积极引入社会力量、民间资本，设置托育服务点，建设儿童友好型小区。"),
    ]


def test_credit_at_the_end_of_a_paragraph_and_供图():
    page = "成立社区基金54支，不断增强自我造血功能。（图片由滨州市滨城区委组织部提供）\n\n舟曲县立节镇供图"
    assert kinds_and_texts(page) == [
        (TEXT, "成立社区基金54支，不断增强自我造血功能。"),
        (CREDIT, "（图片由滨州市滨城区委组织部提供）"),
        (CREDIT, "舟曲县立节镇供图"),
    ]


def test_bylines_of_every_kind():
    # 001: 本报讯 split over lines; 002: ■; 003: 新甘肃·… with the names on the next line
    assert split_baoxun("本报讯（记者 祁晓燕 通讯员 云静波）近年来，回民区") == (
        "本报讯（记者 祁晓燕 通讯员 云静波）",
        "近年来，回民区",
    )
    page = "本报讯（记者 高翠清 李海珍\n通讯员 张海玲）近年来，和林格尔县舍必崖乡坚持党建引领。"
    assert kinds_and_texts(page) == [
        (BYLINE, "本报讯（记者 高翠清 李海珍 通讯员 张海玲）"),
        (TEXT, "近年来，和林格尔县舍必崖乡坚持党建引领。"),
    ]
    assert kinds_and_texts("■中共凯里市委组织部\n\n近年来，凯里市积极探索。")[0] == (
        BYLINE,
        "中共凯里市委组织部",
    )
    page = "瓜州：党建引领添活力 温室大棚春意浓\n\n新甘肃·甘肃日报记者\n\n董文龙 通讯员 姜海波 刘子芳\n\n日前，走进瓜州县。"
    assert (BYLINE, "新甘肃·甘肃日报记者 董文龙 通讯员 姜海波 刘子芳") in kinds_and_texts(page)


def test_subheadings_short_lines_bold_lead_ins_and_markdown():
    # 004: a two-line heading after a finished paragraph
    page = (
        " 贵州省遵义市桐梓县以“党\n建引领·四有红城”创建为抓手，\n将党建与城市基层治理、服务群\n众需求有机结合起来，从微处着\n"
        "手、从实处发力，不断破解社区\n治理中的堵点、难点、痛点，推动\n社区共建共治共享，着力提升群\n众获得感、幸福感、满意度。\n\n"
        "健全“微网格”\n构建共建共治新体系\n\n“每个社区干部、每名党员\n同志都有任务，都要包保网格、\n居民，我们必须做到不漏一户、\n不落一人。”"
    )
    assert (HEADING, "健全“微网格” 构建共建共治新体系") in kinds_and_texts(page)
    # 002: a bold lead-in sentence that is the subheading of its paragraph
    page = "**着眼“强功能”促善治增效，以提升社区服务力为重点深化城市基层党建。**西岗区创新完善“党建+网格+治理”模式。"
    assert kinds_and_texts(page) == [
        (HEADING, "着眼“强功能”促善治增效，以提升社区服务力为重点深化城市基层党建"),
        (TEXT, "西岗区创新完善“党建+网格+治理”模式。"),
    ]
    # 002: markdown headline and subheading
    page = "## 贵州省凯里市： “四融四新”提升城市基层治理效能\n\n### 纵深推进组织融通 创优基层治理新路径\n\n纵向贯通强堡垒。"
    assert kinds_and_texts(page)[:2] == [
        (HEADLINE, "贵州省凯里市：“四融四新”提升城市基层治理效能"),
        (HEADING, "纵深推进组织融通 创优基层治理新路径"),
    ]


def test_full_width_subheading_of_two_parallel_phrases():
    # 001: the subheading is as wide as the column; the next line is an indented paragraph start
    page = (
        "将党建工作深度融入城市基层治理，旨在以组织力引领城\n市基层治理现代化。\n\n"
        "组织创新融合，提升党组织覆盖面\n回民区在推行网格化管理的过程\n\n"
        "中，在原“街道—社区”两级党组织的基\n础上，扩展为“街道—社区—网格—小\n"
        "区（楼栋）”4个层级，将党组织同步建在\n网格上。按照“一格一员”配备专职网\n"
        "格员、选派楼栋长（单元长）2399人，发\n挥网格党组织前沿“哨兵”作用。围绕\n"
    )
    result = kinds_and_texts(page)
    assert result[1] == (HEADING, "组织创新融合，提升党组织覆盖面")
    assert result[2][1].startswith("回民区在推行网格化管理的过程中，在原")


def test_paragraph_first_line_before_a_column_break_is_not_a_heading():
    # 004: `抓党员摸排，将两新组织中` / blank / `的党员找出来。…`
    page = (
        "两新组织党建工作是城市\n基层党建工作的重要组成部\n分。绥阳县坚持把两新组织党\n建工作作为城市基层党建工作\n"
        "的重要内容，坚持“哪里有党员，\n哪里就有党组织”，切实将“红色\n脉络”不断延伸。\n\n"
        "抓党员摸排，将两新组织中\n\n的党员找出来。绥阳县在两新\n组织中深入开展“双找”（党员找\n"
        "组织、组织找党员）活动，动态摸\n清全县两新组织中党员情况，引\n导两新组织中的流动党员。"
    )
    result = kinds_and_texts(page)
    assert all(kind == TEXT for kind, _ in result)
    assert result[1][1].startswith("抓党员摸排，将两新组织中的党员找出来。")


@pytest.mark.parametrize(
    "line",
    [
        "第 4 版 | 黑 土 · 网 格",  # heldout3/e05:1, taken as the title
        "2025年11月7日 星期五  责任编辑：古丽 校对：王芳",  # heldout3/e03:40, taken as a title
        "责任编辑：孙莉 美术编辑：何平",  # heldout3/e06:30
        "本版责任编辑　郑南　　美术编辑　吴北",  # real R13's kind: roles stacked, spaces for colons (was a title)
        "— 6 —",  # heldout3/e07:56, glued into the last paragraph
        "扫码阅读更多基层动态",  # heldout3/e06:31, taken as a headline with no text
        "【基层治理新实践·乡村篇】",  # heldout3/e07:1, a series tag taken as an article
        "2025年11月6日 星期四  第1版",  # heldout3/e01:2
        "第 8 版",  # heldout3/e03:1
        "第4版：要闻",  # the same pieces set another way: page number and column label
        "A3 | 民生·社区",
        "2025年11月6日 星期四 第1版 要闻",
        "━━━━━━━━━━━━━━━━━━━━",  # heldout7/m02:36, a rule between an interview and a commentary (a paragraph)
        "＊　＊　＊",  # the same kind: a rule of stars between two parts
        "———",
    ],
)
def test_page_furniture_lines(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "【积分上墙】",  # heldout2/d05: a subheading in brackets
        "【克拉玛依市“暖新驿站”温暖户外劳动者】",  # heldout3/e03: a headline in brackets
        "上 海 · 社 区",  # a spaced-out label alone: furniture only by its place (before a blank line)
        "本报讯（记者 陆云）",
        "辽宁：村级组织工作事务清单“瘦身”",
        "码通办”服务平台，群众扫码即",  # heldout3/e07: a body line that mentions scanning a code
        "今年以来已举办42期，参与白领3",  # heldout3/e04: an issue count in a sentence
        "2025年：奋进之年",  # a date that is no date line
        "记者 陆云",
        "——访南充市顺庆区委政法委书记",  # a subtitle: a dash and words
        "━━ 评论 ━━",  # a label between rules: not a rule alone
        "…………",  # an ellipsis is text
        "美术馆编辑出版的画册受到好评。",  # a sentence opening with such a word: no editors' line
    ],
)
def test_text_lines_are_no_page_furniture(line):
    assert not is_furniture_line(line)


def _page(name: str) -> str:
    return read_page(HELDOUT3 / name).text


def test_the_page_head_band_is_furniture():
    # heldout3/e01: masthead spaced out over the date line, then the column label over a caption and headline
    units = classify_page(_page("e01.txt"))
    assert [(u.kind, u.text) for u in units[:3]] == [
        (FURNITURE, "燕 赵 基 层 报"),
        (FURNITURE, "2025年11月6日 星期四  第1版"),
        (FURNITURE, "要闻"),
    ]
    # heldout3/e06: date line, a bare page number, the spaced-out column label; the byline keeps no `2`
    units = classify_page(_page("e06.txt"))
    assert [u.kind for u in units[:4]] == [FURNITURE] * 3 + [HEADLINE] and units[1].text == "2"
    assert "本报讯（记者 王海洋）" in [u.text for u in units if u.kind == TEXT]  # split off its lead later


def test_a_bracketed_column_label_over_a_headline_is_furniture():
    # heldout4/f06:23: `【社工风采】` / headline / `本报讯（记者 乌日娜）…`, taken as the article's subtitle
    units = classify_page(read_page(scoring.HERE / "heldout4" / "f06.txt").text)
    at = next(i for i, u in enumerate(units) if u.text == "【社工风采】")
    assert [u.kind for u in units[at : at + 2]] == [FURNITURE, HEADLINE]
    assert units[at + 1].text == "海拉尔区“草原红”社工队伍专业化"


def test_bracketed_subheadings_and_headlines_are_no_column_label():
    # heldout2/d05: `【积分上墙】` / blank / text, a subheading; heldout3/e03:22, a bracketed headline
    d05 = classify_page(read_page(scoring.HERE / "heldout2" / "d05.txt").text)
    labels = [u for u in d05 if u.text in ("【积分上墙】", "【能人带头】", "【长效管护】")]
    assert len(labels) == 3 and FURNITURE not in [u.kind for u in labels]
    e03 = classify_page(_page("e03.txt"))
    assert FURNITURE not in [u.kind for u in e03 if u.text.startswith("【")]


def test_a_bare_number_after_the_first_text_is_not_a_page_number():
    page = "辽宁：村级组织工作事务清单“瘦身”\n本报讯（记者 王海洋）\n辽宁省委组织部日前印发通知，共摘除牌子\n2\n万块。"
    assert FURNITURE not in [u.kind for u in classify_page(page)]


def test_page_number_at_the_foot_is_not_glued_to_the_last_paragraph():
    # heldout3/e07: `…为老年人等群体提供上门代办服` / `务。` / blank / `— 6 —`
    last = [b for b in blocks(_page("e07.txt")) if b.kind == TEXT][-1]
    assert last.text.endswith("提供上门代办服务。")
    units = classify_page(_page("e07.txt"))
    assert (units[0].kind, units[-1].kind) == (FURNITURE, FURNITURE)  # the series tag and the page number


HELDOUT4 = scoring.HERE / "heldout4"


def _last_unit(name: str):
    return classify_page(read_page(HELDOUT4 / name).text)[-1]


@pytest.mark.parametrize(("name", "number"), [("f08.txt", "5"), ("f01.txt", "3")])
def test_a_bare_page_number_as_the_last_line_is_furniture(name, number):
    # heldout4/f08 `…实践活动1150人次。` / blank / `5`; f01 `…满意度提升到93%。` / blank / `3`: kept as paragraphs
    last = _last_unit(name)
    assert (last.kind, last.text) == (FURNITURE, number)
    assert not [b for b in blocks(read_page(HELDOUT4 / name).text) if b.kind == TEXT and b.text == number]


@pytest.mark.parametrize("foot", ["— 5 —", "-5-", "12"])
def test_page_numbers_at_the_foot_after_a_finished_sentence(foot):
    page = f"辽宁：村级组织工作事务清单“瘦身”\n\n本报讯 全省共摘除牌子2万块。\n{foot}\n\n"
    assert classify_page(page)[-1].kind == FURNITURE


@pytest.mark.parametrize(
    "page",
    [
        "辽宁：村级组织工作事务清单“瘦身”\n\n本报讯 辽宁省委组织部日前印发通知，共摘除牌子\n2",  # a figure cut off
        "辽宁：村级组织工作事务清单“瘦身”\n\n本报讯 辽宁省委组织部日前印发通知。\n\n3\n个村的牌子已摘除。",
    ],
)
def test_a_number_that_goes_on_a_sentence_is_no_page_number(page):
    assert FURNITURE not in [u.kind for u in classify_page(page)]


def test_a_date_line_at_the_page_head_is_furniture():
    # heldout4/f03: `浙 江 实 践` / `2026.04.08` / blank / headline: the date kept as a paragraph, the kicker
    # taken as an article of its own
    units = classify_page(read_page(HELDOUT4 / "f03.txt").text)
    assert [(u.kind, u.text) for u in units[:2]] == [(FURNITURE, "浙 江 实 践"), (FURNITURE, "2026.04.08")]


@pytest.mark.parametrize("date", ["2026.04.08", "2026年4月8日 星期三", "2026.4.8（周三）"])
def test_a_date_line_between_blank_lines_or_at_the_foot_is_furniture(date):
    body = "辽宁：村级组织工作事务清单“瘦身”\n\n本报讯 全省共摘除牌子2万块。\n"
    assert FURNITURE in [u.kind for u in classify_page(f"{body}\n{date}\n\n下一段文字。")]
    assert classify_page(f"{body}{date}\n")[-1].kind == FURNITURE


def test_a_date_inside_a_paragraph_is_no_date_line():
    page = "辽宁：村级组织工作事务清单“瘦身”\n\n本报讯 新规定自\n2026.04.08\n起施行，各村须照办。"
    assert FURNITURE not in [u.kind for u in classify_page(page)]


def test_a_two_part_column_label_at_the_page_head_is_furniture():
    # heldout4/f02:1 `党建引领 · 新就业群体` / blank / body: the label was the first article's title
    page = scoring.HERE / "heldout4" / "f02.txt"
    first = classify_page(read_page(page).text)[0]
    assert (first.kind, first.text) == (FURNITURE, "党建引领 · 新就业群体")
    assert process_page(page).drafts[0].title == "吴江区“骑士驿站”温暖新就业群体"


def test_a_byline_of_two_parts_is_no_column_label():
    # seeds/003:114 `新甘肃·甘肃日报记者` / blank / reporters: a byline, also at the top of a page
    lines = read_page(ROOT / "seeds" / "003_ddf7b3dbc49d759e.txt").text.split("\n")
    at = lines.index("新甘肃·甘肃日报记者")
    units = classify_page("\n".join(lines[at:]))
    assert units[0].kind == BYLINE and units[0].text.startswith("新甘肃·甘肃日报记者 董文龙")
    in_page = classify_page("\n".join(lines))
    assert {u.kind for u in in_page if u.text.startswith("新甘肃·甘肃日报记者")} == {BYLINE}


def test_full_width_digits_fill_a_cell_as_the_sets_print_them():
    """heldout9 q04, heldout7 m05, heldout16 p07: a full line with full-width digits is as wide as its column's
    lines without them (counted half a cell, `６０余人次，累计送餐１２６０` read as a short, last line)."""
    from builder.ingest.textrules import display_width

    assert display_width("６０余人次，累计送餐１２６０") == display_width("住人口的二成，累计送餐的老人")
    assert display_width("60余人次，累计送餐1260") == 11.0  # half-width digits stay half a cell
    assert display_width("Ａ６") == 2.0
