"""A reporter line printed right under an article's last sentence, a blank line under it, and then a column's label
alone on its line (`记者调查`, `观点`), a box's drawn rule or an author's note before the next headline: the credit
closes the article above (read past the label), as it does right over a headline (the perturbation harness's
`byline_end` on heldout11 p02/p03 and heldout14 p04/p06). Negatives: a label over a paragraph that is no headline,
and a credit with no blank line under it, leave the line to the rules before."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


_ABOVE = (
    "基层治理周刊　　2026年5月12日\n\n青禾县“板凳会”议出邻里和气\n\n"
    "　　近日，青禾县桐柏镇在各村推行“板凳会”，\n每月组织村民围坐议事。\n"
    "　　今年以来，全镇已化解矛盾纠纷120余件。\n"
)
_BELOW = (
    "　　走进龙凤镇，各村村委会门口都挂着\n积分榜，村民参与志愿服务可获得积分。\n"
    "　　今年以来，全镇累计发放积分3万余分。\n"
)


def test_a_credit_over_a_label_and_a_doubled_headline_closes_the_article_above():
    page = _ABOVE + "本报记者 程颖\n\n记者调查\n龙龙凤凤镇镇““积积分分卡卡””为为何何管管用用\n" + _BELOW
    first, second = _articles(page)
    assert first.byline == "本报记者 程颖" and first.title == "青禾县“板凳会”议出邻里和气"
    assert second.title == "龙凤镇“积分卡”为何管用" and second.byline != "本报记者 程颖"


def test_a_credit_over_a_label_and_a_boxed_headline_closes_the_article_above():
    page = _ABOVE + "本报记者 程颖\n\n观点\n┏━━━━━━━━━━━┓\n┃ 积分卡为何管用 ┃\n┗━━━━━━━━━━━┛\n\n" + _BELOW
    articles = _articles(page)
    assert articles[0].byline == "本报记者 程颖"


def test_a_label_over_a_paragraph_is_no_next_head():
    page = _ABOVE + "本报记者 程颖\n\n调查发现\n" + _BELOW
    articles = _articles(page)
    assert articles[-1].byline == "本报记者 程颖" or len(articles) == 1
    assert not (articles[0].byline == "本报记者 程颖" and len(articles) == 2)
