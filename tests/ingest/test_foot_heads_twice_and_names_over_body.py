"""heldout14 p07's kinds (issue 14), lines invented: every headline printed together at the page's foot, one of
them printed twice on its line (`…跑出发展加速度…跑出发展加速度`), and a body with no head over it opening under a
line of its reporters' bare names after a blank line (`何静 刘思远` / `　　北京市…`). Before, the title kept both
copies and the names were read as text (the byline lost)."""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_TOP = "松江时报\n2026年10月31日 星期六  第8版 · 党建\n\n"
_FIRST = "　　本报10月30日讯 东山区开办“社工\n成长营”，由15名资深社区书记担任导\n师。\n■记者 孙立新\n\n"
_SECOND = "　　南城区中仓街道西营社区推行“错时\n服务”，社区党群服务中心每天延长服务\n至晚上8点。\n"
_FOOT = "\n东山区“社工成长营”带出专业队伍\n西营社区“错时服务”方便上班族西营社区“错时服务”方便上班族\n\n本版编辑：赵婷\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_a_foot_headline_printed_twice_titles_its_body_once():
    articles = _articles(_TOP + _FIRST.replace("■记者 孙立新\n", "") + "何静 刘思远\n" + _SECOND + _FOOT)
    assert [a.title for a in articles] == ["东山区“社工成长营”带出专业队伍", "西营社区“错时服务”方便上班族"]


def test_names_with_common_surnames_over_an_indented_body_are_its_byline():
    articles = _articles(_TOP + _FIRST.replace("■记者 孙立新\n", "") + "何静 刘思远\n" + _SECOND + _FOOT)
    assert [a.byline for a in articles] == ["本报10月30日讯", "何静 刘思远"]


def test_two_short_phrases_or_names_over_unindented_text_are_no_byline():
    for names, body in (
        ("小网格 大民生", _SECOND),  # a subheading pair, no surnames
        ("何静 刘思远", _SECOND.replace("　　", "")),  # the line under is not a paragraph's opening
    ):
        page = _TOP + _FIRST.replace("■记者 孙立新\n", "") + names + "\n" + body
        with data_dir_fixed():
            units = classify_page(page)
        assert (BYLINE, names) not in [(u.kind, u.text) for u in units]
