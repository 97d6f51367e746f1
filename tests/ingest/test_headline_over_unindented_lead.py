"""A short headline apart over a page printing its paragraphs flush and unbroken (toplabels.label_over_headline,
`_opens_paragraph`): the line under it that goes on into the next line's sentence (`《某某》是一部写…的短` /
`篇小说集，…`) is a paragraph's first line, no headline, so the short line over it is the article's headline,
no column label (real R22 r22_05: `城南新事` was read as a label and the article titled from a sidebar's words).
Negative: a label apart over a headline that stands over its lead is still furniture."""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_BODY = (
    "《河畔旧事》是一位作家写小镇往事的短\n"
    "篇小说集，写的是作者对童年的怀念和对\n"
    "故乡的思念，后来被改编成同名电影。\n"
    "在某某市某某区某某镇，也有一个河畔村。\n"
    "近年来，村党总支加强基层党组织建设，\n"
    "村里面貌焕然一新。\n"
)


def test_a_short_line_over_a_paragraph_running_on_is_the_headline() -> None:
    page = "河畔新事\n\n" + _BODY
    assert (FURNITURE, "河畔新事") not in [(u.kind, u.text) for u in classify_page(page)]
    with data_dir_fixed():
        [article] = segment(assemble(classify_page(page)))
    assert article.title == "河畔新事"


def test_a_label_over_a_headline_over_its_lead_is_furniture() -> None:
    page = "要闻\n\n某某镇河畔村党总支带领村民致富\n本报讯　近日，某某镇河畔村党总支组织\n党员开展志愿服务活动。\n"
    assert (FURNITURE, "要闻") in [(u.kind, u.text) for u in classify_page(page)]
