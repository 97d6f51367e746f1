"""Theme words (issue 14, R10 and heldout14): a word holding a term and meaning something else (协调解决 holds
调解) weighs 0; a co-building unit (共建单位), a first secretary and a unit assigned to a village (第一书记,
定点帮扶), a service open when working residents are free (错时服务) and members put into party groups
(编入党小组) name their themes. Invented sentences of each kind, and the negatives."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.theme_rules import parse_rules
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def scores(vocab: dict[str, Label], body: str, title: str = "") -> dict[str, float]:
    return T.theme_scores(title, (), body, vocab)


def test_settled_by_coordination_is_no_mediation(vocab: dict[str, Label]) -> None:
    assert "dispute-resolution" not in scores(vocab, "服务专员走访企业1260次，协调解决问题215个。")
    # mediation itself still counts
    assert scores(vocab, "调解员上门调解邻里纠纷12起。")["dispute-resolution"] > 0


def test_a_zero_weight_term_is_read_and_adds_nothing(vocab: dict[str, Label]) -> None:
    rules = [r for r in parse_rules(vocab["dispute-resolution"]) if r.term == "协调解决"]
    assert rules and rules[0].weight == 0


@pytest.mark.parametrize(
    ("body", "title", "theme"),
    [
        (
            "社区党委联合辖区共建单位——市图书馆共同为居民打造阅读角，共建单位还捐赠图书。",
            "",
            "joint-building",
        ),
        (
            "这是第一书记驻村的第二年，监狱系统定点帮扶这个村已有五年。",
            "第一书记和村民的一笔账",
            "rural-revitalization",
        ),
        (
            "社区推行“错时服务”，党群服务中心每天延长服务至晚上8点，方便上班族办事。",
            "",
            "livelihood-services",
        ),
    ],
)
def test_words_that_name_their_theme(vocab: dict[str, Label], body: str, title: str, theme: str) -> None:
    got = T.score_themes(title, (), body, vocab)
    assert got[0] == theme


def test_members_put_into_party_groups_is_organization(vocab: dict[str, Label]) -> None:
    body = "县里在渔港推行“渔船党小组”，把86名渔民党员编入32个党小组，出海期间互帮互助。"
    assert "organization-system" in T.score_themes("", (), body, vocab)
    # a resident put into a list is no party organisation
    assert "organization-system" not in scores(vocab, "把困难老人编入关爱名单，定期上门。")


def test_a_first_secretary_of_an_estate_is_no_rural_work(vocab: dict[str, Label]) -> None:
    body = "街道从机关选派“小区第一书记”12名，社区第一书记牵头议事。"
    assert "rural-revitalization" not in scores(vocab, body)


def test_rescue_of_people_in_danger_is_public_safety(vocab: dict[str, Label]) -> None:
    got = scores(vocab, "渔船党小组出海期间协助救助遇险渔民17人次。")
    assert "public-safety" in got and "livelihood-services" not in got
    # assistance to families in need stays livelihood work
    assert "livelihood-services" in scores(vocab, "社区为困难家庭申请临时救助12户。")


def test_a_headline_of_worries_met_and_community_services_are_livelihood(vocab: dict[str, Label]) -> None:
    body = "街道推行“三张清单”工作法，提升社区服务水平，居民对社区服务的满意度达到96%。"
    got = scores(vocab, body, "某街道“三张清单”解民忧")
    assert got.get("livelihood-services", 0) >= 7  # 3 x 2 in the headline, 1 + ln 2 in the body
    # in a body, 解民忧 is no headline: it counts nothing there
    assert "livelihood-services" not in scores(vocab, "干部们说，要多解民忧。")
