"""A page set vertically (heldout29 p01, invented lines in its style): its marks are the vertical presentation
forms (`︐` `︑` `︒` `︓` `﹁…﹂`), which `simplified` reads one for one as the full-width marks a horizontal page
prints, so that every extractor finds sentences, lists and quoted names; what it quotes is written as printed.
Also: people counted by what they are away from home (37名在外青年, 在外务工人员) are the noun after the count; and
branches set up and counted right after their word (在渔港建立党支部48个) are the organization's reach grown."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.fields import ArticleText, extract_one
from builder.extract.metrics import extract_metrics
from builder.ingest.traditionalchars import simplified
from tests.corpus.scoring import CorpusScores, Written, _score_layout


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Label]:
    return load_vocabulary(Path(tmp_path_factory.mktemp("content"))).themes  # the defaults


def test_vertical_marks_read_as_horizontal_ones() -> None:
    assert (
        simplified("村里成立﹁互助会﹂︐吸纳农户30户︑村民90人︒")
        == "村里成立「互助会」，吸纳农户30户、村民90人。"
    )
    assert len(simplified("︐︑︒︓︔︕︖﹁﹂﹃﹄︵︶︽︾")) == 15  # one for one


def test_a_vertical_articles_names_and_figures_are_found(vocab: dict[str, Label]) -> None:
    title = "岭头村︓﹁共富茶坊﹂带旺山村游"
    body = (
        "岭头村地处浙南山区︐全村有农户210余户︒村党支部牵头成立﹁共富茶坊﹂︐改造老屋茶舍12栋︑床位80张︒"
        "今年以来︐村集体经营收入达到95万元︒"
    )
    got = extract_one(ArticleText(title, (), body, ""), vocab)
    assert got.practices[:1] == ["共富茶坊"]
    assert {(m.value, m.unit) for m in got.metrics} >= {(12, "栋"), (80, "张"), (950000, "元")}
    assert all("︐" not in m.label and "︑" not in m.label for m in got.metrics)


def test_people_away_from_home_are_the_noun_counted() -> None:
    figures = [(m.value, m.unit, m.label) for m in extract_metrics("支书说，今年已有26名在外青年返乡创业。")]
    assert figures == [(26, "名", "在外青年")]
    assert [m.label for m in extract_metrics("全镇有1500名在外务工人员。")] == ["在外务工人员"]


def test_branches_set_up_and_counted_are_the_organizations_reach(vocab: dict[str, Label]) -> None:
    body = "全省已在渔港建立党支部36个，组织渔民党员亮身份。"
    assert T.theme_scores("", [], body, vocab).get("organization-system", 0.0) >= 4.0
    for other in (
        "我们在网格中建立党支部或党小组300个。",  # the cells of a grid, counted together
        "街道组建“楼宇联盟”，吸纳楼宇内企业党组织20个。",  # a league joined, the branches counted are its members
        "县里成立候鸟党员临时党支部8个。",  # members away from home: member management
    ):
        assert T.theme_scores("", [], other, vocab).get("organization-system", 0.0) < 4.0


def test_a_vertical_paragraph_ending_its_sentence_is_whole() -> None:
    scores = CorpusScores()
    body = Written(Path("p1.md"), "p.txt", 1, {}, ["全村有农户210余户︒", "﹁茶坊办起来了︒﹂"])
    _score_layout(scores, {"p.txt#1": {"title": "岭头村", "byline": None}}, [body])
    assert scores.broken_paragraphs == 0
