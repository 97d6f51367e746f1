"""Theme recall on short texts by the kind of sentence (heldout21 p05#2, heldout22 p02#1 had no theme at all): a
village's visitors and trades (全村共有民宿…接待游客…) and the households lifted out of poverty a scheme reaches
(其中脱贫户…) are the countryside's economy. Invented sentences, and the negatives."""

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


def test_a_villages_visitors_are_its_economy(vocab: dict[str, Label]) -> None:
    body = "桃源村紧邻景区。村党支部牵头成立民宿协会，全村共有民宿80家，今年接待游客5万人次。"
    assert themes(vocab, body, "桃源村：“民宿管家”带火乡村游") == ["rural-revitalization"]


def test_households_lifted_out_of_poverty_a_scheme_reaches(vocab: dict[str, Label]) -> None:
    body = "桃源区开设“技能夜校”，已开班30期，培训学员1200人次，其中脱贫户300人。"
    assert "rural-revitalization" in themes(vocab, body, "桃源区“技能夜校”办到家门口")


def test_a_towns_hotels_are_no_village_economy(vocab: dict[str, Label]) -> None:
    body = "桃源社区辖区有酒店12家，社区网格员每月上门检查消防设施，今年接待游客3万人次。"
    assert "rural-revitalization" not in themes(vocab, body, "桃源社区网格员守护辖区安全")
