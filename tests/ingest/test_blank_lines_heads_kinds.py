"""A page printing no blank line (blanklines.restore_blank_lines): heads the lines show without a closing credit.

Lines of committed sets' pages with their blank lines removed, as `perturb.py`'s `noblank` prints them (heldout12
p04, heldout h02): a headline wrapped onto a second line under a finished sentence is no head cutting a sentence
(interleaved columns); a column's name (`简 讯`) between a finished sentence and a head; a lead opening with the
paper's bare dateline (`本报讯 梧州市…`); a flat column's lead naming the headline's subdistrict under its city and
county, its first line far wider than the head's. Negatives: a round-up's part (`桐柏镇：…` over `桐柏镇…`), a
headline's short first line is no column's name.
"""

from __future__ import annotations

from builder.ingest.blanklines import restore_blank_lines
from tests.support.pages import page_articles

# heldout12 p04 (indented paragraphs, two column widths), blank lines removed
_WRAPPED = [
    "钢都晚报·社区版",
    "本报讯（记者　孙立伟）",
    "　　这是铁西区推进“红色物",
    "业”的一个缩影。区里将17",
    "4个老旧小区全部纳入物业服",
    "务，组建物业党支部38个。",
    "　　今年以来，全区“三方联",
    "席会”共解决停车难、屋顶漏",
    "雨等问题650余件，居民对",
    "物业服务满意度提高到91%。",
    "信都区：“五星支部”创建",
    "激活乡村振兴动能",
    "　　邢台市信都区在全区农村开展“五星支部”",
    "创建，从产业兴旺、生态宜居、乡风文明、治",
    "理有效、生活富裕五个方面评星定级。",
    "（记者　郭振华　通讯员　刘畅）",
]

# heldout h02 (flat: no indent, paragraphs end on a short line), blank lines removed
_FLAT = [
    "改都由居民说了算。今年全区启动",
    "改造老旧小区46个，涉及居民楼",
    "312栋、住户9800余户。",
    "改造中，柳北区同步成立小区党支",
    "部，组建由党员、楼栋长和热心居",
    "民组成的“改造监督小组”，全程",
    "参与质量监督。已完工的28个小",
    "区中，居民对改造效果的满意率达",
    "到97%。",
    "为防止“改完就乱”，柳北区引导",
    "已改造小区通过居民协商引入专业",
    "物业或实行自治管理，建立“红色",
    "物业”服务点19个，让老小区改",
    "得好、管得住。",
    "简 讯",
    "万秀区“红色管家”",
    "进驻老旧小区",
    "本报讯 梧州市万秀区在老旧",
    "小区推行“红色管家”服务，",
    "选派机关党员干部和社区“两",
    "委”成员担任小区管家，帮助",
    "没有物业的小区解决管理难题。",
    "目前全区已有63名“红色管",
    "家”进驻41个老旧小区，今",
    "年以来协调解决漏水、停车、",
    "环境卫生等问题520余件。",
    "丽君街道：改不改",
    "居民议事会说了算",
    "桂林市秀峰区丽君街道在老旧",
    "小区改造中成立居民议事会，",
    "由社区党委书记任召集人，改",
    "造方案须经议事会表决通过后",
    "方可实施。今年以来，街道各",
    "小区议事会共召开会议86场。",
]


def _restored(lines: list[str]) -> list[str]:
    text, printed = restore_blank_lines("\n".join(lines), None)
    assert printed is None or len(printed) == len(text.split("\n"))
    return text.split("\n")


def test_a_headline_wrapped_under_a_finished_sentence_is_a_head_not_a_cut_sentence() -> None:
    out = _restored(_WRAPPED)
    at = out.index("信都区：“五星支部”创建")
    assert out[at - 1] == "" and out[at + 1] == "激活乡村振兴动能"
    titles = [article.title for article in page_articles("\n".join(out))]
    assert any(title and title.startswith("信都区：“五星支部”创建") for title in titles)


def test_a_column_name_a_bare_dateline_and_a_wide_lead_set_the_flat_heads_apart() -> None:
    out = _restored(_FLAT)
    at = out.index("简 讯")
    assert out[at - 1] == "" and out[at + 1] == "" and out[at + 2] == "万秀区“红色管家”"
    at = out.index("丽君街道：改不改")
    assert out[at - 1] == "" and out[at + 1] == "居民议事会说了算"
    titles = [article.title for article in page_articles("\n".join(out))]
    assert "万秀区“红色管家”进驻老旧小区" in titles
    assert any(title and title.startswith("丽君街道：改不改") for title in titles)


def test_a_round_ups_part_and_a_headlines_short_first_line_stay() -> None:
    part = [*_FLAT[:12], "桐柏镇：板凳会", "议出邻里和气", "桐柏镇在各村推行“板凳会”，每", *_FLAT[27:]]
    assert "" not in _restored(part)
    wrapped = [*_FLAT[:12], "红色物业", "进驻老旧小区", "本报讯 梧州市万秀区在老旧", *_FLAT[16:20]]
    out = _restored(wrapped)
    assert out[out.index("红色物业") + 1] == "进驻老旧小区"  # no blank line inside the headline


# heldout22 p04 (a roundup's reports, each opening with its place in 【】), blank lines removed
_LABELLED = [
    "县域传真",
    "云南多地探索基层治理“小切口”",
    "【澄江市】玉溪市澄江市推行“码上",
    "议”村务协商平台，村民用手机扫码",
    "即可提出议题、参与表决。平台上线",
    "以来，全市88个村（社区）全部接入，",
    "收集议题1260条，办结1190条。（杨",
    "丽）",
    "【宾川县】大理州宾川县在果园集中",
    "连片区域成立“果园党小组”45个，",
    "把党员编入产业链。党小组为果农提",
    "供技术指导和订单对接，今年帮助果",
    "农销售柑橘、葡萄等水果3.2万吨。",
    "县里还评选“党员示范果园”130个。",
    "（段建华）",
    "【弥勒市】红河州弥勒市在城区推行",
    "“小区管家”制度，由社区党组织从",
    "退休干部、热心居民中选聘“小区管",
    "家”312名，负责收集诉求、调解纠",
    "纷。全市已有147个无物业小区实现",
    "“有人管”，居民投诉量同比下降38%。",
    "（普文）",
]


def test_a_roundups_labelled_reports_open_after_a_blank_line() -> None:
    out = _restored(_LABELLED)
    for label in ("【澄江市】", "【宾川县】", "【弥勒市】"):
        at = next(i for i, line in enumerate(out) if line.startswith(label))
        assert out[at - 1] == ""
    assert len(page_articles("\n".join(out))) == 3


def test_a_label_naming_no_place_of_its_lead_opens_nothing() -> None:
    lines = [*_LABELLED[:8], "【编者按】大理州宾川县在果园集中", *_LABELLED[9:15]]
    out = _restored(lines)
    assert out[out.index("【编者按】大理州宾川县在果园集中") - 1] == "丽）"


# heldout3 e03 (flat: a headline with the paper's bare dateline and its lead glued on), blank lines removed
_GLUED = [
    "基层快讯",
    "▲新华社区“石榴籽”调解室化解邻里纠纷",
    "本报讯（通讯员 马晓燕）乌鲁木齐市天山区",
    "碱泉街街道新华社区成立“石榴籽”调解室，",
    "由社区党支部书记、民警、律师和各族居民代",
    "表组成调解队伍，就近化解邻里纠纷。调解室",
    "实行“接案、调解、回访”闭环管理，今年以",
    "来共受理纠纷87件，调解成功85件，成功",
    "率97.7%。",
    "昌吉市社工站实现乡镇（街道）全覆盖　本报讯　昌吉回族自治州昌吉市依托",
    "党群服务中心建设乡镇（街道）社会工作服务",
    "站，全市13个乡镇（街道）实现社工站全覆",
    "盖，配备专职社工52名。",
]


def test_a_headline_glued_to_its_bare_dateline_and_lead_opens_after_a_blank_line() -> None:
    out = _restored(_GLUED)
    at = next(i for i, line in enumerate(out) if line.startswith("昌吉市社工站"))
    assert out[at - 1] == "" and out[at - 2] == "率97.7%。"
    titles = [article.title for article in page_articles("\n".join(out))]
    assert "昌吉市社工站实现乡镇（街道）全覆盖" in titles


def test_a_sentence_naming_the_paper_before_its_mark_is_no_glued_head() -> None:
    lines = [*_GLUED[:9], "据本报讯统计，全市13个乡镇（街道）实现社工", *_GLUED[10:]]
    assert "" not in _restored(lines)


# heldout7 m07 (a column of briefs with no heads, each opening with its city and county), blank lines removed
_BRIEFS = [
    "基层快讯",
    "（本报综合）",
    "南通市崇川区任港街道组建“红色楼宇联盟”，吸纳辖",
    "区商务楼宇内企业党组织27个，为楼宇白领提供政策",
    "咨询、子女托管等服务。今年以来，联盟开展联谊活动",
    "46场。",
    "乐山市市中区在全区各镇街设立“民情茶馆”31个，",
    "每周由一名区级领导轮流坐班接待群众，今年以来接待",
    "群众2300余人次，化解矛盾纠纷180件。对当场",
    "不能解决的问题，“民情茶馆”实行台账管理、限时办",
    "结。",
    "三明市沙县区夏茂镇俞邦村党支部领办小吃合作社，带",
    "动村民发展沙县小吃产业，去年村集体经营性收入达到",
    "52万元，比上年增长三成。合作社还在外地开设门店",
    "15家，吸纳本村劳动力86人就业。",
    "北京市顺义区马坡镇推行“小院议事厅”，在各村（社",
    "区）选取群众常聚的农家小院作为议事场所，今年以来",
    "议定村内道路硬化、路灯安装等事项64项。",
]


def test_briefs_opening_with_their_city_and_county_open_after_a_blank_line() -> None:
    out = _restored(_BRIEFS)
    for start in ("乐山市市中区", "三明市沙县区", "北京市顺义区"):
        at = next(i for i, line in enumerate(out) if line.startswith(start))
        assert out[at - 1] == ""
    assert len(page_articles("\n".join(out))) == 4


def test_a_paragraph_opening_otherwise_ends_the_briefs() -> None:
    lines = [*_BRIEFS[:6], "据了解，这一做法已在全市推广。", *_BRIEFS[6:11], *_BRIEFS[11:15]]
    out = _restored(lines)
    assert out[out.index("乐山市市中区在全区各镇街设立“民情茶馆”31个，") - 1] != ""
    # without the column's name the paragraphs are one report's
    assert "" not in _restored(_BRIEFS[2:])
