"""Practices heldout27 missed, by kind. Invented sentences.

- a team named in quotes before 团队 (与高校共建“社区规划师”团队): the team's name, like …队伍, …宣讲团;
- a role people are trained into (把社工培训成“全科社工”): named like one they are brought up into (培养成);
- a cooperative in quotes (“…合作社”) is a name's ending, and a branch that sets one up runs it (领办“…”).
"""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_team_named_before_its_team_word_is_a_name() -> None:
    assert extract_practices("", "街道与驻区高校共建“社区营造师”团队，为老旧小区出设计方案。") == [
        "社区营造师"
    ]
    assert extract_practices("", "县里组建“乡村规划员”团队20支，走村入户。") == ["乡村规划员"]
    # negatives: what someone is called before 的; a described state
    assert extract_practices("", "他是村里人人信得过的“主心骨”，团队里的事都找他。") == []


def test_a_role_trained_into_is_a_name() -> None:
    assert extract_practices("", "社区把8名社区工作者培训成“全能社工”，一人可办30项业务。") == ["全能社工"]
    assert extract_practices("", "镇里把退役军人培训为“平安信息员”，定期排查隐患。") == ["平安信息员"]


def test_a_cooperative_in_quotes_is_a_name_and_a_branch_runs_it() -> None:
    assert extract_practices("", "村党支部领办“刺绣合作社”，组织留守妇女在家绣花。") == ["刺绣合作社"]
    assert extract_practices("", "党员带头办起“茶叶合作社”，带动80户增收。") == ["茶叶合作社"]
    assert extract_practices("", "村党支部领办“林下经济”，种植中药材300亩。") == ["林下经济"]
    # negatives: the kind alone, and a cooperative named without quotes and never again
    assert extract_practices("", "村里成立了“合作社”，村民入股分红。") == []


def test_a_quoted_name_the_body_keeps_printing_without_quotes_is_a_name() -> None:
    """这样的“坝坝会”在村里已成常态 … 每月召开1次坝坝会 … 坝坝会上，…: quoted once (after 的, a metaphor's place), the
    name printed again and again without quotes is what the report is about (RECURS prints in all)."""
    body = (
        "这样的“坝坝会”在石桥村已成常态。村党支部每月召开1次坝坝会，大事小情先在院坝里议。"
        "今年的坝坝会上，村民们商定了环境卫生公约。"
    )
    assert extract_practices("", body) == ["坝坝会"]
    # negatives: printed twice in all; a problem printed again and again
    assert extract_practices("", "这样的“坝坝会”在石桥村已成常态。村党支部每月召开1次坝坝会。") == []
    body = "小区“停车难”问题突出。停车难让居民头疼，社区想办法缓解停车难。"
    assert extract_practices("", body) == []
