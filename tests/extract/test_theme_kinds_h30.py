"""Kinds of sentence and words heldout30 (scored as a dev set) missed or mistook a theme by (invented lines in the
style of its pages):

- a household's income raised, averaged per household or head (带动户均增收3600元): a living made in the
  countryside, rural revitalization, though no villager is named in the sentence; an income's level (人均可支配
  收入达到…) is none;
- a meeting or a class held near residents (“板凳课堂”开到村民家门口): where the work is done, no livelihood
  service; a canteen opened there keeps its own term;
- a practice named only in the body whose theme the article hardly speaks of (a riders' article's 小哥议事会): a
  side tool of the work, it implies no theme (score_themes, IMPLIED_SHARE); named in the headline it does.
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


_RIDERS = (
    "某某区有快递员、外卖配送员等新就业群体1.2万余人。区委社会工作部在商圈、园区建起“暖心港湾”驿站46个，"
    "为快递小哥提供休息、饮水、充电等服务。区里推动快递企业建立党组织，吸纳新就业群体党员320名。"
    "今年以来，驿站累计服务新就业群体8.6万人次。区里还在驿站设立“小哥议事会”。"
)


def test_a_side_practice_named_in_the_body_implies_no_theme(vocab: dict[str, Label]) -> None:
    practices = ["暖心港湾", "小哥议事会"]
    title = "某某区让快递小哥在城里有了“暖心港湾”"
    assert T.score_themes(title, [], _RIDERS, vocab, practices) == ["new-employment-groups"]
    headlined = "某某区“小哥议事会”让快递小哥有了“暖心港湾”"
    assert "consultative-self-governance" in T.score_themes(headlined, [], _RIDERS, vocab, practices)
