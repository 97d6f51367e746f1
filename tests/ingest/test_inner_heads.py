"""A headline printed among its body's first lines with no gap around it, short of the column, the sentence it
cuts going on under it (builder/ingest/innerheads.py; heldout16 p06 shape). Invented lines, and negatives."""

from __future__ import annotations

from builder.ingest.innerheads import lift_inner_heads
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.util.paths import data_dir_fixed
from tests.support.pages import page_units

_ABOVE = "三明市推行“一码通办”，诉求办结\n率达到98%。\n\nFOCUS　聚焦\n\n"
_BODY = (
    "\n街道在渔业村摸排渔民党员120名，\n组建“海上红帆支部”9个，党员在海\n上也能参加组织生活。\n\n"
    "“海上红帆支部”还承担海上互助等任\n务，今年组织海上救助6次。\n"
)


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(lift_inner_heads(page_units(page))))


def test_the_headline_among_the_first_lines_opens_its_article():
    page = (
        _ABOVE
        + (
            "渔民出海一走就是几个月，党员怎么\n过组织生活？霞浦县三沙镇党委给出\n"
            "“海上红帆支部”让渔民\n离港不离党\n的答案是把支部建到船上。\n"
        )
        + _BODY
    )
    articles = _articles(page)
    assert [a.title for a in articles][-1] == "“海上红帆支部”让渔民离港不离党"
    assert (
        articles[-1]
        .blocks[0]
        .text.startswith("渔民出海一走就是几个月，党员怎么过组织生活？霞浦县三沙镇党委给出的答案")
    )


def test_short_lines_whose_words_the_body_never_names_stay_text():
    page = (
        _ABOVE
        + (
            "渔民出海一走就是几个月，党员怎么\n过组织生活？霞浦县三沙镇党委给出\n"
            "一个让人意想不到\n又合情合理\n的答案是把支部建到船上。\n"
        )
        + _BODY
    )
    assert all(a.title != "一个让人意想不到又合情合理" for a in _articles(page))


def test_a_head_line_ending_a_clause_stays_text():
    page = (
        _ABOVE
        + (
            "渔民出海一走就是几个月，党员怎么\n过组织生活？霞浦县三沙镇党委给出\n"
            "“海上红帆支部”，让渔民\n离港不离党\n的答案是把支部建到船上。\n"
        )
        + _BODY
    )
    assert len(_articles(page)) == 1
