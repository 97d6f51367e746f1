"""A photo caption with no mark printed between two sentences of one paragraph on a page that indents its
paragraphs (tests/corpus/heldout35 p07): one line a character short of the column holding one short whole
sentence, its credit on the line right under it, then the paragraph going on flush. Before, the caption stayed
in the body and the paragraph broke at the credit."""

from __future__ import annotations

from builder.ingest.pagelines import CAPTION, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# invented lines, laid out as such pages print them: a 16-character column, paragraphs indented
_PAGE = (
    "柳树湾社区的“红管家”\n\n本报记者　林安平\n\n"
    "　　天刚亮，柳树湾社区的楼道里就有\n了动静。王秀兰提着工具包，挨家挨\n户查看水管和电线。\n"
    "　　今年52岁的王秀兰在柳树湾社区\n当网格员已经整整十一年了，大家都\n叫她红管家。\n"
    "{caption}\n{credit}\n"
    "她手里的小本子记满了各家的难处，\n哪户老人独居、哪户孩子留守，她都\n清清楚楚。\n"
    "　　“有事找王姐，准没错。”居民李\n大爷笑着说。\n"
)


def _blocks(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in assemble(classify_page(page))]


def test_a_short_caption_over_its_credit_inside_a_paragraph_leaves_the_body():
    page = _PAGE.format(caption="王秀兰（左）在为老人检修电路。", credit="记者 林安平 摄")
    assert (CAPTION, "王秀兰（左）在为老人检修电路。") in _blocks(page)
    article = segment(assemble(classify_page(page)))[0]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("王秀兰（左）在为老人检修电路。", "记者 林安平 摄")
    ]
    assert "检修电路" not in article.text


def test_a_short_sentence_over_a_credit_before_an_indented_paragraph_stays_the_body():
    # the paragraph ends with the short line (the next one is indented): the credit credits the page's photo
    page = _PAGE.format(caption="她说这是分内事。", credit="记者 林安平 摄").replace(
        "摄\n她手里", "摄\n　　她手里"
    )
    assert any(kind == TEXT and text.endswith("她说这是分内事。") for kind, text in _blocks(page))


def test_a_full_line_over_a_credit_inside_a_paragraph_stays_the_body():
    # a whole sentence filling its column is the paragraph's, whatever credit the line under it prints
    page = _PAGE.format(caption="居民遇到难事总是第一个想到她。", credit="记者 林安平 摄").replace(
        "居民遇到难事总是第一个想到她。", "居民们遇到难事总是第一个想到她。"
    )
    assert any(kind == TEXT and "第一个想到她。" in text for kind, text in _blocks(page))
