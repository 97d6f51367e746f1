"""Theme words (issue 14, real pages R13–R23): a party committee set up or raised from a branch, weak branches
set right, the basic organisation built — the organization system; a unit opened with its plaque (挂牌成立) is no
burden reduction. Invented sentences, and the negatives."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def themes(vocab: dict[str, Label], body: str, title: str = "") -> list[str]:
    return T.score_themes(title, (), body, vocab, [])


def test_a_committee_set_up_is_the_organization_system(vocab: dict[str, Label]) -> None:
    title = "白沙区首个社区基层党组织挂牌"
    body = (
        "日前，白沙区东门社区基层党委正式挂牌成立。社区已具备成立党委的条件，"
        "由原党总支和两个小区党支部合并组建而成，推动辖区党建工作。"
    )
    assert themes(vocab, body, title)[0] == "organization-system"
    assert "burden-reduction" not in themes(vocab, body, title)


def test_villages_under_one_committee_and_weak_branches(vocab: dict[str, Label]) -> None:
    body = (
        "县里跨乡镇设置18个中心村党委，覆盖全县行政村。各中心村党委整顿软弱涣散党组织，加强党的基层组织建设。"
    )
    assert themes(vocab, body)[0] == "organization-system"


def test_plaques_taken_down_stay_burden_reduction(vocab: dict[str, Label]) -> None:
    body = "全区清理社区挂牌，撤牌120块，精简证明事项，为基层减负。"
    assert themes(vocab, body)[0] == "burden-reduction"
    # a workroom opened with its plaque is neither
    assert "organization-system" not in themes(vocab, "社区调解工作室挂牌成立，居民有了说理的地方。")


def test_parties_speaking_their_minds_is_consultation(vocab: dict[str, Label]) -> None:
    body = (
        "近日，东湖社区党群服务中心召开年度服务项目评选会，社区党委、物业、社会组织以及居民代表参加，"
        "各方代表在会上畅所欲言。大家表示愿意继续参与社区服务。"
    )
    assert themes(vocab, body)[0] == "consultative-self-governance"
