"""Single named rules of classify_page (LINE_RULES) and assemble (UNIT_RULES), each on the real damaged
lines from seeds/ that it handles: which rule takes the line, and what it makes of it."""

from builder.ingest.pagelines import (
    BYLINE,
    CAPTION,
    CREDIT,
    FURNITURE,
    HEADING,
    JUMP_IN,
    JUMP_OUT,
    TEXT,
    Line,
    PageReader,
)
from builder.ingest.paragraphs import UNIT_RULES, Assembly, place_next
from builder.ingest.units import LINE_RULES, classify_page, read_next


def read_all(text: str) -> tuple[list[str], PageReader]:
    """Every line of `text` read: the names of the rules that took them, and the reader."""
    page = PageReader(text)
    names = []
    while page.index < len(page.lines):
        names.append(read_next(page))
    return names, page


def placed(page: str) -> tuple[list[tuple[str, str]], Assembly]:
    """assemble() on the units of `page`, one unit at a time: (rule name, unit text) per unit."""
    state = Assembly(classify_page(page))
    names = []
    while state.index < len(state.units):
        names.append((place_next(state), state.unit.text))
    state.flush()
    return names, state


def test_rule_names_are_unique_and_the_last_rule_takes_anything():
    for table in (LINE_RULES, UNIT_RULES):
        names = [name for name, _ in table]
        assert len(names) == len(set(names))
    assert LINE_RULES[-1][0] == "text" and UNIT_RULES[-1][0] == "new_paragraph"


def test_byline_rule_takes_back_the_names_printed_on_the_next_line():
    # 003: `新甘肃·甘肃日报记者` / (blank) / `董文龙 通讯员 姜海波 刘子芳`
    names, page = read_all("新甘肃·甘肃日报记者\n\n董文龙 通讯员 姜海波 刘子芳\n")
    assert names == ["byline", "blank"]  # the names' line is consumed by the byline rule
    assert [(u.kind, u.text) for u in page.units] == [
        (BYLINE, "新甘肃·甘肃日报记者 董文龙 通讯员 姜海波 刘子芳")
    ]


def test_byline_rule_leaves_a_body_line_alone():
    # 003: a body line that names the reporter (`…告诉记者，…`) is no byline
    text = "“这几天天气好，温度、湿度适宜，西红柿品相很好，头茬柿已全被预订。”魏海新告诉记者，他今年种植了7棚普罗旺斯西红柿。"
    page = PageReader(text)
    page.index = 1
    assert dict(LINE_RULES)["byline"](page, Line(text, 1, text)) is False
    assert page.units == [] and page.index == 1


def test_vertical_label_rule_rebuilds_the_label_and_keeps_the_glued_rest():
    # 001: `基` / `层` / `实` / `践回民区：以组织力引领城市基层治理现代化`
    names, page = read_all("基\n层\n实\n践回民区：以组织力引领城市基层治理现代化\n")
    assert names[:2] == ["vertical_label", "text"]
    assert [(u.kind, u.text, u.blanks_before) for u in page.units] == [
        (FURNITURE, "基层实践", 0),
        (TEXT, "回民区：以组织力引领城市基层治理现代化", 1),  # after a label: a new block
    ]


def test_continuation_marker_rules_mark_the_jumps():
    # 002: `…实现对95个无人管` / (blank) / `（下转B15版）` / (blank) / `（上接B14版）` / (blank) / `理老旧小区…`
    names, page = read_all("实现对95个无人管\n\n（下转B15版）\n\n（上接B14版）\n\n理老旧小区的兜底管理。\n")
    assert names.count("continuation_marker") == 2
    assert [(u.kind, u.text) for u in page.units] == [
        (TEXT, "实现对95个无人管"),
        (JUMP_OUT, "（下转B15版）"),
        (JUMP_IN, "（上接B14版）"),
        (TEXT, "理老旧小区的兜底管理。"),
    ]


def test_inline_credit_rule_splits_the_credit_off_the_paragraph():
    # 002: a photo credit printed at the end of the paragraph's last line
    names, page = read_all(
        "万元，实施小区治理服务项目330余个，不断增强自我造血功能。（图片由滨州市滨城区委组织部提供）"
    )
    assert names == ["inline_credit"]
    assert [(u.kind, u.text) for u in page.units] == [
        (TEXT, "万元，实施小区治理服务项目330余个，不断增强自我造血功能。"),
        (CREDIT, "（图片由滨州市滨城区委组织部提供）"),
    ]


def test_caption_mark_and_credit_rules():
    # 003: two marked captions, then the credit of the photo group
    names, page = read_all(
        "△崆峒区外卖小哥送餐间隙在暖“新”驿站休息。\n\n"
        "△灵台县鑫海工贸有限责任公司组织流动党员开展理论学习。\n"
        "本组图片由平凉市委社会工作部提供\n"
    )
    assert [n for n in names if n != "blank"] == ["caption_mark", "caption_mark", "credit"]
    assert page.units[0].kind == CAPTION and page.units[0].text.startswith("崆峒区")


def test_heading_rule_joins_a_heading_printed_on_two_lines():
    # 004: a finished paragraph, then `党建引领` / `构建现代化基层治理架构`, then the next paragraph
    names, state = placed(
        "谱\n写城市基层党建新蒲篇章。\n\n党建引领\n构建现代化基层治理架构\n\n"
        "新蒲新区坚持围绕中心抓\n党建、抓好党建促发展的理念，\n"
    )
    assert [n for n, _ in names] == [
        "new_paragraph",
        "open_sentence",
        "heading",
        "heading",
        "new_paragraph",
        "open_sentence",
    ]
    headings = [u.text for u in state.out if u.kind == HEADING]
    assert headings == ["党建引领 构建现代化基层治理架构"]


def test_caption_between_halves_rule_lifts_the_caption_out_of_the_sentence():
    # 002: `…建设儿童` / (figure) / caption / `友好型小区。`
    names, state = placed(
        "设置托育服务点，建设儿童\n\n\n\n"
        "山东省滨州市滨城区文汇社区领办合作社开展手工艺品制作培训，解决辖区居民就业难题。\n\n"
        "友好型小区。"
    )
    assert [n for n, _ in names] == ["new_paragraph", "caption_between_halves", "open_sentence"]
    assert [(u.kind, u.text) for u in state.out] == [
        (CAPTION, "山东省滨州市滨城区文汇社区领办合作社开展手工艺品制作培训，解决辖区居民就业难题。"),
        (TEXT, "设置托育服务点，建设儿童友好型小区。"),
    ]


def test_caption_rule_keeps_an_open_sentence_open():
    # 003: captions between the two halves of a quoted sentence
    names, state = placed(
        "“我平时经常在驿站一边给手机充电，一\n\n\n\n"
        "△崆峒区外卖小哥送餐间隙在暖“新”驿站休息。\n\n"
        "边学习国家的最新方针政策。”甘双红说。"
    )
    assert [n for n, _ in names] == ["new_paragraph", "caption", "open_sentence"]
    assert state.out[-1].text == "“我平时经常在驿站一边给手机充电，一边学习国家的最新方针政策。”甘双红说。"
