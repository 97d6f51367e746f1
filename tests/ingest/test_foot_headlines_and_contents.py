"""Kinds of a real page (issue 14, R8 r8_05, never stored: these lines are invented of the same kind).

- A contents box under `本版导读` (`①…` / `②…`): furniture, never a headline or an article.
- A headline printed in doubled bold whose second half is doubled as one run longer than 24 characters
  (`万象物业万象物业：：党建引领…新标杆党建引领…新标杆`): one headline.
- Two bodies with no bylines, a blank line between them, and their two headlines at the foot: the second body
  opens with why and names its place only by the short name the second headline uses (`…某某公司长沙项目…`).
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE, HEADLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.read import clean_text
from builder.ingest.segment import segment
from builder.ingest.textrules import split_bold_doubled
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

CONTENTS = "基层之声\n2026年4月9日 星期四 第8版\n\n本版导读\n①瓷都志愿服务点\n②小区红色管家\n\n"
FIRST = (
    "  江西省景德镇市珠山区立足瓷都文化底蕴，以“窑火红”志愿服务\n品牌建设为抓手，推动志愿服务融入基层治理。\n"
    "  珠山区依托非公有制企业设立志愿服务点60多个，每年动员1000\n多名大学生参与志愿服务。\n\n"
)
SECOND = (
    "  近日，从省住建厅传来喜讯，某某物业公司长沙项目成功入选省级\n“美好家园”小区。项目以党建为纽带联动社区、街道等多方力量，\n"
    "构建“网格化+红色管家”服务体系。\n  自2023年以来，“美好使团”累计化解邻里矛盾17起。\n\n"
)
FOOT = (
    "志愿红扮靓志愿红扮靓““瓷都瓷都””景景\n"
    "万象物业万象物业：：党建引领样板先行长沙凯旋门项目树城市红色治理新标杆"
    "党建引领样板先行长沙凯旋门项目树城市红色治理新标杆\n"
)


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_a_contents_box_is_furniture():
    units = classify_page(CONTENTS + FIRST)
    assert [u.text for u in units if u.kind == FURNITURE][-3:] == [
        "本版导读",
        "①瓷都志愿服务点",
        "②小区红色管家",
    ]
    assert not any(u.kind == HEADLINE for u in units)
    # in brackets, its items with their page numbers (heldout12 p08's kind)
    boxed = "基层之声\n2026年6月25日 星期四 第8版\n【导读】\n“红色物业”让小区更宜居   2版\n驻村第一书记的一天   3版\n\n"
    units = classify_page(boxed + FIRST)
    assert [u.text for u in units if u.kind == FURNITURE][-3:] == [
        "【导读】",
        "“红色物业”让小区更宜居   2版",
        "驻村第一书记的一天   3版",
    ]
    # a label over a paragraph is no contents box
    prose = "本版导读\n本版刊发珠山区志愿服务的做法，供各地参考。\n\n"
    assert not any(u.kind == FURNITURE and u.text == "本版导读" for u in classify_page(prose))


def test_a_headline_whose_second_half_is_doubled_as_one_long_run_is_one_headline():
    assert split_bold_doubled(FOOT.split("\n")[1]) == (
        "万象物业：党建引领样板先行长沙凯旋门项目树城市红色治理新标杆",
        "",
    )


def test_two_bodies_under_their_headlines_at_the_foot_are_two_articles():
    articles = _articles(CONTENTS + FIRST + SECOND + FOOT)
    assert [a.title for a in articles] == [
        "志愿红扮靓“瓷都”景",
        "万象物业：党建引领样板先行长沙凯旋门项目树城市红色治理新标杆",
    ]
    assert articles[1].paragraphs[0].startswith("近日，从省住建厅")


def test_a_deck_naming_who_did_what_under_a_headline_naming_no_place_is_the_subtitle():
    # R8 r8_02's kind: `打造友好场景 暖新更暖心` / `全南构建“点线面”服务网护航新就业群体` / blank / the body
    page = (
        "社区周刊\n2026年4月2日 星期四\n\n打造友好场景 暖新更暖心\n全南构建“点线面”服务网护航新就业群体\n\n"
        "  10月19日清晨，一辆满载货物的大货车缓缓驶入全南县冷链物流园。\n全南县在物流园建起“司机之家”，已服务货车司机3000余人次。\n"
    )
    article = _articles(page)[0]
    assert (article.title, article.subtitle) == (
        "打造友好场景 暖新更暖心",
        "全南构建“点线面”服务网护航新就业群体",
    )
    # a kicker naming no place over a headline that does not read as a deck stays a kicker
    kicker = page.replace("全南构建“点线面”服务网护航新就业群体", "全南县“司机之家”暖心又暖胃")
    article = _articles(kicker)[0]
    assert article.title == "全南县“司机之家”暖心又暖胃"


def test_a_bare_place_stem_inside_a_phrase_is_no_place_of_a_headline():
    from builder.ingest.headlineplaces import known_places

    assert known_places("打造友好场景 暖新更暖心") == []  # 友好 (友好区) inside 打造友好场景
    assert known_places("兴国创新基层社会治理工作") == ["兴国"]  # a county's short name opening the headline
    assert known_places("物业公司长沙项目公司", inside=True) == ["长沙"]


def test_a_dateline_ending_a_headlines_line_goes_down_to_its_bracketed_writers():
    # heldout12 p07's kind: `某某区“红色代办”` / `跑出便民加速度本报讯` / `（记者 某某某）` / the lead
    page = (
        "组织工作通讯 第2版 要闻\n2026年6月22日\n\n某某区“红色代办”\n跑出便民加速度本报讯\n（记者 某某某）\n"
        "  某某市某某区在全区各乡镇推行“红色代办”，由党员代办员帮群众跑腿办事，今年代办事项1.8万件。\n\n"
        "（本版编辑 某某）\n"
    )
    article = _articles(page)[0]
    assert (article.title, article.byline) == ("某某区“红色代办”跑出便民加速度", "本报讯（记者 某某某）")
    assert "本版编辑" not in "".join(article.paragraphs) and "编辑" not in (article.byline or "")
    # a line ending with 本报讯 over a line that is no bracket of writers stays as it is
    from builder.ingest.gluedlead import datelines_down

    lines = ["据本报讯", "某某县推行…"]
    datelines_down(lines)
    assert lines == ["据本报讯", "某某县推行…"]


def test_a_place_by_its_short_name_and_colon_over_what_it_does_is_one_headline():
    # heldout12 p07's kind: `黑龙江：“头雁工程”` / `锻造村级带头人` / the dateline byline
    page = "黑龙江：“头雁工程”\n锻造村级带头人\n本报哈尔滨6月20日电（记者 某某某）黑龙江省实施“头雁工程”，今年轮训村党组织书记8900余人次。\n"
    assert _articles(page)[0].title == "黑龙江：“头雁工程”锻造村级带头人"


def test_a_contents_box_drawn_with_its_label_on_the_top_edge_is_furniture():
    # R7 r7_05's kind (real, never stored): `┌──── 本版导读 ────┐` / numbered items / `└────┘`
    boxed = "┌──── 本版导读 ────┐\n1．某某县绘就基层善治新图景\n2．某某区：新就业群体当上了“街区书记”\n└──────────┘\n\n"
    units = classify_page("某某社区报\n第 7 版  2026年10月20日\n\n" + boxed + FIRST)
    assert [u.text for u in units if u.kind == FURNITURE][2:] == [line for line in boxed.split("\n") if line]
    assert not any(u.kind == HEADLINE for u in units)


def test_a_headline_opening_with_its_place_and_colon_wrapped_over_two_lines_is_one_headline():
    # R7 r7_02's kind (real, never stored; invented lines): `某某涉县：万名文明实践` / `志愿者助力文明城市创建`
    page = "河北涉县：万名文明实践\n志愿者助力文明城市创建\n某某网讯（通讯员 某某某）8月10日，涉县万名志愿者开展志愿服务活动1100场次。\n"
    assert _articles(page)[0].title == "河北涉县：万名文明实践志愿者助力文明城市创建"
    # a whole headline over the next one's line naming its own place stays two lines
    from builder.ingest.headlinewraps import reads_on

    assert not reads_on("柞水县朝阳村：积分管理激活村民内生动力", "陕西铜川分类推进小区治理")


def test_two_doubled_headlines_side_by_side_on_one_line_are_two_headlines():
    # R7 r7_04's kind (real, never stored; invented lines): both headlines doubled, the columns' gap between
    line = (
        "党建引领织密基层治理党建引领织密基层治理““惠民网惠民网””　　边境线上的边境线上的““红色毡包红色毡包””"
    )
    units = classify_page(clean_text(FIRST + "\n" + line + "\n"))
    assert [u.text for u in units if u.kind == HEADLINE] == [
        "党建引领织密基层治理“惠民网”",
        "边境线上的“红色毡包”",
    ]
