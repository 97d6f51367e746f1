"""Kinds of sentence and words heldout30 (scored as a dev set) missed or mistook a theme by (invented lines in the
style of its pages):

- a household's income raised, averaged per household or head (带动户均增收3600元): a living made in the
  countryside, rural revitalization, though no villager is named in the sentence; an income's level (人均可支配
  收入达到…) is none;
- a meeting or a class held near residents (“板凳课堂”开到村民家门口): where the work is done, no livelihood
  service; a canteen opened there keeps its own term.
"""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def _score(vocab: dict[str, Label], body: str, slug: str, title: str = "") -> float:
    return T.theme_scores(title, [], body, vocab).get(slug, 0.0)


def test_a_household_income_raised_is_rural_work(vocab: dict[str, Label]) -> None:
    body = "培训班开办以来，已有500多名学员学会了养蜂技术，带动户均增收2800元。"
    assert _score(vocab, body, "rural-revitalization") >= 6.0
    title = "某某镇“田间夜课”教出养蜂能手"
    assert "rural-revitalization" in T.score_themes(title, [], body + "今年共开课120场次。", vocab)


def test_an_income_level_is_no_rural_work(vocab: dict[str, Label]) -> None:
    body = "今年，某某社区居民人均可支配收入达到1.6万元，同比增长7.5%。"
    assert _score(vocab, body, "rural-revitalization") == 0.0


def test_a_class_held_near_residents_is_no_livelihood_service(vocab: dict[str, Label]) -> None:
    body = "某某镇在每个村开办“板凳课堂”，由党员讲政策、教技术，今年开课300余场。"
    assert _score(vocab, body, "livelihood-services", title="“板凳课堂”开到村民家门口") == 0.0
    assert _score(vocab, "“板凳课堂”开到家门口。" + body, "livelihood-services") == 0.0


def test_a_canteen_opened_near_residents_is_still_a_service(vocab: dict[str, Label]) -> None:
    body = "某某社区利用闲置用房办起长者食堂，每天为80多名老人提供午餐。"
    assert _score(vocab, body, "livelihood-services", title="长者食堂开到家门口") >= 9.0
