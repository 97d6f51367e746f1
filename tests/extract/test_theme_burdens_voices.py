"""themes.yaml (issue 14, real and held-out articles): burden reduction is named by the burdens it removes
(形式主义, 文山会海, 填表报数, 留痕), not only by 减负; residents voicing their troubles to those who answer them
(吐槽, 对话, 心里话 with 业主/居民) is consultation; two duties closed by 等工作 are a list of duties (half weight).
Invented texts of the kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT

_SECTIONS = {"title": "", "headings": ""}


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_a_commentary_on_formalism_is_burden_reduction(vocab: dict[str, Label]) -> None:
    body = (
        "有的乡镇干部一天要在五六个工作群里接龙、截图，填表报数占去大半天，“指尖上的形式主义”让人疲于应付。"
        "治理形式主义，就要少一些留痕要求，多一些实地调研，让干部把时间还给群众。"
    )
    assert T.score_themes("别让工作群拴住干部的脚", (), body, vocab)[0] == "burden-reduction"


def test_one_work_group_in_a_grid_story_is_no_burden(vocab: dict[str, Label]) -> None:
    body = (
        "社区把辖区划成12个网格，每个网格配1名网格员。网格员每天巡查，发现问题就发到工作群里，"
        "社区当天派人处理。今年以来，网格员共上报问题300余件，办结率98%。"
    )
    assert "burden-reduction" not in T.score_themes("网格员巡查解民忧", (), body, vocab)


@pytest.mark.parametrize(
    "sentence",
    [
        "小区活动室开起了“吐槽会”，业主们向物业公司和业委会说出了心里话。",
        "社区每月组织一次居民与物业的面对面对话，当场回应问题。",
    ],
)
def test_residents_voicing_troubles_to_those_who_answer_is_consultation(
    vocab: dict[str, Label], sentence: str
) -> None:
    scores = T._sentence_scores({**_SECTIONS, "body": sentence}, vocab)
    assert scores.get("consultative-self-governance") == 4.0


@pytest.mark.parametrize(
    "sentence",
    [
        "网格员每天和商户对账，核对经营数据。",  # 对账 is no dialogue
        "他在会上吐槽了自己的工作。",  # no residents
    ],
)
def test_a_word_alike_or_no_residents_is_no_consultation(vocab: dict[str, Label], sentence: str) -> None:
    assert (
        T._sentence_scores({**_SECTIONS, "body": sentence}, vocab).get("consultative-self-governance") is None
    )


def test_two_duties_closed_by_a_word_for_duties_count_half(vocab: dict[str, Label]) -> None:
    listed = "党员中心户积极参与矛盾调解、政策宣传等工作。"
    alone = "党员中心户积极参与矛盾调解。"
    half = T.theme_scores("", (), listed, vocab)["dispute-resolution"]
    assert half == T.theme_scores("", (), alone, vocab)["dispute-resolution"] / 2


@pytest.mark.parametrize(
    "text",
    [
        "服务队为居民提供水电维修、代买代办等服务。",  # the services provided: what the article is about
        "驿站为快递员、外卖配送员等户外劳动者提供歇脚服务。",  # who it is for
    ],
)
def test_two_services_or_two_kinds_of_people_are_no_list(vocab: dict[str, Label], text: str) -> None:
    assert T._LIST.search(text) is None


def test_the_old_state_the_work_changed_counts_half(vocab: dict[str, Label]) -> None:
    before = "长期以来，小区治安状况差，消防通道常被堵塞。"
    now = "小区治安状况差，消防通道常被堵塞。"
    half = T.theme_scores("", (), before, vocab)["public-safety"]
    assert half == T.theme_scores("", (), now, vocab)["public-safety"] / 2


def test_a_past_year_of_work_is_no_old_state(vocab: dict[str, Label]) -> None:
    done = "过去一年，社区调解矛盾纠纷120起。"
    plain = "社区调解矛盾纠纷120起。"
    assert T.theme_scores("", (), done, vocab) == T.theme_scores("", (), plain, vocab)


def test_cadres_a_burden_is_taken_from_are_no_workforce(vocab: dict[str, Label]) -> None:
    """layouts37 p05 (invented text of the kind): 为村干部减“表”减“会” names the cadres a measure serves, no sign of
    the community workforce; cadres trained or paid (村干部…学历, 薪酬) still are."""
    body = "某县近日出台办法，为村干部减“表”减“会”。今年以来，全县精简报表31张，取消村级挂牌22块。"
    assert T.score_themes("某县为村干部减“表”减“会”", (), body, vocab) == ["burden-reduction"]
    trained = "某县提高村干部薪酬待遇，推动村干部职业化，今年村干部学历提升120人。"
    assert "community-workforce" in T.score_themes("某县建强村干部队伍", (), trained, vocab)
    career = "某市出台社区工作者职业体系建设措施，开展“清单式减负”，社区工作者平均薪酬提高15%。"
    assert "community-workforce" in T.score_themes("某市为社区工作者“减负增能”", (), career, vocab)
