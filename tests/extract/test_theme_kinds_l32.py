"""Kinds of words and sentences layouts32 (a dev set) missed a theme by (invented lines in the style of its pages):

- a 党员中心户 (a member answering for the households round his own home) is how members are managed, as the golds
  of heldout2, heldout15 and heldout20 say, besides the branch-building it is listed for;
- a crop's growers and their fields (茶农, 茶园, 果农, 菜农): a village's living, rural work, like 蜜瓜 and 果蔬 (weight 1:
  a tea county's article naming them again and again would crowd out its members' theme, heldout29 p02#2);
- a place cut into zones, each with someone answering for it (把集镇划分为12个管家片区): a grid by another name, as
  分片 … 片区 already is.
"""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_a_party_member_household_head_is_member_management(vocab: dict[str, Label]) -> None:
    title = "某某区“党员中心户”架起连心桥"
    body = "某某区推行“党员中心户”制度，目前共选树中心户800名，覆盖群众1万户。"
    chosen = T.score_themes(title, [], body, vocab, practices=["党员中心户"])
    assert "member-management" in chosen and "organization-system" in chosen, chosen


def test_a_crops_growers_are_rural_work(vocab: dict[str, Label]) -> None:
    body = (
        "近日，某某村的茶园里，农技员正在给茶农讲解管护要点。村党支部今年办起“田坎课堂”，培训茶农600余人次。"
    )
    assert T.score_themes("某某村“田坎课堂”教茶农管好茶园", [], body, vocab) == ["rural-revitalization"]
    growers = T.theme_scores("", [], "果农和菜农学到了新技术。", vocab)
    assert growers.get("rural-revitalization", 0.0) >= 2.0, growers


def test_a_place_cut_into_zones_is_a_grid(vocab: dict[str, Label]) -> None:
    body = (
        "某某镇在集镇推行“红色管家”服务，选出管家30名。"
        "镇里把集镇划分为9个管家片区，每个片区设一块公示牌，写明管家的电话。"
    )
    assert T.score_themes("某某镇“红色管家”管好集镇事", [], body, vocab)[0] == "grid-governance"
