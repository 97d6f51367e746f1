"""pdfminer's `(cid:NN)` placeholders (heldout23 p05): rules, indents and ornaments read as what they stood for."""

from builder.ingest.cidglyphs import undo_cid_glyphs


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
