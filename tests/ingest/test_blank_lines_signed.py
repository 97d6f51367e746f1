"""Pages with no blank line: the heads a closing credit glued to the last sentence shows (builder.ingest.blanklines).

Invented lines of the kinds real R17 r17_02 shows: `…宜居社区。（林玺 孙雨静）` (names in brackets glued to the
last sentence) right over the next headline, or over a report opening with its own dateline and no head
(`本报讯（记者 …）近日，…`), and a headline printed under its own body at the stretch's end. Negatives: glued
names over an indented paragraph, a dateline under an unsigned sentence, a body line or a wrapped sentence's
end at the stretch's end.
"""

from __future__ import annotations

from builder.ingest.blanklines import restore_blank_lines
from tests.support.pages import page_articles

_TOP = ["乡村周刊　　第3版　　2026年4月9日　星期四"]

_FIRST = [
    "邻里守望 服务暖心",
    "　　在武宁县石门楼镇新桥社区，党员",
    "志愿者每周走访独居老人，帮助解决",
    "买菜、就医等难题，把服务送到居民",
    "家门口。",
    "　　这支队伍常态化深入小区楼院，动",
    "态掌握社情民意，及时排查用电、燃",
    "气等安全隐患，在邻里矛盾初现端倪",
    "时主动上门调解，真正实现“小事不",
    "出楼栋、大事不出社区”。",
    "　　社区党委有关负责人介绍，下一",
    "步将扩大服务队伍，让更多居民受益",
    "。（周晓 林岚）",
]

# the last sentence with the names glued on (`…居民受益。（周晓 林岚）`)
_SIGNED_FIRST = [*_FIRST[:-2], "步将扩大服务队伍，让更多居民受益。（周晓 林岚）"]

_SECOND = [
    "“三清一改”让村庄换新颜",
    "　　近年来，桐庐县分水镇以“三清",
    "一改”为抓手，对辖区12个自然村",
    "开展环境整治，村容村貌焕然一新。",
    "　　“以前路上常见垃圾，现在干干净",
    "净，住着更舒心。”村民李大海笑着",
    "说。镇党委有关负责人表示，将推行",
    "“文明积分制”，引导群众参与共建。（韩青）",
]


def _page(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part)


def _restored_lines(page: str) -> list[str]:
    restored, printed = restore_blank_lines(page, None)
    lines = restored.split("\n")
    assert printed is None or len(printed) == len(lines)
    return lines


def test_glued_closing_names_over_a_headline_close_the_article_above() -> None:
    first = _SIGNED_FIRST
    page = _page(_TOP, first, _SECOND)
    lines = _restored_lines(page)
    at = lines.index("“三清一改”让村庄换新颜")
    assert lines[at - 1] == "" and lines[at - 2].endswith("。（周晓 林岚）")
    signed = page_articles("\n".join(lines))[0].byline or ""
    assert "周晓 林岚" in signed  # the names sign the article above


def test_dateline_under_glued_names_opens_a_report_with_no_head() -> None:
    first = _SIGNED_FIRST
    third = [
        "本报讯（记者 韩青）近日，分水镇",
        "召开议事会，商定修建停车棚2处。",
        "　　镇党委有关负责人表示，将继续",
        "办好民生实事。",
    ]
    lines = _restored_lines(_page(_TOP, first, third))
    at = lines.index("本报讯（记者 韩青）近日，分水镇")
    assert lines[at - 1] == ""


def test_headline_under_its_body_at_the_page_end_stands_apart() -> None:
    body = [
        "本报讯（记者 韩青）近日，分水镇",
        "召开议事会，商定修建停车棚2处。",
        "　　镇党委有关负责人表示，将继续",
        "办好民生实事。",
    ]
    lines = _restored_lines(_page(_TOP, _SECOND, body, ["议事会上议民生 停车棚里暖人心"]))
    assert lines[-2:] == ["", "议事会上议民生 停车棚里暖人心"]


def test_glued_names_over_an_indented_paragraph_change_nothing() -> None:
    first = _SIGNED_FIRST
    page = _page(_TOP, first, ["　　据了解，该镇已建成服务站8个。"])
    assert restore_blank_lines(page, None)[0] == page


def test_dateline_under_an_unsigned_sentence_is_left_to_the_line_rules() -> None:
    body = ["本报讯（记者 韩青）近日，分水镇", "召开议事会，商定修建停车棚2处。"]
    unsigned = [*_SECOND[:-1], "“文明积分制”，引导群众参与共建。"]
    page = _page(_TOP, unsigned, body, ["　　镇党委有关负责人表示，将继续办好民生实事。"])
    assert "\n\n本报讯" not in restore_blank_lines(page, None)[0]


def test_body_line_or_a_wrapped_sentence_end_at_the_page_end_stays() -> None:
    for tail in (["　　据了解，该镇已建成服务站8个。"], ["办好民生实事，让群众更满意"]):
        page = _page(_TOP, _SECOND, tail)
        assert restore_blank_lines(page, None)[0] == page
    unfinished = _page(_TOP, _SECOND[:-1], ["开展环境整治，村容村貌焕然一新", "村民纷纷点赞叫好"])
    assert restore_blank_lines(unfinished, None)[0] == unfinished
