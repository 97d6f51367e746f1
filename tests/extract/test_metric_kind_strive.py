"""争取 is a goal only before a time or a goal's verb (争取到2025年…, 争取实现…); money or help secured
(争取贷款1.6亿元, 争取上级专项资金500万元) is a result. Invented lines."""

from __future__ import annotations

import pytest

from builder.extract.metric_kinds import metric_kind
from builder.model import Metric


@pytest.mark.parametrize(
    ("quote", "label", "unit", "kind"),
    [
        ("帮助企业争取贷款1.6亿元", "争取贷款", "元", "money"),
        ("争取上级专项资金500万元用于道路硬化", "专项资金", "元", "money"),
        ("成功争取到本村企业家捐赠的300吨水泥", "水泥", "吨", "count"),
        # negatives: a goal stays a goal
        ("争取到2027年实现全覆盖，覆盖率达到100%", "覆盖率", "%", "target"),
        ("争取实现村集体经济收入50万元", "村集体经济收入", "元", "target"),
        ("争取年底前建成服务站10个", "服务站", "个", "target"),
        ("力争建成驿站20个", "驿站", "个", "target"),
    ],
)
def test_strive_is_a_goal_only_before_a_time_or_a_goal(quote: str, label: str, unit: str, kind: str) -> None:
    assert metric_kind(Metric(label, 1, unit, False, quote)) == kind
