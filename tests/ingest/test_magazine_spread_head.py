"""A magazine spread's head (invented text of heldout24 p04): a section label with its pinyin after a bar
(`基层探索 | JICENG TANSUO`), a headline letter-spaced over two lines (`漓　江　边　上　的` / `“民　宿　党　建”`), its
`——` subtitle, and the credit of who wrote and who took the photos, names with no role (`文／黎海燕　图／覃立新`).
Before, the label was read as the headline, and the headline and credit went into the body.
"""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.latinlabels import is_latin_label
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_P04 = (
    "当代党建　2026年第11期\n基层探索 | JICENG TANSUO\n\n"
    "漓　江　边　上　的\n“民　宿　党　建”\n\n"
    "——阳朔县兴坪镇以党建引领民宿产业规范发展\n\n"
    "文／黎海燕　图／覃立新\n\n"
    "　　初冬的兴坪古镇，漓江两岸的民宿依山而\n建。近年来，桂林市阳朔县兴坪镇民宿数量快\n"
    "速增长，一度出现无序竞争、压价揽客等问题。\n"
)


def test_a_magazine_spreads_head_reads_as_headline_subtitle_and_byline():
    found = segment(assemble(classify_page(_P04)))
    assert len(found) == 1
    article = found[0]
    assert (article.title, article.subtitle) == (
        "漓江边上的“民宿党建”",
        "阳朔县兴坪镇以党建引领民宿产业规范发展",
    )
    assert article.byline.split() == ["文／黎海燕", "图／覃立新"]
    assert article.text.startswith("初冬的兴坪古镇")


def test_a_section_label_with_its_pinyin_after_a_bar_is_a_latin_label():
    assert is_latin_label("基层探索 | JICENG TANSUO")
    assert is_latin_label("党建研究｜DANGJIAN YANJIU")
    assert not is_latin_label("基层探索 | APP")  # too few capitals: a word, no label
    assert not is_latin_label("社区开通APP服务")


def test_a_writers_and_photographers_credit_with_no_role_is_a_byline():
    assert is_byline_text("文／黎海燕　图／覃立新")
    assert is_byline_text("文/黎海燕 图/覃立新")
    assert not is_byline_text("文｜陈刚")  # a WeChat copy's author: a byline only at the head (copiedpages)
    assert not is_byline_text("文/图 村里的新变化")
    assert not is_byline_text("文／黎海燕说道，村里的新变化")
