"""A comment box whose title is glued to its bracketed label (heldout34 p04's kind, pagelabels.SIDEBAR_LABEL;
invented lines): `【微评】…` / `【快评】…` right after a report, between dashed rules, signed `（某某）`. The label
was not read as a sidebar's (`微评`, `快评` unknown; a title only after a space or `｜`), so the box's text ran on
as the report's last paragraphs. As tests/corpus/README.md rules for 短评 boxes: no body and no article."""

from __future__ import annotations

import pytest

from tests.support.pages import page_articles

_PAGE = """东塘镇为村干部“松绑”

本报记者　何某某
　　东塘镇今年清理村级台账二十多种，
村干部有了更多时间走村入户。
　　镇里还规定，各类检查每季度不超过一次。

┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈
【LABEL】减负要减到“点子”上
　　台账少了，干部的脚步就多了。减负不是
减责任，而是把力气用在群众身上。
（林某）
┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈┈

西河村办起“板凳课堂”
本报记者　孙某
　　西河村的板凳课堂每月开讲一次，
村民坐在院坝里听政策。
"""


@pytest.mark.parametrize("label", ["微评", "快评", "短评"])
def test_a_comment_box_glued_to_its_label_is_no_body_and_no_article(label: str) -> None:
    articles = page_articles(_PAGE.replace("LABEL", label))
    assert [a.title for a in articles] == ["东塘镇为村干部“松绑”", "西河村办起“板凳课堂”"]
    assert "台账少了" not in articles[0].text and "减负要减到" not in articles[0].text
    assert articles[0].text.rstrip().endswith("不超过一次。")
