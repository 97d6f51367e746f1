"""Real R10's kind (issue 14), lines invented: every headline printed together at the page's foot, two bodies
above them parted only by a blank line (the page's paragraphs marked by indents, no blank line inside an
article), the second opening on a quote and naming no headline's place in its lead. Before, the second body
was merged into the first (one article for two headlines). Negatives: one headline at the foot, a headline
printed over the bodies."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_TOP = "城乡治理周报\n2026年4月8日   第3版   民生·治理\n\n□ 刘丽 本报记者 侯强\n"
_FIRST = (
    "　　叮铃！松原市河北街道朝阳社区网格长\n张敏的手机提示音不断。\n"
    "　　近年来，松原市民政局推动“三长制”\n工作模式，全市配备网格长391名。\n"
)
_SECOND = (
    "\n　　“一说暖气坏了，就赶紧来给我们修，\n社区服务真是太好了！”家住鼎新小区的\n郑女士说。\n"
    "　　如今的鼎新社区，整洁的马路贯穿小区。\n"
)
_FOOT = "\n松原：“三长”联动打造幸福社区\n洛阳：“红色物业”绘就幸福底色\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_a_blank_line_between_two_bodies_parts_them_when_the_heads_stand_at_the_foot():
    articles = _articles(_TOP + _FIRST + _SECOND + _FOOT)
    assert len(articles) == 2
    assert articles[1].paragraphs[0].startswith("“一说暖气坏了")
    assert [a.title for a in articles] == ["松原：“三长”联动打造幸福社区", "洛阳：“红色物业”绘就幸福底色"]


def test_one_headline_at_the_foot_or_a_headline_over_the_bodies_makes_no_cut():
    assert len(_articles(_TOP + _FIRST + _SECOND + "\n松原：“三长”联动打造幸福社区\n")) == 1
    page = "城乡治理周报\n2026年4月8日   第3版\n\n松原：“三长”联动打造幸福社区\n" + _TOP.split("\n\n")[1]
    page += _FIRST + _SECOND + "\n洛阳：“红色物业”绘就幸福底色\n"
    assert not any(a.paragraphs and a.paragraphs[0].startswith("“一说暖气坏了") for a in _articles(page))
