"""Head blocks read in the wrong order or cut (issue 14; the kinds of real R11 r11_04/r11_05 and heldout15
p01/p06/p08, lines invented): a headline cut by its unmarked photo caption, a headline over its plain deck line
(read as a kicker over the headline), a `——` subtitle printed above its headline, a headline wrapped after its
quoted practice's verb, and one wrapped after `place：“practice”` among headlines printed together. Each with the
lines it must not take."""

from __future__ import annotations

from builder.ingest.decks import deck_under
from builder.ingest.headcaptions import captions_out_of_heads
from builder.ingest.pagelines import CAPTION, HEADLINE, KICKER, SUBTITLE
from tests.support.pages import page_articles, page_units

_TOP = "青禾日报\n2026年5月12日  第4版  基层治理\n\n"
_LEAD = "　　本报讯（记者 周晓）近日，青禾县桐\n柏镇在各村推行“板凳会”，每月组织村\n民围坐议事。\n　　今年以来已议定事项46件。\n"


def _units(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in page_units(page)]


_articles = page_articles


# ------------------------------------------------------------------ an unmarked caption inside the headline


def test_unmarked_caption_with_credit_between_a_headlines_two_lines() -> None:
    page = _TOP + "青禾县“板凳会·邻里情”\n图为村民议事现场。  青禾日报通讯员李林摄\n议事活动月启动\n" + _LEAD
    units = _units(page)
    assert (HEADLINE, "青禾县“板凳会·邻里情”议事活动月启动") in units or any(
        kind == HEADLINE and text.startswith("青禾县“板凳会·邻里情”") and text.endswith("议事活动月启动")
        for kind, text in units
    )
    [article] = _articles(page)
    assert "议事活动月启动" in (article.title or "")


def test_caption_under_a_whole_headline_over_its_lead_stays() -> None:
    # the line under the caption is the indented lead, not a headline's second line: nothing moves
    lines = ["青禾县“板凳会”议出邻里和气", "图为村民议事现场。  青禾日报通讯员李林摄", *_LEAD.splitlines()]
    numbers = list(range(1, len(lines) + 1))
    before = list(lines)
    captions_out_of_heads(lines, numbers)
    assert lines == before and numbers == list(range(1, len(lines) + 1))


def test_a_sentence_with_a_credit_between_two_text_lines_is_no_head_caption() -> None:
    page = (
        _TOP
        + "青禾县“板凳会”议出邻里和气\n\n"
        + _LEAD
        + "村里还建起议事长廊\n图为村民议事现场。  青禾日报通讯员李林摄\n让村民有了去处\n"
    )
    assert (HEADLINE, "村里还建起议事长廊让村民有了去处") not in _units(page)


# ------------------------------------------------------------------ a headline over its deck


def test_headline_naming_no_place_over_a_deck_naming_the_place_and_its_means() -> None:
    assert deck_under("把“小板凳”变成“议事桌”", "青禾县桐柏镇党建引领村民议事协商")
    page = _TOP + "把“小板凳”变成“议事桌”\n青禾县桐柏镇党建引领村民议事协商\n" + _LEAD
    units = _units(page)
    assert (HEADLINE, "把“小板凳”变成“议事桌”") in units
    assert (SUBTITLE, "青禾县桐柏镇党建引领村民议事协商") in units
    [article] = _articles(page)
    assert article.title == "把“小板凳”变成“议事桌”"


def test_kicker_over_a_headline_naming_its_place_stays_a_kicker() -> None:
    assert not deck_under("党建引领聚合力", "梧桐街道“红色议事厅”议出幸福来")
    assert not deck_under("青禾县“板凳会”议出和气", "桐柏镇党建引领村民议事")  # the upper names its place
    assert not deck_under("秦岭深处的“领头人”", "刘振华：把茶园变成“致富园”")
    page = _TOP + "党建引领聚合力\n梧桐街道“红色议事厅”议出幸福来\n" + _LEAD
    units = _units(page)
    assert (KICKER, "党建引领聚合力") in units
    assert (HEADLINE, "梧桐街道“红色议事厅”议出幸福来") in units


# ------------------------------------------------------------------ a subtitle printed above its headline


_PROFILE = "　　清晨，桐柏镇石桥村的茶园里雾气还\n没散，村党支部书记王立新已经带着村\n民在地里采茶。\n"


def test_dash_subtitle_printed_above_its_headline_goes_under_it() -> None:
    page = (
        _TOP
        + "人 物\n\n——记青禾县桐柏镇石桥村党支部书记王立新\n王立新：把荒坡变成“致富园”\n\n本报记者 周晓\n\n"
        + _PROFILE
    )
    [article] = _articles(page)
    assert article.title == "王立新：把荒坡变成“致富园”"
    assert "记青禾县桐柏镇石桥村党支部书记王立新" in (article.subtitle or "")


def test_dash_subtitle_under_its_headline_stays_where_it_is() -> None:
    page = (
        _TOP
        + "王立新：把荒坡变成“致富园”\n——记青禾县桐柏镇石桥村党支部书记王立新\n\n本报记者 周晓\n\n"
        + _PROFILE
    )
    units = _units(page)
    at = units.index((HEADLINE, "王立新：把荒坡变成“致富园”"))
    assert units[at + 1][0] == SUBTITLE
    [article] = _articles(page)
    assert article.title == "王立新：把荒坡变成“致富园”"


# ------------------------------------------------------------------ headlines the column wrapped


def test_quoted_practice_and_its_verb_wrapped_over_the_object() -> None:
    page = _TOP + "“1+2+N”盘活\n古城闲置小院\n" + _LEAD
    assert (HEADLINE, "“1+2+N”盘活古城闲置小院") in _units(page)


def test_quoted_practice_and_verb_over_a_line_naming_its_own_place_is_not_joined() -> None:
    page = _TOP + "“1+2+N”盘活\n桐柏镇：闲置小院变成议事厅\n" + _LEAD
    assert (HEADLINE, "“1+2+N”盘活桐柏镇：闲置小院变成议事厅") not in _units(page)


_STACK_BODIES = (
    "　　本报讯（记者 周晓）青禾县桐柏镇\n推行“村民说事”，每月固定一天为\n“说事日”。\n\n"
    "本报记者 林岚\n\n　　青禾县石桥街道老旧院落多，不少院落\n没有物业。街道在院落中成立党小组。\n\n"
    "本报记者 赵明\n\n　　永安市每年夏天有上万名老人来避\n暑，市里设立“候鸟党员服务站”。\n"
)


def test_subject_and_deed_wrapped_among_headlines_printed_together() -> None:
    heads = (
        "桐柏镇“村民说事”说出和谐新风\n石桥街道：“院落自治”\n让老旧院落焕新颜\n永安“候鸟党员”离家不离组织\n\n"
    )
    units = _units(_TOP + heads + _STACK_BODIES)
    assert (HEADLINE, "石桥街道：“院落自治”让老旧院落焕新颜") in units
    assert (HEADLINE, "让老旧院落焕新颜") not in units


def test_headlines_printed_together_each_naming_its_place_stay_apart() -> None:
    heads = "桐柏镇“村民说事”说出和谐新风\n石桥街道：“院落自治”\n永安“候鸟党员”离家不离组织\n\n"
    units = _units(_TOP + heads + _STACK_BODIES)
    assert (HEADLINE, "石桥街道：“院落自治”") in units
    assert (HEADLINE, "永安“候鸟党员”离家不离组织") in units
    assert not any(kind == CAPTION for kind, _ in units)


# ------------------------------------------------------------------ a boxed ad over a doubled headline

_INTERVIEW = "访谈\n\n让社区干部队伍强起来\n\n本报记者 周晓\n\n问：下一步有什么打算？\n\n答：我们将办好“社区夜校”，力争\n三年内把干部轮训一遍。\n\n"
_AD_BOX = "┌──────────┐\n│    公益广告    │\n│  文明新风 你我共建  │\n│ 举报热线：12345   │\n└──────────┘\n\n"
_DOUBLED = "青青禾禾县县：：““板板凳凳会会””议议出出和和气气\n\n"
_BODY = (
    "　　青禾县地处山区，村民居住分散，\n议事难。\n　　为此，青禾县推出“板凳会”，每月\n组织村民围坐议事。\n"
)


def test_boxed_ad_is_furniture_and_the_doubled_headline_under_it_opens_an_article() -> None:
    page = _TOP + _INTERVIEW + _AD_BOX + _DOUBLED + _BODY
    units = _units(page)
    assert not any("公益广告" in text or "举报热线" in text for _, text in units)
    first, second = _articles(page)
    assert second.title == "青禾县：“板凳会”议出和气"
    assert "板凳会" not in first.title


def test_box_naming_no_ad_is_left_to_the_boxed_head_rule() -> None:
    boxed = "┌──────────┐\n│ 数字减负要减到实处 │\n└──────────┘\n\n本报评论员\n\n"
    units = _units(_TOP + boxed + _BODY)
    assert (HEADLINE, "数字减负要减到实处") in units


def test_boxed_headline_about_ads_is_no_ad() -> None:
    # the box's label names an ad only as a line of its own (`公益广告`); a headline about flyers stays
    boxed = "┌──────────┐\n│ 楼道“小广告”清理行动 │\n└──────────┘\n\n本报记者 周晓\n\n"
    assert (HEADLINE, "楼道“小广告”清理行动") in _units(_TOP + boxed + _BODY)


def test_doubled_headline_inside_a_text_run_does_not_open_an_article() -> None:
    # not after a finished body: the paragraph above is left open
    page = _TOP + "青禾县“板凳会”议出和气\n\n" + "　　青禾县地处山区，村民居住分散，\n\n" + _DOUBLED + _BODY
    doubled = [u for u in _raw_units(page) if u.text == "青禾县：“板凳会”议出和气"]
    assert doubled and not any(u.opens for u in doubled)


_raw_units = page_units
