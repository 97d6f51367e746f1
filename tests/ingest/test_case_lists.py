"""A list of cases printed under a lead (tests/corpus/heldout6 k04, issue 14): `贵州发布党建引领基层治理典型案例` /
`本报讯（记者 杨柳）` / `…现选登其中三例。`, then `一、六盘水市钟山区：“院坝协商会”…` over its body, `二、…`, `三、…`.

Before, each case kept its `一、` in its title and stood apart from the lead, which (its text only says cases
were chosen) got a theme from `群众急难愁盼` (livelihood services) instead of what its cases are about.
"""

from __future__ import annotations

import pytest

from builder.ingest.caselists import list_number
from builder.ingest.draft import drafts_from_articles
from builder.ingest.pagelines import HEADING
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from tests.corpus.scoring import HERE

# k04, as printed (the cases' bodies shortened)
K04 = (
    "贵州党建  2026年4月8日  第3版\n\n贵州发布党建引领基层治理典型案例\n\n本报讯（记者 杨柳）\n\n"
    "日前，贵州省委社会工作部发布第二批党建引领基\n层治理典型案例，共有１０个案例入选。这些案例\n"
    "聚焦群众急难愁盼，探索出一批可复制、可推广的\n经验做法。现选登其中三例。\n\n"
    "一、六盘水市钟山区：“院坝协商会”让群众事群众商量\n\n"
    "六盘水市钟山区在城乡社区推行“院坝协商会”，\n由村（社区）党组织召集，群众在院坝里围坐议\n事。\n\n"
    "二、毕节市七星关区：“积分超市”激发乡村治理内生动力\n\n"
    "毕节市七星关区在全区推行“积分超市”，群众参\n与环境整治、志愿服务等可获得积分。\n\n"
    "三、黔南州都匀市：“寨管家”守护平安村寨\n\n"
    "黔南布依族苗族自治州都匀市在农村推行“寨管家”\n制度，负责矛盾排查、治安巡逻和政策宣传。\n"
)
CASES = [
    "六盘水市钟山区：“院坝协商会”让群众事群众商量",
    "毕节市七星关区：“积分超市”激发乡村治理内生动力",
    "黔南州都匀市：“寨管家”守护平安村寨",
]


def test_the_cases_are_parts_of_the_lead_and_their_numbers_no_part_of_their_titles():
    articles = segment(assemble(classify_page(K04)))
    assert [a.title for a in articles] == ["贵州发布党建引领基层治理典型案例", *CASES]
    assert [a.parent for a in articles] == [None, 0, 0, 0]


def test_the_lead_is_read_with_its_cases_headlines_as_its_headings():
    drafts, _ = drafts_from_articles("k04.txt", segment(assemble(classify_page(K04))))
    assert [d.parent_part for d in drafts] == [None, 1, 1, 1]
    assert drafts[0].headings == CASES  # what the themes of the lead are scored on, besides its own text
    assert drafts[1].headings == []
    assert "一、" not in drafts[1].body


def test_numbered_section_heads_inside_one_article_stay_its_headings():
    # heldout6 k08, as printed: 一、二、三 heads naming no place, inside one feature under its byline
    k08 = (HERE / "heldout6" / "k08.txt").read_text(encoding="utf-8").split("\n\n\n")[0]
    (article,) = segment(assemble(classify_page(k08)))
    assert article.title == "七宝镇“家门口议事会”议出美好生活"
    assert [b.text for b in article.blocks if b.kind == HEADING] == [
        "一、议事会开到楼道口",
        "二、服务站建到家门口",
        "三、志愿者来自身边人",
    ]


def test_a_run_that_does_not_count_up_from_one_is_no_list():
    page = K04.replace("一、六盘水市", "五、六盘水市")
    titles = [a.title for a in segment(assemble(classify_page(page)))]
    assert titles[1] == "五、六盘水市钟山区：“院坝协商会”让群众事群众商量"


@pytest.mark.parametrize(
    ("title", "number"),
    [
        ("一、六盘水市钟山区：“院坝协商会”让群众事群众商量", 1),
        ("（二）毕节市七星关区：“积分超市”激发乡村治理内生动力", 2),
        ("3.黔南州都匀市：“寨管家”守护平安村寨", 3),
        ("十二、某地：某事", 12),
        ("一线党员冲在前", None),  # 一 opening a word, no list number
        ("2025年的变化", None),
        ("一、", None),  # a number alone: no headline after it
    ],
)
def test_a_list_number_before_a_headline(title, number):
    found = list_number(title)
    assert (found[0] if found else None) == number
