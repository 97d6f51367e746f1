"""A bureau's name cut by the wrap before its 局 (R15 r15_01 kind, invented lines: `某县人社` / `局组织…`): the line
reads on from the open sentence, so it is no caption set inside a word. Negatives: 局面, 局部 opening a line."""

from __future__ import annotations

from builder.ingest.linejoin import join_cost
from tests.support.pages import page_articles


def test_a_line_opening_with_the_bureaus_ju_reads_on_from_its_name():
    assert join_cost("今年以来，某县人社", "局组织专家走进社区") < 0
    assert join_cost("日前，某市市场监管", "局联合街道开展检查") < 0
    assert join_cost("在各方努力下，新的", "局面已经形成，群众") >= 0
    assert join_cost("这次改造只涉及小区", "局部区域，其余部分") >= 0


def test_the_line_after_a_cut_bureau_name_stays_in_the_sentence():
    page = (
        "某县：就业服务进社区\n\n"
        "　　今年以来，某县人社\n"
        "局组织专家走进社区开展\n"
        "就业指导，帮助居民找到\n"
        "合适的工作岗位。\n"
    )
    (article,) = page_articles(page)
    assert article.paragraphs == [
        "今年以来，某县人社局组织专家走进社区开展就业指导，帮助居民找到合适的工作岗位。"
    ]
