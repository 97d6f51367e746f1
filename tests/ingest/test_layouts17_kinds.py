"""Layouts real pages showed and no committed set did (session 17; invented lines, the dev set is
tests/corpus/layouts17): one test per kind of damage, with negatives."""

from __future__ import annotations

from typing import Any

from tests.support.pages import page_articles, page_units

# ------------------------------------------------------------------ headlines at the foot under an author's note

_REPORT = (
    "　　本报讯（记者 乌兰）赤峰市红山区梳理出\n社区工作事项“三张清单”，为社区工作者\n松绑减负。\n"
    "　　全区社区需要填报的各类表格由原来的\n83张精简为19张。\n\n"
)
_COMMENTARY = (
    "□ 张立新\n　　为基层减负，减的是形式主义的负担，\n不是干事创业的责任。\n"
    "　　衡量减负成效，最终要看群众的获得感\n有没有增强。\n"
)
_NOTE = "（作者单位：内蒙古大学公共管理学院）\n"
_FOOT = "\n红山区“三张清单”为社区减负\n治理减负不能“一减了之”\n"


def test_headlines_at_the_foot_under_a_commentarys_author_note_are_the_pages_headlines():
    """The author's note `（作者单位：…）` is page furniture: the commentary above it is finished."""
    articles = page_articles(_REPORT + _COMMENTARY + _NOTE + _FOOT)
    assert [a.title for a in articles] == ["红山区“三张清单”为社区减负", "治理减负不能“一减了之”"]
    assert not any("一减了之" in p for a in articles for p in a.paragraphs)


def test_no_foot_headlines_when_the_text_over_the_author_note_ends_no_sentence():
    open_text = _COMMENTARY.replace("有没有增强。", "有没有增强，")
    units = page_units(_REPORT + open_text + _NOTE + _FOOT)
    assert not any(u.kind == "headline" and u.text == "治理减负不能“一减了之”" for u in units)


# ------------------------------------------------------------------ a subtitle's line carrying the byline

_PROFILE = (
    "“小巷总理”的一本民情账\n{subtitle}\n"
    "　　早上7点半，保定市竞秀区先锋街道红星社区党委书记\n刘秀英已经走在小区里。\n"
    "　　这本“民情账”记了12年，写满了8本。\n"
)


def _head(subtitle: str) -> list[tuple[str, str]]:
    units = page_units(_PROFILE.format(subtitle=subtitle))
    return [(u.kind, u.text) for u in units if u.kind in ("subtitle", "byline")]


def test_bare_names_after_a_gap_on_the_subtitles_line_are_the_byline():
    assert _head("——记竞秀区先锋街道红星社区党委书记刘秀英　　李明　张华") == [
        ("subtitle", "——记竞秀区先锋街道红星社区党委书记刘秀英"),
        ("byline", "李明 张华"),
    ]
    assert _head("——记红星社区党委书记刘秀英    本报记者 李明") == [
        ("subtitle", "——记红星社区党委书记刘秀英"),
        ("byline", "本报记者 李明"),
    ]


def test_a_subtitle_with_one_name_after_a_gap_or_no_gap_keeps_its_line():
    for subtitle in (
        "——访县委书记　　刘秀英",
        "——记红星社区党委书记刘秀英",
        "——记红星社区的“民情账” 越记越厚",
    ):
        assert [kind for kind, _ in _head(subtitle)] == ["subtitle"], subtitle


# ------------------------------------------------------------------ a series' first page: label, note box, columns

_SERIES = "【基层治理新观察】\n"
_NOTE_BOX = (
    "┌──────────────┐\n│开栏的话│\n│　　本报今起开设“基层治理新观察”专栏，│\n│记录基层治理的新探索，敬请关注。│\n"
    "└──────────────┘\n"
)
_HEADS = "\n晋江市“侨乡议事会”汇聚乡贤力量\n卧龙区“一网统管”让诉求办理提速\n\n"
# two 15-character columns read across in blocks of five lines, each opening with its byline; the lines break
# at punctuation, so no word runs across a break: only the paragraphs' indents tell the columns apart
_BLOCKS = (
    "本报记者 林志勇\n　　泉州市晋江市是著名侨乡，在\n外乡贤多、热心家乡事务的人多。\n"
    "　　晋江市在38个村（社区）成\n立“侨乡议事会”，邀请归侨侨眷、\n"
    "本报记者 吴振华 通讯员 郑颖\n　　南阳市卧龙区整合12345\n热线、网格上报、“随手拍”等渠\n"
    "道，建起区级“一网统管”平台，\n群众诉求一个口子进、一张网办。\n"
    "在外乡贤参与村级事务协商，每季\n度至少议事一次。\n　　两年来，议事会共协商村道改\n"
    "造、养老服务等事项207件，乡贤\n捐资兴办公益项目64个。\n"
    "　　平台对诉求分类派单，简单事\n项24小时内响应，复杂事项由街道\n“吹哨”、部门“报到”协同办理。\n"
    "　　今年以来，平台受理群众诉求\n3.8万件，按时办结率达到98.2%。\n"
)


def _pipeline_articles(page: str):
    """The articles as workers.process_page reads them (the interleaving is undone on the units)."""
    from builder.ingest.interleave import deinterleave
    from builder.ingest.paragraphs import assemble
    from builder.ingest.segment import segment
    from builder.ingest.units import classify_page
    from builder.util.paths import data_dir_fixed

    with data_dir_fixed():
        return segment(assemble(deinterleave(classify_page(page))))


def test_a_series_label_and_a_boxed_editors_note_over_stacked_headlines_are_furniture():
    units = page_units(_SERIES + _NOTE_BOX + _HEADS + _BLOCKS)
    assert [u.kind for u in units[:4]] == ["furniture", "headline", "headline", "byline"]
    assert not any("开栏的话" in u.text or "专栏" in u.text for u in units)


def test_columns_each_opening_with_its_byline_are_put_back_by_their_paragraph_indents():
    articles = _pipeline_articles(_SERIES + _NOTE_BOX + _HEADS + _BLOCKS)
    texts = {a.title: "".join(a.paragraphs) for a in articles}
    assert texts["晋江市“侨乡议事会”汇聚乡贤力量"].endswith("兴办公益项目64个。")
    assert "邀请归侨侨眷、在外乡贤参与" in texts["晋江市“侨乡议事会”汇聚乡贤力量"]
    assert texts["卧龙区“一网统管”让诉求办理提速"].startswith("南阳市卧龙区")
    assert "议事" not in texts["卧龙区“一网统管”让诉求办理提速"]


def test_no_reordering_when_each_article_is_printed_whole_under_its_byline():
    whole = (
        "本报记者 林志勇\n　　泉州市晋江市是著名侨乡，在\n外乡贤多、热心家乡事务的人多。\n"
        "　　晋江市在38个村（社区）成\n立“侨乡议事会”，邀请归侨侨眷、\n在外乡贤参与村级事务协商，每季\n"
        "度至少议事一次。\n"
        "本报记者 吴振华 通讯员 郑颖\n　　南阳市卧龙区整合12345\n热线、网格上报、“随手拍”等渠\n"
        "道，建起区级“一网统管”平台，\n群众诉求一个口子进、一张网办。\n"
        "　　平台对诉求分类派单，简单事\n项24小时内响应，复杂事项由街道\n“吹哨”、部门“报到”协同办理。\n"
    )
    texts = ["".join(a.paragraphs) for a in _pipeline_articles(_HEADS + whole)]
    assert any(t.endswith("每季度至少议事一次。") for t in texts)
    assert any(t.startswith("南阳市卧龙区") and t.endswith("协同办理。") for t in texts)


def test_an_editors_note_box_is_blanked_but_a_boxed_headline_stays():
    units = page_units("┌────────┐\n│编者按：本报推出系列报道。│\n└────────┘\n\n" + _HEADS + _BLOCKS)
    assert not any("系列报道" in u.text for u in units)
    boxed = page_units(
        "┌────────┐\n│数字减负要减到实处│\n└────────┘\n□ 张立新\n　　为基层减负，减的是形式主义的负担。\n"
    )
    assert any(u.kind == "headline" and u.text == "数字减负要减到实处" for u in boxed)


# ------------------------------------------------------------------ a headline cut after its `的` over a byline

_FLAT = "本报记者 段丽萍\n每到饭点，曲靖市麒麟区南宁街道寥廓社\n区的社区食堂里总是坐满了人。\n"


def test_a_headline_cut_after_its_particle_over_a_byline_is_one_headline():
    units = page_units("麒麟区社区食堂里的\n“邻里圆桌”\n" + _FLAT)
    assert (units[0].kind, units[0].text) == ("headline", "麒麟区社区食堂里的“邻里圆桌”")
    units = page_units("老街坊和新邻居的\n“议事圆桌”\n" + _FLAT)
    assert (units[0].kind, units[0].text) == ("headline", "老街坊和新邻居的“议事圆桌”")


def test_a_line_of_text_ending_in_a_particle_is_not_joined_to_the_headline_under_it():
    units = page_units("记者了解到，社区食堂里的\n“邻里圆桌”\n" + _FLAT)
    assert not any(u.kind == "headline" and u.text.startswith("记者了解到") for u in units)
    units = page_units(
        "麒麟区社区食堂里的\n“邻里圆桌”\n每到饭点，曲靖市麒麟区南宁街道寥廓社区的社区食堂里\n总是坐满了人。\n"
    )
    assert not any(u.kind == "headline" and u.text == "麒麟区社区食堂里的“邻里圆桌”" for u in units)


# ------------------------------------------------------------------ a rule of full-width low lines


def test_a_rule_of_full_width_low_lines_is_furniture():
    page = "　　一年来，问题340余件得到解决。\n＿＿＿＿＿＿＿＿＿＿＿＿\n责任编辑：周宁\n"
    assert [u.kind for u in page_units(page)][:2] == ["text", "furniture"]
    blank = page_units("　　居民在意见表上写下＿＿＿＿的心愿，\n交给网格员。\n")
    assert all(u.kind == "text" for u in blank)


# ------------------------------------------------------------------ unmarked captions gathered at the foot

_TWO_BODIES = (
    "铁东区“老兵调解室”巧解家长里短\n本报记者 王芳\n　　鞍山市铁东区在辖区社区设立“老兵调解室”，\n"
    "请退役军人党员当调解员。\n\n翠屏区“楼院管家”管出幸福小区\n　　本报讯（记者 周涛）宜宾市翠屏区在老旧\n"
    "小区推行“楼院管家”，负责楼院卫生。\n"
)


def test_unmarked_captions_with_bracketed_credits_gathered_at_the_foot_are_captions():
    foot = "\n退役军人调解员在“老兵调解室”接待居民。（王芳 摄）\n“楼院管家”在小区巡查消防通道。（翠屏区委社会工作部供图）\n"
    units = page_units(_TWO_BODIES + foot)
    assert [(u.kind, u.text) for u in units[-4:]] == [
        ("caption", "退役军人调解员在“老兵调解室”接待居民。"),
        ("credit", "王芳 摄"),
        ("caption", "“楼院管家”在小区巡查消防通道。"),
        ("credit", "翠屏区委社会工作部供图"),
    ]


def test_a_bodys_sentence_with_a_credit_glued_is_no_caption():
    tally = "\n今年以来共调解纠纷540件。（王芳 摄）\n"
    indented = "\n　　居民们纷纷点赞。（王芳 摄）\n"
    for foot in (tally, indented):
        assert not any(u.kind == "caption" for u in page_units(_TWO_BODIES + foot)), foot


# ------------------------------------------------------------------ a foot stack's lines as many as its bodies

_THREE_BODIES = (
    "　　本报讯（记者 乌兰）赤峰市红山区梳理出“三张清单”，\n为社区工作者松绑减负。\n\n"
    "本报记者 罗义\n　　遵义市汇川区把网格化管理延伸到产业园区，划分\n“红色网格”73个。\n\n"
    "□ 张立新\n　　为基层减负，减的是形式主义的负担，不是干事创业的\n责任。\n"
)


def test_a_foot_stack_is_not_joined_into_fewer_headlines_than_its_bodies():
    foot = "\n基层减负进行时\n红山区“三张清单”为社区减负\n汇川区“红色网格”延伸到园区楼宇\n减负不是“减责”\n"
    heads = [u.text for u in page_units(_THREE_BODIES + foot) if u.kind == "headline"]
    assert heads[-2:] == ["汇川区“红色网格”延伸到园区楼宇", "减负不是“减责”"]


def test_a_headline_the_column_wrapped_at_the_foot_is_still_joined():
    two = _THREE_BODIES.split("\n\n□")[0] + "\n"
    foot = "\n红山区“三张清单”为社区减负\n汇川区“红色网格”\n延伸到园区楼宇\n"
    heads = [u.text for u in page_units(two + foot) if u.kind == "headline"]
    assert heads == ["红山区“三张清单”为社区减负", "汇川区“红色网格”延伸到园区楼宇"]


# ------------------------------------------------------------------ stacked heads over leads cutting in, no byline lines

_DATED_BLOCKS = (
    "　　本报讯（记者 林志勇）泉州\n市晋江市是著名侨乡，在外乡贤多、\n热心家乡事务的人多。\n"
    "　　晋江市在38个村（社区）成立\n“侨乡议事会”，邀请归侨侨眷、\n"
    "　　本报讯（记者 吴振华）南阳\n市卧龙区整合12345热线、网格上\n报、“随手拍”等渠道，建起区级\n"
    "“一网统管”平台，群众诉求一个\n口子进、一张网办。\n"
    "在外乡贤参与村级事务协商，每季\n度至少议事一次。\n　　两年来，议事会共协商村道改\n"
    "造、养老服务等事项207件，乡贤\n捐资兴办公益项目64个。\n"
    "　　平台对诉求分类派单，简单事\n项24小时内响应，复杂事项由街道\n“吹哨”、部门“报到”协同办理。\n"
    "　　今年以来，平台受理群众诉求\n3.8万件，按时办结率达到98.2%。\n"
)


def test_stacked_headlines_over_leads_with_glued_datelines_cutting_in_are_put_back():
    articles = _pipeline_articles(_HEADS + _DATED_BLOCKS)
    texts = {a.title: "".join(a.paragraphs) for a in articles}
    assert "邀请归侨侨眷、在外乡贤参与" in texts["晋江市“侨乡议事会”汇聚乡贤力量"]
    assert texts["卧龙区“一网统管”让诉求办理提速"].startswith("南阳市卧龙区")
    assert "议事" not in texts["卧龙区“一网统管”让诉求办理提速"]


def test_stacked_headlines_over_plain_leads_cutting_in_are_put_back():
    plain = _DATED_BLOCKS.replace("本报讯（记者 林志勇）", "").replace("本报讯（记者 吴振华）", "")
    texts = {a.title: "".join(a.paragraphs) for a in _pipeline_articles(_HEADS + plain)}
    assert "邀请归侨侨眷、在外乡贤参与" in texts["晋江市“侨乡议事会”汇聚乡贤力量"]
    assert "议事" not in texts["卧龙区“一网统管”让诉求办理提速"]


def test_stacked_headlines_over_reports_printed_whole_are_left_in_order():
    whole = (
        "　　本报讯（记者 林志勇）泉州\n市晋江市是著名侨乡。晋江市在38个\n村（社区）成立“侨乡议事会”，邀\n"
        "请归侨侨眷、在外乡贤参与协商。\n"
        "　　本报讯（记者 吴振华）南阳\n市卧龙区建起区级“一网统管”平台，\n群众诉求一个口子进、一张网办。\n"
    )
    texts = ["".join(a.paragraphs) for a in _pipeline_articles(_HEADS + whole)]
    assert any(t.startswith("泉州市晋江市") and t.endswith("参与协商。") for t in texts)
    assert any(t.startswith("南阳市卧龙区") and t.endswith("一张网办。") for t in texts)


# ------------------------------------------------------------------ a headline wrapped after a causative's people

_LEAD = "　　本报讯（记者 龙海燕）六盘水市钟山区组织快递员担任“流动\n哨兵”，发现问题随手上报。\n"


def test_a_headline_cut_after_the_people_a_causative_names_is_one_headline():
    for first, second in (("钟山区让快递小哥", "成为“流动哨兵”"), ("麒麟区让新就业群体", "当上“社区合伙人”")):
        units = page_units(f"{first}\n{second}\n{_LEAD}")
        assert (units[0].kind, units[0].text) == ("headline", first + second)


def test_a_whole_headline_keeps_its_deck():
    units = page_units("钟山区“流动哨兵”守护独居老人\n推出上报小程序和积分奖励\n" + _LEAD)
    assert [(u.kind, u.text) for u in units[:2]] == [
        ("headline", "钟山区“流动哨兵”守护独居老人"),
        ("subtitle", "推出上报小程序和积分奖励"),
    ]


def test_a_whole_headline_ending_on_the_people_its_verb_serves_keeps_its_deck():
    # 帮扶/带富/助力 are verbs, not the causative 帮/带/助; 让…贴近居民 has its verb: whole headlines (was: kicker
    # over the deck read as the title)
    for head in (
        "钟山区志愿服务帮扶困难群众",
        "钟山区党建引领带富村民",
        "钟山区积分超市助力居民",
        "钟山区让服务贴近居民",
    ):
        units = page_units(f"{head}\n推出上报小程序和积分奖励\n" + _LEAD)
        assert [(u.kind, u.text) for u in units[:2]] == [
            ("headline", head),
            ("subtitle", "推出上报小程序和积分奖励"),
        ]


def test_a_first_run_longer_than_the_lines_left_is_no_error():
    # blocks of five lines, B's column only three lines long after its byline: the runs tried end in a tail of
    # at most every line (was: a tail longer than the lines, and zip(strict=True) raised)
    from types import SimpleNamespace

    from builder.ingest.interleave_bylines import by_indents
    from builder.ingest.pagelines import TEXT, Unit

    def unit(text: str, indent: bool = False) -> Unit:
        return Unit(TEXT, text, 1, indent, 0, len(text))

    lines = [
        unit("　　某某社区组织党员开展入户走访，", True),
        unit("收集意见建议。"),
        unit("　　居民纷纷点赞。", True),
    ]
    ends = (unit("甲栏上一行没有写完"), unit("乙栏上一行没有写完"))
    problem: Any = SimpleNamespace(reading=lambda option: 0.0)
    found = by_indents(lines, ends, problem, [True, False, True], [(5, [0, 1, 2])])
    assert len(found) == len(lines)
