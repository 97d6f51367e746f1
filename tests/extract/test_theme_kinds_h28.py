"""Kinds of sentence and words heldout28 missed a second theme by (invented lines in the style of its pages):

- the household heads of a 双联户/十联户 grid counted (1100余名联户长及时发现矛盾苗头): grid workers;
- an old estate's fittings renewed (更换楼道窗户1300多扇), errands run for residents counted (代办事项3.2万件),
  everyday services residents get free or at home (为居民免费维修小家电), a line they call for repairs (24小时报修
  电话): livelihood services;
- members posted at a sentry post of their own (党员哨, 哨员), or each claiming a plot to answer for (党员认领责任
  地块): members given duties;
- offences dealt with (协助查处边境违法案件310余起): public safety;
- the village's affairs made public to the villagers (公开村务信息4.2万条): their supervision, self-governance;
- matters a council settled (议定古建修缮、民宿经营等事项470余项): self-governance; a village's heritage kept and
  used (国家级传统村落, 古村落保护利用): rural work;
- households joined under a head (双联户, 十联户, a practice or a word): a grid by another name;
- words that hold a theme's term and mean something else: a community named …村社区 (谊景村社区 holds 村社,
  co-building), a shanty town's resettled estate (棚改安置小区 holds 安置小区, relocation).
"""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def _kinds(body: str, vocab: dict[str, Label]) -> dict[str, float]:
    return T._sentence_scores({"title": "", "headings": "", "body": body}, vocab)


def test_household_heads_of_a_grid_counted_are_grid_workers(vocab: dict[str, Label]) -> None:
    assert "grid-governance" in _kinds("全镇860余名联户长每天走访，及时上报邻里纠纷苗头。", vocab)
    assert "grid-governance" not in _kinds("联户长每天走访，及时上报邻里纠纷苗头。", vocab)


def test_fittings_renewed_errands_and_free_services_are_livelihood(vocab: dict[str, Label]) -> None:
    assert "livelihood-services" in _kinds("今年以来，社区推动更换楼道窗户600多扇。", vocab)
    assert "livelihood-services" in _kinds("网格员累计代办医保缴费等事项1.2万件。", vocab)
    assert "livelihood-services" in _kinds("服务队每月为居民免费维修小家电。", vocab)
    # negatives: what residents consult on, and any help counted
    assert "livelihood-services" not in _kinds("十几位居民围坐在一起，商量加装电梯的费用怎么分摊。", vocab)
    assert "livelihood-services" not in _kinds("驻村干部为群众帮办实事两万余件。", vocab)


def test_a_repair_line_is_a_household_service(vocab: dict[str, Label]) -> None:
    scores = T.theme_scores("", [], "冬季供暖期间，服务队开通24小时报修电话。", vocab)
    assert scores.get("livelihood-services", 0.0) >= 6.0


def test_members_at_a_sentry_post_or_a_plot_of_their_own_are_managed(vocab: dict[str, Label]) -> None:
    assert "member-management" in _kinds("镇党委组织沿江村党员成立“护江党员哨”，每哨配哨员5名。", vocab)
    assert "member-management" in _kinds("全县2000多名党员认领责任地块，栽树补苗。", vocab)
    # negative: in-service members claiming residents' wishes (dual reporting)
    assert "member-management" not in _kinds("在职党员认领群众微心愿300余个。", vocab)


def test_offences_dealt_with_are_public_safety(vocab: dict[str, Label]) -> None:
    assert "public-safety" in _kinds("今年以来，护村队协助查处违法案件40余起。", vocab)
    assert "public-safety" not in _kinds("今年以来，护村队协助村民收割水稻。", vocab)


def test_village_affairs_made_public_are_self_governance(vocab: dict[str, Label]) -> None:
    assert "consultative-self-governance" in _kinds("平台上线以来，累计公开村务信息1.8万条。", vocab)
    # negative: a notice board where villagers' points are posted
    assert "consultative-self-governance" not in _kinds("积分每月在村务公开栏公示。", vocab)


def test_words_holding_a_term_that_mean_something_else(vocab: dict[str, Label]) -> None:
    # 某某村社区: a community's name, no village-and-community co-building (村社)
    named = T.theme_scores("", [], "和平村社区建于上世纪80年代，和平村社区居民楼多。", vocab)
    assert "joint-building" not in named
    # 棚改安置小区: a shanty town rebuilt in the city, no relocation
    rebuilt = T.theme_scores("", [], "在棚改安置小区里，住着不少退休工人。", vocab)
    assert rebuilt.get("relocation-communities", 0.0) <= 0.0


def test_matters_a_council_settled_are_self_governance(vocab: dict[str, Label]) -> None:
    assert "consultative-self-governance" in _kinds("今年以来，理事会议定修路、改水等事项120余项。", vocab)
    assert "consultative-self-governance" not in _kinds("理事会议定下月再开会。", vocab)


def test_a_villages_heritage_kept_and_used_is_rural(vocab: dict[str, Label]) -> None:
    scores = T.theme_scores("", [], "全县有国家级传统村落12个，县里出台古村落保护利用办法。", vocab)
    assert scores.get("rural-revitalization", 0.0) >= 6.0


def test_households_joined_under_a_head_are_a_grid(vocab: dict[str, Label]) -> None:
    # 双联户, 十联户: households joined under a head (联户长), a grid by another name; 党员联户 (members given
    # households) is none
    assert "grid-governance" in T.implied_themes(["双联户"], vocab)
    assert "grid-governance" not in T.implied_themes(["党员联户"], vocab)
    assert (
        T.theme_scores("", [], "街道把调解室与“双联户”结合起来。", vocab).get("grid-governance", 0.0) >= 3.0
    )
