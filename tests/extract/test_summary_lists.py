"""A numbered list in a summary (issue 14, heldout37's report of typical problems): an item's number (`五、`,
`（三）`, `3.`) never enters a summary, and the items of a numbered list of cases (each a case and what was done
about it) are no summary of the article listing them: the lead announcing them is. Invented lines."""

from __future__ import annotations

import pytest

from builder.extract.summary import summarize

_LEAD = "日前，青石市整治形式主义专项办对4起增加村级负担的典型问题进行通报。"
_CASES = (
    "一、柳岸区某街道要求各社区每天上报防汛日志，半年累计上报材料900余份。目前，该街道已改为每周汇总一次。",
    "二、桃源县某部门在考核中要求村级提供纸质佐证材料，一个村就整理档案盒26盒。目前，相关考核已改为线上核验。",
    "三、红岩镇推广政务小程序5个，要求村干部每天登录打卡。目前，相关小程序已合并为1个。",
    "四、青石区某单位半年内到同一个社区开展督导9次，社区干部疲于应付。目前，该区已建立督导计划统筹机制。",
)


def test_the_items_of_a_list_of_cases_are_no_summary_the_lead_is() -> None:
    body = _LEAD + "\n\n" + "\n\n".join(_CASES) + "\n\n通报要求，各级各部门要引以为戒，切实减轻基层负担。"
    summary = summarize("青石市通报4起典型问题", body)
    assert summary == "青石市整治形式主义专项办对4起增加村级负担的典型问题进行通报。", summary


@pytest.mark.parametrize("number", ["一、", "（一）", "1.", "1、"])
def test_a_sentence_opening_an_item_never_keeps_its_number(number: str) -> None:
    # a list of measures, not of cases: its items may sum it up, without their numbers
    body = (
        "柳岸县推出为村干部减负三项措施。\n\n"
        f"{number}柳岸县建立村级事务准入清单，清理规范村级证明事项38项。\n\n"
        "二、柳岸县统筹督查检查，检查次数同比下降45%。\n\n"
        "三、柳岸县整合政务应用，关停重复应用9个。"
    )
    summary = summarize(
        "柳岸县为村干部减负", body.replace("二、", number.replace("一", "二").replace("1", "2"))
    )
    assert summary, summary
    assert not any(
        mark in summary for mark in ("一、", "二、", "（一）", "（二）", "1.", "2.", "1、", "2、")
    ), summary
    assert "柳岸县建立村级事务准入清单" in summary, summary


def test_a_figure_opening_a_sentence_is_no_number_of_an_item() -> None:
    body = "题图。\n\n3.5万名党员志愿者在柳岸区开展入户走访，化解矛盾纠纷120件。"
    assert summarize("柳岸区：入户走访", body).startswith("3.5万名党员志愿者"), body
