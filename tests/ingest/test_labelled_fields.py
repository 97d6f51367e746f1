"""An e-paper's article export with labelled head fields (builder/ingest/labelledfields.py): `引题：/标题：/副题：/
作者：/字数：/正文：` read as a printed head (heldout20 p03, invented)."""

from __future__ import annotations

from builder.ingest.labelledfields import unlabel_heads
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BODY = ["　　走进陆家嘴一幢写字楼的二楼，共享", "会议室、职工书屋一应俱全。"]


def test_labelled_fields_read_as_a_printed_head() -> None:
    page = "\n".join(
        [
            "申城社区报 电子版",
            "版面：第05版：基层治理    日期：2026-08-12",
            "",
            "————————————————————————",
            "引题：",
            "标题：浦东新区：“楼宇党建服务站”嵌入商务楼宇",
            "副题：全区236幢重点楼宇实现党群服务全覆盖",
            "作者：本报记者 陆文婷",
            "字数：277",
            "正文：",
            "",
            *_BODY,
            "",
            "————————————————————————",
            "引题：静安区",
            "标题：临汾路街道“睦邻点”里的守望相助",
            "副题：",
            "作者：通讯员 沈佳怡",
            "字数：189",
            "正文：",
            *_BODY,
        ]
    )
    text, printed = unlabel_heads(page, None)
    assert text.split("\n") == [
        "",
        "",
        "",
        "",
        "浦东新区：“楼宇党建服务站”嵌入商务楼宇",
        "——全区236幢重点楼宇实现党群服务全覆盖",
        "本报记者 陆文婷",
        "",
        *_BODY,
        "",
        "",
        "静安区：临汾路街道“睦邻点”里的守望相助",  # a kicker naming a place alone stands before its colon
        "通讯员 沈佳怡",
        "",  # (put over a body printed right under 正文：)
        *_BODY,
    ]
    assert printed is not None and printed[4:7] == [6, 7, 8] and printed[12:14] == [17, 19]


def test_a_kicker_of_words_stays_over_its_headline() -> None:
    page = "\n".join(["引题：党建引领聚合力", "标题：临汾路街道“睦邻点”里的守望相助", "正文：", *_BODY])
    assert unlabel_heads(page, None)[0].split("\n")[:3] == [
        "党建引领聚合力",
        "临汾路街道“睦邻点”里的守望相助",
        "",
    ]


def test_pages_without_a_labelled_head_stay() -> None:
    for page in (
        "\n".join(["标题：临汾路街道“睦邻点”里的守望相助", "作者：通讯员 沈佳怡", *_BODY]),  # no 正文：
        "\n".join(["作者：通讯员 沈佳怡", "正文：", *_BODY]),  # no headline
        "\n".join(["版面：第05版", "————————", "临汾路街道“睦邻点”里的守望相助", "正文：", *_BODY]),
    ):
        assert unlabel_heads(page, None) == (page, None)


def test_a_body_opening_on_the_body_label_line_keeps_its_first_line():
    """`正文：近日，…` on one line: the label goes, the body's first line stays, under the head and a blank line."""
    text = "标题：民警进村守平安\n作者：本报记者 林一帆\n正文：近日，青禾县推行一村一警机制。\n　　县公安局负责人说，将继续完善机制。\n"
    out, _numbers = unlabel_heads(text, None)
    assert out.split("\n")[:4] == ["民警进村守平安", "本报记者 林一帆", "", "近日，青禾县推行一村一警机制。"]


def test_fields_in_lenticular_brackets_of_a_portal_text_version() -> None:
    """A portal's text version (real R20 r20_01, lines invented): `【标题】【作者】【来源】【日期】【正文】`, the source
    and the date no line of the head; the editor's field under the body is the page's furniture."""
    page = "\n".join(
        [
            "某某网·某某省　文字版",
            "【标题】某某市首家社区志愿服务驿站建成",
            "【作者】柯立峰",
            "【来源】某某网-某某晚报",
            "【日期】2019-05-09 10:25:03",
            "【正文】",
            "　　某某网5月9日讯 5月8日，某某市首家",
            "社区志愿服务驿站在东城区建成。",
            "【责任编辑】苗青",
        ]
    )
    text, _printed = unlabel_heads(page, None)
    assert text.split("\n")[1:5] == [
        "某某市首家社区志愿服务驿站建成",
        "柯立峰",
        "",
        "　　某某网5月9日讯 5月8日，某某市首家",
    ]
    with data_dir_fixed():
        units = classify_page(text)
    assert [u.kind for u in units if u.text.startswith(("某某市首家", "柯立峰", "【责任编辑】"))] == [
        "headline",
        "byline",
        "furniture",
    ]


def test_a_bracketed_field_alone_is_no_head() -> None:
    page = "\n".join(["【来源】某某日报", "【日期】2019-05-09", *_BODY])
    assert unlabel_heads(page, None)[0] == page
