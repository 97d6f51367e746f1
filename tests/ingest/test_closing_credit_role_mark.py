"""Real R10's kind (issue 14), lines invented: the reporter line under an article's last sentence saying what
the reporter did after the names (`全媒体记者 李明 文/图`: wrote it and took its photos), the page's headlines
under it. Before, the mark kept it from being read as a credit: it stayed in the body and the byline was
lost. A photo's own credit (`… 摄`) is still no byline."""

from __future__ import annotations

from builder.ingest.pagelines import BYLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BODY = "　　汴河社区成立“红色物业”服务中心，\n吸纳党员物业骨干16名。\n　　如今的小区环境焕然一新。\n"
_FOOT = "\n汴河社区“红色物业”绘就幸福底色\n\n本版编辑：赵婷\n"


def _units(page: str) -> list[tuple[str, str]]:
    with data_dir_fixed():
        return [(u.kind, u.text) for u in classify_page(page)]


def test_a_reporter_line_ending_in_wrote_and_photographed_is_the_closing_credit():
    page = "城乡治理周报\n2026年4月8日   第3版\n\n" + _BODY + "  全媒体记者 李明 文/图\n" + _FOOT
    with data_dir_fixed():
        [article] = segment(assemble(classify_page(page)))
    assert article.byline == "全媒体记者 李明 文/图"
    assert all("李明" not in p for p in article.paragraphs)


def test_a_photo_credit_under_the_text_is_no_byline():
    page = "城乡治理周报\n2026年4月8日   第3版\n\n" + _BODY + "  全媒体记者 李明 摄\n" + _FOOT
    assert not any(kind == BYLINE and "李明" in text for kind, text in _units(page))
