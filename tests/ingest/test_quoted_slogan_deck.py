"""Real R25 r25_01's kind, lines invented: a headline over a second deck line (no dashes) quoting a slogan whose
comma sits inside the quotation marks (`实现“民有所呼，我有所应”`), over the lead with its dateline glued. Before,
the deck line read as prose: it was glued to the lead and the byline lost (the subtitle too). Negatives: a comma outside the quotes,
a quote ending its sentence."""

from __future__ import annotations

from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def test_a_quoted_slogan_with_its_comma_is_headline_shaped() -> None:
    assert is_headline_shape("做到“小事不出村，大事不出镇”")
    assert not is_headline_shape("群众说，有事好商量了")
    assert not is_headline_shape("他说：“好，我们一起干。”")


def test_the_deck_line_stays_in_the_head_and_the_dateline_is_the_byline() -> None:
    page = "\n".join(
        [
            "青禾县推行院落议事新机制",
            "做到“小事不出村，大事不出镇”",
            "",
            "　　本报讯（记者林立） 近日，青禾",
            "县在各村推行院落议事，村民围坐",
            "商量身边事。",
        ]
    )
    with data_dir_fixed():
        [article] = segment(assemble(classify_page(page)))
    # (which of the two head lines is the kicker and which the headline is the head rules' call, not this one's)
    assert {article.title, article.subtitle} == {"青禾县推行院落议事新机制", "做到“小事不出村，大事不出镇”"}
    assert article.byline == "本报讯（记者 林立）"
    assert article.paragraphs[0].startswith("近日，青禾县")
