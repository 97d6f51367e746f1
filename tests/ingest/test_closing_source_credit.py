"""A reposted report closed by the source it names, glued to its last sentence (invented lines, the damage of a
real reposted county report): `…救助交通事故` / `60余起。（来源：…区委宣传部` / `王小川）`. Before, the credit
stayed in the last paragraph and the article had no byline."""

from __future__ import annotations

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.pagelines import BYLINE, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "西城区城管物业服务站受理投诉\n\n"
    "　　今年以来，东城区城管局在辖区\n8个小区设立城管物业服务站，\n24小时受理业主投诉，共受理\n"
    "居民投诉300余起，救助交通事故\n60余起。（来源：东城区委宣传部\n王小川）\n"
)


def test_a_source_credit_closing_the_last_sentence_is_the_byline():
    article = segment(assemble(classify_page(_PAGE)))[-1]
    assert (
        article.byline.replace(" ", "") == "来源：东城区委宣传部王小川"
    )  # the wrap fell between unit and name
    assert article.text.endswith("救助交通事故60余起。")
    assert "来源" not in article.text


def test_only_a_source_named_after_a_colon_in_brackets_is_a_credit():
    assert split_closing_names("居民反映的问题。（来源于群众）")[1] is None
    assert split_closing_names("问题来源：群众反映。")[1] is None
    assert split_closing_names("当天受理诉求12件。（稿件来源：某街道办）")[1] == "（稿件来源：某街道办）"


def _units(page: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(page)]


_TWO_REPORTS = (
    "居民投诉300余起，救助交通事故\n{end}\n\n　　近年来，南河镇积极探索发展壮大村集体经济的新路径。\n"
)


def test_a_source_credit_over_a_blank_line_closes_the_report_above_another():
    # on its line after the last sentence, cut in two by the wrap, or standing alone under it
    for end in (
        "60余起。（来源：东城区委宣传部 王小川）",
        "60余起。（来源：东城区委宣传部\n王小川）",
        "60余起。\n（来源：东城区委宣传部 王小川）",
    ):
        units = _units(_TWO_REPORTS.format(end=end))
        bylines = [text.replace(" ", "") for kind, text in units if kind == BYLINE]
        assert bylines == ["（来源：东城区委宣传部王小川）"], end
        assert (TEXT, "60余起。") in units, end


def test_a_sentence_about_a_source_is_no_credit():
    units = _units(_TWO_REPORTS.format(end="60余起。（来源于群众举报）"))
    assert BYLINE not in [kind for kind, _ in units]
