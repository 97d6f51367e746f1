"""A theme told only by one counted result in a tally of other results (issue 14, session 35): a report of other
work that also counts the disputes it settled is no dispute-resolution report; the same count standing in a
sentence of its own, or a tally of that work's own results, is."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.themes import score_themes, theme_scores
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


_TITLE = "某镇把党支部建在果园合作社上"
_LEAD = (
    "某镇党委在全镇12个果品合作社成立党支部，由党员技术员带领社员统一种植、统一销售，"
    "合作社年销售收入达到3000万元，村集体经济年增收80万元。\n\n"
    "合作社党支部还组织党员结对帮扶，带动农户发展果树种植。\n\n"
)


def test_one_counted_result_among_others_brings_no_theme(vocab: dict[str, Label]) -> None:
    body = _LEAD + "今年以来，合作社党支部共举办技术培训45场，帮扶困难农户120户，调解果园地界纠纷16起。"
    assert "dispute-resolution" in theme_scores(_TITLE, [], body, vocab)  # it scores, and is dropped
    assert "dispute-resolution" not in score_themes(_TITLE, [], body, vocab)


def test_a_counted_result_said_apart_or_the_works_own_tally_stays(vocab: dict[str, Label]) -> None:
    apart = _LEAD + "合作社党支部还设立调解室，党员调解员上门化解果园地界纠纷，今年以来共调解纠纷16起。"
    assert "dispute-resolution" in score_themes(_TITLE, [], apart, vocab)
    # a mediation report's own tally: every clause counts its work
    title = "某街道“和事堂”化解邻里纠纷"
    body = (
        "某街道在各社区设立“和事堂”，由退休法官、老党员担任调解员，就地化解邻里矛盾纠纷。\n\n"
        "今年以来，共受理矛盾纠纷326起，调解成功311起。"
    )
    assert score_themes(title, [], body, vocab)[0] == "dispute-resolution"


def test_a_part_of_the_count_before_is_no_result_of_its_own(vocab: dict[str, Label]) -> None:
    # 其中…: who among those counted; the theme it names is the scheme's, not a side result
    title = "某区“技能夜校”开到村口"
    body = "某区开设“技能夜校”，培训学员1500人次，其中脱贫户260人。"
    assert "rural-revitalization" in score_themes(title, [], body, vocab)
