"""Two kinds of heldout24 (invented text): a forest's fire watch (防火巡查, a fire season passed without a fire,
火情) is public safety, also beside the members' duties that make the report's top theme (p06#2); a numbered set
of rules a unit issued, its name ending with their count (出台“院落治理十条”), is a practice (p03#1)."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.practices import extract_practices
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_a_forests_fire_watch_is_public_safety(vocab: dict[str, Label]) -> None:
    title = "牡丹江市推行“林区党员责任区”"
    body = (
        "牡丹江市在林区乡镇推行“林区党员责任区”，每名党员包保一片山林，负责防火巡查和护林宣传。"
        "全市共划定党员责任区1530个，今年春季防火期未发生较大森林火情。"
    )
    assert T.score_themes(title, (), body, vocab, ["林区党员责任区"]) == [
        "member-management",
        "public-safety",
    ]


def test_members_duties_without_fire_or_patrol_are_not_public_safety(vocab: dict[str, Label]) -> None:
    title = "某市推行“党员责任区”"
    body = "某市在城区社区推行“党员责任区”，每名党员包保一个楼栋，负责政策宣传和民情收集。全市共划定党员责任区860个。"
    assert "public-safety" not in T.score_themes(title, (), body, vocab, ["党员责任区"])


def test_a_numbered_set_of_rules_issued_is_a_practice() -> None:
    body = "乐山市聚焦城市老旧院落无物业、无管理、无组织的问题，出台“院落治理十条”，推动党组织向院落延伸。"
    assert "院落治理十条" in extract_practices("乐山市“院落治理十条”激活城市老旧院落", body)
    assert "院落治理二十条" in extract_practices("", body.replace("十条", "二十条"))
