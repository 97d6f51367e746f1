"""Quoted strings that name no practice, by kind (real published articles print them; sentences invented): a
slogan of work to do, parallel phrases each opening with a verb of building or strengthening (以“强化…、激发…、
打造…”为抓手: aims, no mechanism); the standing forms of a branch's life (“主题党日”, “三会一课”: categories);
set phrases of outcomes (“双提升”, like “双赢”). Named mechanisms printed the same way stay practices."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def _practices(text: str) -> list[str]:
    return extract_practices("", text)


def test_a_slogan_of_work_to_do_is_no_practice():
    text = "该镇以“深化党建引领、激活基层活力、打造服务品牌”为抓手，推行“村民点单、党员接单”模式。"
    assert _practices(text) == ["村民点单、党员接单"]
    assert _practices("街道以“提升服务质效、凝聚居民人心”为目标，推行“街巷吹哨、部门报到”机制。") == [
        "街巷吹哨、部门报到"
    ]


def test_the_forms_of_a_branchs_life_and_outcome_phrases_are_no_practices():
    text = "支部每月开展“主题党日”活动，落实“三会一课”制度，推行“红色议事厅”，实现党建和业务“双提升”。"
    assert _practices(text) == ["红色议事厅"]
