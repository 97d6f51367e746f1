"""What is counted, in the shapes of a real set of reports tried in session 27 (text not kept; invented sentences
of the same shape): a clause saying something of the counted after a 等-list (…等新就业群体存在…等特点 gave 特点),
a likeness and a verb of where they are (像李师傅这样的骑手穿梭于… gave 骑手穿梭), a counting word that is the
noun (小区2600余住户 gave 驿站联结起小区), a bare series over time (从21个到90个再到133个 gave 再), a level reached
in a year (增加到2022年的31万元 gave 增加到), a passive outcome (建议被街道采纳 gave 建议被街道) and a deed of
being stationed (科技特派员520名驻村指导 gave 驻村指导); what the counted are about (份关于…的倡议书 gave 关)."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "辖区内的600余名快递员、外卖骑手等新就业群体存在分布零散、流动性强等特点。",
            [("新就业群体", 600, "名")],
        ),
        ("每天有近三千名像李师傅这样的骑手穿梭于大街小巷。", [("骑手", 3000, "名")]),
        ("驿站联结起小区2600余住户。", [("小区住户", 2600, "户")]),
        (
            "从21个到90个再到133个，仅仅三年多时间，莱阳市党支部领办合作社就已覆盖全县。",
            [("党支部领办合作社", 21, "个"), ("党支部领办合作社", 90, "个"), ("党支部领办合作社", 133, "个")],
        ),
        (
            "村集体收入从2019年的5万元增加到2022年的31万元。",
            [("村集体收入", 50000, "元"), ("村集体收入", 310000, "元")],
        ),
        ("学生们开展调研，提出的23条建议被街道采纳。", [("建议被采纳", 23, "条")]),
        ("县里还选派科技特派员140名驻村指导。", [("科技特派员", 140, "名")]),
        ("社区发放1200份关于垃圾分类的倡议书。", [("倡议书", 1200, "份")]),
    ],
)
def test_the_counted_thing_is_the_label(text, expected):
    assert [(m.label, m.value, m.unit) for m in extract_metrics(text)] == expected


def test_a_series_nobody_names_gives_no_label():
    """从…到…再到… with no clause naming what is counted: no figure rather than 再 or 到."""
    labels = [m.label for m in extract_metrics("从12个到40个再到75个，变化看得见。")]
    assert not {"再", "到", "从"} & set(labels)
