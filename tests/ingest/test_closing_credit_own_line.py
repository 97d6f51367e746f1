"""Real R13's kinds, lines invented: a report's closing credit on a line of its own right under its last sentence
(`（张立新 马文博）`, `（江城融媒记者 李明）`), the next report opening after a blank line with its dateline or its
bullet; the page's running foot (`社区·基层　　　5`) and an editors' line with the roles stacked. Before, the bare
names were read as the headline of the next report (its title `（张立新 马文博）`, the report above with no byline),
the media centre's credit as a headline too, the bulleted report after it ran into the one above, and the foot
lines were a paragraph or a title."""

from __future__ import annotations

from builder.ingest.lineshapes import LINE_SHAPE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_TOP = "2026年3月6日　星期五　　第5版\n\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


_FIRST = (
    "集体经济壮大起来\n\n"
    "　　本报讯　近年来，河川县坚持党建引\n领，发展壮大村级集体经济。\n\n"
    "　　去年，全县集体经济年收入10万\n元以上的村有62个。\n"
)


def test_bare_names_in_brackets_under_the_last_sentence_sign_the_report_above():
    page = (
        _TOP
        + _FIRST
        + "（张立新 马文博）\n\n"
        + "　　本报讯（记者 李 强）“到社区\n报到。”平安区湖滨街道的党员纷纷\n前往社区报到。\n\n"
        + "社区·基层　　　　　　　　5\n"
    )
    first, second = _articles(page)
    assert first.byline == "张立新 马文博"
    assert first.title == "集体经济壮大起来"
    assert second.title != "（张立新 马文博）"
    assert second.paragraphs[-1].endswith("前往社区报到。")  # the running foot is no paragraph


def test_names_in_brackets_over_text_or_apart_from_the_sentence_stay_as_they_were():
    # a blank line between the sentence and the bracket: not right under it
    page = (
        _TOP + _FIRST + "\n（张立新 马文博）\n\n　　本报讯（记者 李 强）“到社区\n报到。”党员纷纷前往社区。\n"
    )
    assert _articles(page)[0].byline != "张立新 马文博"
    # a bracket under an open sentence goes on with it
    page = _TOP + "集体经济壮大起来\n\n　　本报讯　近年来，河川县的\n（张立新 马文博）\n党员纷纷前往社区。\n"
    [article] = _articles(page)
    assert "的（张立新马文博）党员" in article.paragraphs[0]


def test_a_media_centres_credit_closes_its_brief_and_the_next_bullet_opens_one():
    page = (
        "简　讯\n\n"
        "　　■9月9日，江城解放社区召开\n党建联席会。\n"
        "　　会上，各单位签订了共建协议。\n"
        "（江城融媒记者 李明）\n\n"
        "　　■今年以来，河川区民政局深\n入推进基层减负工作。\n"
        "　　精简机制牌子。全区清理牌子\n500余块。\n\n"
        "本版责任编辑　郑南　　美术编辑　吴北\n"
    )
    first, second = _articles(page)
    assert first.byline == "江城融媒记者 李明"
    assert second.paragraphs[0].startswith("今年以来，河川区民政局")
    assert not second.title.startswith("本版责任编辑")


def test_the_closing_credit_shape_takes_a_newsroom_before_the_role_only():
    assert LINE_SHAPE["end_credit"].match("（江城融媒记者 李明）")
    assert LINE_SHAPE["end_credit"].match("（河川日报记者 王芳 通讯员 赵强）")
    assert not LINE_SHAPE["end_credit"].match("（社区工作者 李明）")
    assert not LINE_SHAPE["end_credit"].match("（江城融媒报道）")


def test_a_reporter_line_after_a_space_behind_the_last_sentence_closes_the_report():
    """`…渡过难关。 记者王立 通` / `讯员李明` / blank (real R13's kind, lines invented): the report's closing
    credit, cut by the wrap inside 通讯员; its bare `江城网讯` dateline names no one. Before, the names were the
    last paragraph's words and the byline was `江城网讯`."""
    page = (
        _TOP
        + "“红色驿站”半年接待上千人次\n\n"
        + "　　江城网讯 “驿站就在商圈里面，\n离店铺很近。”7日，在江城开发\n区，外卖小哥在驿站稍事休息。\n\n"
        + "　　近日，驿站志愿者张师傅查出白\n血病，小哥们共同帮助张师傅渡过\n难关。 记者王立 通\n讯员李明\n\n"
        + "2026年3月6日　星期五　　第3版\n"
    )
    [article] = _articles(page)
    assert article.byline == "记者王立 通讯员李明"
    assert article.paragraphs[-1].endswith("共同帮助张师傅渡过难关。")


def test_words_after_a_space_behind_a_sentence_that_are_no_reporters_stay_text():
    page = _TOP + "驿站暖了骑手心\n\n　　本报讯　近日，驿站里暖意融融。 记者来到\n驿站，看到小哥们在休息。\n"
    [article] = _articles(page)
    assert article.paragraphs[-1].endswith("看到小哥们在休息。")
    # a reporter line after the last sentence with more text under it is no closing credit
    page = (
        _TOP + "驿站暖了骑手心\n\n　　本报讯　近日，驿站里暖意融融。 记者王立\n通讯员李明说，驿站还会扩建。\n"
    )
    [article] = _articles(page)
    assert "李明说，驿站还会扩建。" in article.paragraphs[-1]
