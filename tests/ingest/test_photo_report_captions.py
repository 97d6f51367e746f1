"""Captions a photo report prints its own ways (heldout22 p03, p07, invented): under a `图片故事` label and a
`本报记者 赵鹏 摄影报道` byline, three numbered captions after the body each ending on a full stop (`①老党员在…测量
血压。` / `②…` / `③骆驼湾村新貌。`), read as text because a body's numbered list ends so; a `图为…。　某某 摄` line
inside an open sentence (`…今年以` / `图为…理发。　古丽米热·艾买提 摄` / `来累计开展…`), read as text; a credit printed
ABOVE its unmarked caption between two paragraphs (`…收集居民诉求。` / `韦丽萍 摄` / `“红色楼长”在小区巡查消防通道。`
/ `　　今年以来，…`). Negatives: a numbered list ending on full stops in a report with no photo byline, a sentence
under a credit that the paragraph goes on from."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.units import classify_page


def _kinds(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in assemble(classify_page(page))]


_STORY = (
    "图片故事\n\n"
    "骆驼湾村：“老党员服务站”守护山村老人\n"
    "本报记者 赵鹏 摄影报道\n\n"
    "　　保定市阜平县龙泉关镇骆驼湾村地处太行山深处。\n"
    "　　“有党员在身边，心里踏实。”82岁的村民陈秀兰说。\n\n"
    "①老党员在“老党员服务站”为村民测量血压。\n"
    "②党员志愿者为独居老人打扫院落。\n"
    "③骆驼湾村新貌。\n"
)


def test_numbered_captions_of_a_photo_report_may_end_on_a_full_stop():
    captions = [text for kind, text in _kinds(_STORY) if kind == "caption"]
    assert captions == [
        "老党员在“老党员服务站”为村民测量血压。",
        "党员志愿者为独居老人打扫院落。",
        "骆驼湾村新貌。",
    ]


def test_a_numbered_list_of_a_report_stays_text():
    page = _STORY.replace("图片故事\n\n", "").replace(" 摄影报道", "")
    assert not any(kind == "caption" for kind, _ in _kinds(page))


def test_a_marked_caption_inside_an_open_sentence():
    page = (
        "天山区“石榴籽”服务队走进千家万户\n\n"
        "　　天山区共组建服务队160支，围绕助老助残开展服务。今年以\n"
        "图为天山区“石榴籽”服务队队员为社区老人理发。　古丽米热·艾买提 摄\n"
        "来累计开展活动4200场次，调解邻里纠纷610\n"
        "起。\n"
    )
    kinds = _kinds(page)
    assert ("caption", "图为天山区“石榴籽”服务队队员为社区老人理发。") in kinds
    assert (
        "text",
        "天山区共组建服务队160支，围绕助老助残开展服务。今年以来累计开展活动4200场次，调解邻里纠纷610起。",
    ) in kinds


_CREDIT_ABOVE = (
    "北湖街道“红色楼长”管好楼内事\n"
    "本报记者 韦丽萍\n\n"
    "　　街道在楼栋推选党员、热心居\n"
    "民担任“红色楼长”。楼长们每周巡查一次，收\n"
    "集居民诉求。\n"
    "韦丽萍 摄\n"
    "“红色楼长”在小区巡查消防通道。\n"
    "　　今年以来，“红色楼长”共收\n"
    "集诉求3400条。\n"
)


def test_a_caption_printed_under_its_credit():
    kinds = _kinds(_CREDIT_ABOVE)
    at = kinds.index(("caption", "“红色楼长”在小区巡查消防通道。"))
    assert kinds[at + 1] == ("credit", "韦丽萍 摄")


def test_a_sentence_the_paragraph_goes_on_from_is_no_caption():
    page = _CREDIT_ABOVE.replace("　　今年以来，“红色楼长”共收\n", "今年以来，“红色楼长”共收\n")
    assert not any(kind == "caption" for kind, _ in _kinds(page))
