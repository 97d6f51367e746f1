"""A reprint's attribution closing its last sentence, and a headline that titles no article.

Invented lines with the damage of a real page tried in session 27 (text not kept): a report closed by
`…入党申请。（据《南京日报》）`, then a blank line, the next report's headline and its portal dateline
(`大众网…讯（记者…）`). Before, the bracket left the last sentence open, the next report's lines were read as its
continuation, the headline between them titled nothing and its words were lost without a word to the editor."""

from __future__ import annotations

from builder.ingest.draft import drafts_from_articles
from builder.ingest.pagelines import BYLINE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "上林路社区：快递小哥成了“合伙人”\n\n"
    "　　在东山街道上林路社区，一群快递\n小哥与社区党委结成“新搭档”，共同\n成立爱心商户联盟。\n"
    "　　社区与快递小哥代表共同拟定服务\n清单，推动20余家商户加入联盟。今\n年以来，已有2名快递小哥递交入党\n"
    "申请。{credit}\n\n\n"
    "蓬溪：支部领办合作社　柑橘卖上好价\n\n"
    "　　海报新闻遂宁5月1日讯　（记者　\n王明　通讯员　李兰）蓬溪县新桥村\n党支部引领村民发展柑橘种植，合作社\n"
    "注册了“新桥柑”品牌，统一包装销售。\n"
)


def _articles(credit: str):
    return segment(assemble(classify_page(_PAGE.format(credit=credit))))


def test_a_reprints_attribution_closes_its_last_sentence():
    for credit in ("（据《南京日报》）", "（据新华社）", "（据遂宁新闻网报道）"):
        units = classify_page(_PAGE.format(credit=credit))
        assert next(u.text for u in units if u.kind == BYLINE) == credit, credit
        articles = _articles(credit)
        assert [a.title.replace("\u3000", " ") for a in articles] == [
            "上林路社区：快递小哥成了“合伙人”",
            "蓬溪：支部领办合作社 柑橘卖上好价",
        ]
        assert articles[0].text.endswith("已有2名快递小哥递交入党申请。"), credit


def test_a_sentence_naming_a_source_is_no_attribution():
    units = classify_page(_PAGE.format(credit="（据统计）"))
    assert "（据统计）" not in [u.text for u in units if u.kind == BYLINE]


def test_a_headline_inside_an_article_that_titles_none_is_reported_to_the_editor():
    # a bracket no rule reads as a credit (an account's name): the reports still run together, and the
    # article says where the headline it swallowed stands (if a rule comes to read it, pick another bracket)
    drafts, _ = drafts_from_articles("p.txt", _articles("（上林社会工作）"))
    assert len(drafts) == 1
    [note] = [note for note in drafts[0].review if note.startswith("headline:")]
    assert "page line 12" in note and "(蓬溪：支部领办合作社\u3000柑橘卖上好价)" in note, note


def test_a_jump_headline_or_a_headline_that_titles_its_article_is_not_reported():
    for credit in ("（据新华社）", ""):
        drafts, _ = drafts_from_articles("p.txt", _articles(credit))
        assert not [note for draft in drafts for note in draft.review if note.startswith("headline:")]
