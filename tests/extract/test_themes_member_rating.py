"""Members rated by stars or named on a board are managed members (themes.yaml member-management; real R20
r20_03, R18 r18_01). Invented sentences of the kind, and a negative."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.practices import extract_practices
from builder.extract.themes import score_themes
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_members_rated_by_stars_on_a_board_are_managed(vocab: dict[str, Label]) -> None:
    body = (
        "近年来，该镇大力发展特色产业，村集体收入稳步增长，合作社带动农户增收。"
        "各村党支部设立党员红旗榜和五星党员示范榜，组织党员走访群众。"
    )
    themes = score_themes("", [], body, vocab, extract_practices("", body))
    assert "member-management" in themes and "rural-revitalization" in themes


def test_a_practice_named_for_star_rated_members_implies_the_theme(vocab: dict[str, Label]) -> None:
    themes = score_themes("", [], "村里推行邻里互助，方便群众办事。", vocab, ["星级党员户"])
    assert "member-management" in themes


def test_five_star_villages_are_no_managed_members(vocab: dict[str, Label]) -> None:
    body = "全县开展五星支部创建，评选出五星村12个，村集体收入稳步增长，合作社带动农户增收。"
    assert "member-management" not in score_themes("", [], body, vocab, extract_practices("", body))
