"""Perturbation kinds `byline_end` and `head_end` (invented lines): a report's reporter line printed under its last
sentence, so its headline stands straight over its lead (`…重用。` / blank / blank / `青禾县出台驻村工作“八条措施”` /
`近日，青禾县委组织部…`), or its head printed under its body; and a report's notes (`注：` / `①…`) or its author's
note (`【作者简介】…`) under the reporter line or the head at the foot. The headline was read as the body's first
line (the report merged into the one above), the notes as a report of their own signed by the reporter line, and
a head at the foot over notes or over a feature's sections as an article of its own. Negatives: a subheading inside
a report, over a paragraph opening with a time word, stays in the report; a reporter line over the next report's
lead (no notes) stays that report's byline."""

from __future__ import annotations

from tests.support.pages import page_articles

_SIGNED_AT_END = """青禾日报　第3版

柳岸县“一村一格”守护平安
本报讯（通讯员 柯一鸣）
柳岸县在沿河8个镇推行“一村一格”工作机制，
把全县划分为412个网格。
今年以来，全县化解矛盾纠纷134件。


青禾县出台驻村工作“八条措施”
近日，青禾县委组织部、县农业农村局联合印
发《关于加强驻村帮扶工作的若干措施》①，从
选派管理、考核激励等方面提出“八条措施”。
去年以来，全县共有36名驻村干部得到提拔重
用。
本报记者 周一鸣

注：
①《关于加强驻村帮扶工作的若干措施》由县委组织部等5部门联合印发。

本版编辑：杨某
"""


def test_a_headline_apart_over_a_lead_opens_a_report():
    first, second = page_articles(_SIGNED_AT_END)
    assert first.title == "柳岸县“一村一格”守护平安"
    assert "八条措施" not in first.text
    assert second.title == "青禾县出台驻村工作“八条措施”"
    assert second.text.startswith("近日，青禾县委组织部")


def test_a_reporter_line_over_the_notes_signs_the_report_above():
    articles = page_articles(_SIGNED_AT_END)
    assert [a.title for a in articles] == ["柳岸县“一村一格”守护平安", "青禾县出台驻村工作“八条措施”"]
    assert articles[1].byline == "本报记者 周一鸣"
    assert "注：" in articles[1].text
    glued = _SIGNED_AT_END.replace("本报记者 周一鸣\n\n注：", "本报记者 周一鸣\n注：")
    assert page_articles(glued)[1].byline == "本报记者 周一鸣"


def test_a_subheading_over_a_time_word_stays_in_its_report():
    for gap in ("\n\n", "\n\n\n"):  # one blank line or two over a subheading naming no place
        page = _SIGNED_AT_END.replace(
            "\n\n\n青禾县出台驻村工作“八条措施”\n近日，", f"{gap}把服务做到群众心坎上\n今年以来，"
        )
        articles = page_articles(page)
        assert "把服务做到群众心坎上" in articles[0].text
        assert all(a.title != "把服务做到群众心坎上" for a in articles)


def test_a_reporter_line_over_the_next_lead_stays_its_byline():
    page = _SIGNED_AT_END.replace(
        "本报记者 周一鸣\n\n注：\n①《关于加强驻村帮扶工作的若干措施》由县委组织部等5部门联合印发。\n", ""
    )
    page = page.replace("本报讯（通讯员 柯一鸣）\n", "本报记者 柯一鸣\n")
    articles = page_articles(page)
    assert articles[0].byline == "本报记者 柯一鸣"


_HEAD_OVER_NOTES = """青禾日报　第3版

本报记者 周一鸣

　　近日，青禾县委组织部、县农业农村局联合印
发《关于加强驻村帮扶工作的若干措施》①，从
选派管理、考核激励等方面提出“八条措施”。
　　去年以来，全县共有36名驻村干部得到提拔
重用。

青禾县出台驻村工作“八条措施”

注：
①《关于加强驻村帮扶工作的若干措施》由县委组织部等5部门联合印发。

本版编辑：杨某
"""


def test_a_head_at_the_foot_over_the_notes_titles_the_body():
    (article,) = page_articles(_HEAD_OVER_NOTES)
    assert article.title == "青禾县出台驻村工作“八条措施”"
    assert "注：" in article.text and "八条措施”\n" not in article.text


_FEATURE_HEAD_AT_FOOT = """青禾日报　第5版

本报记者 周一鸣 通讯员 柯某

　　走进柳岸县石桥镇花溪村，白墙青瓦的民居依山而
建，游客在花海间拍照留影。
　　“十年前，花溪村还是一个出了名的穷村。”村党
支部书记王某某说。

把党员凝聚起来

　　王某某回到花溪村后，先把党员凝聚起来，每月
召开一次党员大会。
△花溪村的党员在田间议事。
柯某 摄
　　如今，花溪村村民人均可支配收入达到1.6万元。

花溪村的
“领头雁”
——记石桥镇花溪村党支部书记王某某

【作者简介】周一鸣，本报记者，长期关注乡村振兴。

责任编辑：马某
"""


def test_a_features_head_at_the_foot_titles_it_over_its_sections():
    (article,) = page_articles(_FEATURE_HEAD_AT_FOOT)
    assert article.title == "花溪村的“领头雁”"
    assert article.subtitle == "记石桥镇花溪村党支部书记王某某"
    assert "作者简介" in article.text
