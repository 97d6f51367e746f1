"""Numbers whose form says they count nothing the work did (`metric_skips.is_skipped` asks `no_count`).

- An office's ordinal (组织二处负责人, 宣传一科科长): which division, a name, not two of anything.
- A rate of points earned (志愿者服务1小时积1分, 每参加1次活动计2分, 捐赠100元计50分): a rule, both sides (the
  points, and what they are given for), not what was earned.
- A range set for each person (27名党员每人联系5至8户群众): a norm for one, not what was done (a range per unit,
  每个工坊带动15至20户, is a standard and counted).
- 把 after a Chinese numeral (一把钥匙开一把锁, 拧成一把劲): a figure of speech; chairs counted by 把 are printed
  in digits (木质长椅6把).
"""

from __future__ import annotations

import re

from builder.extract.numbers import Quantity

__all__ = ["no_count"]

_OFFICE_AFTER = re.compile(r"\s*(?:负责人|处长|副处长|科长|副科长|主任|工作人员)")
_POINTS_RATE = re.compile(
    r"[\d一二两三四五六七八九十]+\s*(?:个)?(?:小时|次|天|场|件|项|元)[^，。；\d]{0,2}?(?:可|能)?(?:积|计|记|得|获得?|赚)\s*$"
)
# what a rate gives its points for, the rate's other side (捐赠100元计50分, 参与1场议事赚5分)
_EARNS_POINTS_AFTER = re.compile(
    r"[^，。；\d]{0,4}?(?:可|能)?(?:积|计|记|得|获得?|赚)\s*[\d一二两三四五六七八九十]+\s*分"
)
_PER_MEMBER = re.compile(r"每(?:人|名|位)[^，。；\d]{0,6}$")


def no_count(text: str, q: Quantity) -> bool:
    """Whether the number `q` of `text` counts nothing by its form (see the module docstring)."""
    if q.chinese and q.unit in ("处", "科") and _OFFICE_AFTER.match(text, q.end):
        return True
    if q.chinese and q.unit == "把":
        return True
    if q.unit == "分" and _POINTS_RATE.search(text, max(0, q.num_start - 16), q.num_start):
        return True
    if q.unit != "分" and _EARNS_POINTS_AFTER.match(text, q.end):
        return True
    return q.upper is not None and bool(_PER_MEMBER.search(text, max(0, q.num_start - 12), q.num_start))
