"""pdfminer's `(cid:NN)` placeholders (heldout23 p05): rules, indents and ornaments read as what they stood for; and a
symbol font's glyphs written as private-use code points (heldout26 p06: `\uf0a7 民生实事·城市社区`, a rule of them
glued, as text, onto the next article's dateline and lead, whose byline was then lost).
"""

from builder.ingest.cidglyphs import undo_cid_glyphs
from tests.support.pages import page_articles


def test_rule_indent_and_ornament():
    page = (
        "(cid:137)(cid:137)(cid:137)\n\n(cid:41)某省推动“党建引领物业”覆盖城市社区\n\n本报记者 某某\n"
        "(cid:3)记者获悉，已有1.9万个小区实现覆盖。\n(cid:3)全省推行评星定级。\n(cid:3)同时，纳入考核。"
    )
    assert undo_cid_glyphs(page).split("\n") == [
        "",
        "",
        "某省推动“党建引领物业”覆盖城市社区",
        "",
        "本报记者 某某",
        "　　记者获悉，已有1.9万个小区实现覆盖。",
        "　　全省推行评星定级。",
        "　　同时，纳入考核。",
    ]


def test_bullets_under_no_sentence_end_are_no_indent():
    page = "(cid:23) 今日导读\n(cid:24)某市“海岸线党建带”串起\n▶详见第2版\n(cid:24)某区“街巷长制”\n▶详见第6版"
    assert undo_cid_glyphs(page) == "今日导读\n某市“海岸线党建带”串起\n▶详见第2版\n某区“街巷长制”\n▶详见第6版"


def test_page_without_placeholders_unchanged():
    page = "　　某社区(cid 见附表)开展活动。"
    assert undo_cid_glyphs(page) is page


_PUA_PAGE = (
    "\uf06e 2026年5月6日 星期三  某某社区报  第1版\n\n"
    "\uf0a7 民生实事·城市社区\n某某街道“幸福食堂”开进老小区\n\n本报记者 某某\n"
    "　　某某街道在3个老旧小区开办“幸福食堂”，\n每天为老人供餐400余份。\n\n"
    "\uf0a7\uf0a7\uf0a7\uf0a7\uf0a7\uf0a7\uf0a7\uf0a7\uf0a7\uf0a7\n\n"
    "某某村：“红马甲”守护古城街巷\n\n"
    "　　本报讯（记者 某某 通讯员\n 某某）某某县某某村组建“红马甲”志愿\n服务队，开展文明引导等服务。\n"
    "\n\uf06c 本版编辑：某某"
)


def test_private_use_glyphs_are_ornaments_and_rules():
    assert undo_cid_glyphs(_PUA_PAGE).split("\n")[:4] == [
        "2026年5月6日 星期三  某某社区报  第1版",
        "",
        "民生实事·城市社区",
        "某某街道“幸福食堂”开进老小区",
    ]
    assert undo_cid_glyphs("上\n\uf0a7\uf0a7\uf0a7\n下") == "上\n\n下"


def test_a_rule_of_private_use_glyphs_glues_nothing_to_the_next_lead():
    second = page_articles(undo_cid_glyphs(_PUA_PAGE))[-1]
    assert second.title == "某某村：“红马甲”守护古城街巷"
    assert second.byline == "本报讯（记者 某某 通讯员 某某）"
    assert second.paragraphs[0].startswith("某某县某某村组建")
