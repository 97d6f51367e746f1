"""A cooperative (合作社) followed by a word opening with 区 (区县, 区位, 区级) is still a cooperative: only the
社区 of a community's name (新合作社区) is skipped (theme_matcher._in_community_name). Invented sentences."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.themes import theme_scores
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


@pytest.mark.parametrize(
    "body",
    ["县里的合作社区县联社帮着找销路。", "依托合作社区位优势，产品就近销售。"],
    ids=["county-union", "location"],
)
def test_a_cooperative_before_a_qu_word_is_read(vocab: dict[str, Label], body: str) -> None:
    assert "rural-revitalization" in theme_scores("", [], body, vocab)


def test_a_communitys_name_is_still_skipped(vocab: dict[str, Label]) -> None:
    body = "在某街道新合作社区，老人每天到服务站量血压、理发。社区开设助餐、助浴等服务。"
    assert "rural-revitalization" not in theme_scores("", [], body, vocab)
