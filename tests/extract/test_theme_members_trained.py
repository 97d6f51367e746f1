"""Members trained, counted (`参训党员群众1300余人次`, a night school's classes for members and residents; layouts37
p04, invented here): members' education, the member-management theme; the item had no theme at all."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_members_trained_is_member_education(vocab: dict[str, Label]) -> None:
    body = "5月8日，某市某区某街道开设“周末课堂”，讲解政策法规，已开课12期，参训党员群众600余人次。"
    scores = T.theme_scores("", [], body, vocab)
    assert "member-management" in T.select_themes(scores, length=len(body))


def test_residents_trained_alone_are_not(vocab: dict[str, Label]) -> None:
    body = "5月8日，某市某区某街道开设“周末课堂”，讲解政策法规，已开课12期，参训居民600余人次。"
    scores = T.theme_scores("", [], body, vocab)
    assert "member-management" not in T.select_themes(scores, length=len(body))
