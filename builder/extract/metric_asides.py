"""Figures said in passing, which a reader comparing places cannot set beside another place's (metric_forms.no_count
asks `aside`):

- A comparison with others, not with the past (`价格比周边便宜两成`, `比市场价低15%`): how the service stands against
  its neighbours, no result of the work; a change over time is one (`比去年提高20%`, `比三年前增加了35%`).
- A count of the places a part lies in, glued to the part's own count in the same unit (`其中五个城区136个、县区78个`):
  where the 136 are, not a count of its own (`覆盖9个县（区）、146个行政村`, `10个社区近2万名居民` are counted).
- The tries of one case (`网格员三次上门调解`, `调解员连续跑了三趟`, `连续组织了两次夜话`): a small count in Chinese numerals of visits or trips
  in a sentence of a dispute's story, how hard one case was, not how much the work did (`入户走访3200次` is counted).
- The parties of one dispute (`化解了困扰两个村多年的山林边界纠纷`, `两户村民的宅基地矛盾`): a count of two or three in
  Chinese numerals of villages, households or people in a clause telling a dispute, who quarrelled, not how much the
  work did (`化解矛盾纠纷320起` is counted).
- The guests of the report itself (`本报邀请三位基层干部坐下来聊一聊`, `记者采访了两位网格员`): who speaks in a roundtable
  or an interview the paper held, not what the work did.
"""

from __future__ import annotations

import re

from builder.extract.metric_text import clause_end, clause_start, sentence_end, sentence_start
from builder.extract.numbers import Quantity
from builder.text.numerals import COUNTS_TO_TEN

__all__ = ["aside"]

# 比 and what is compared with, then a word of cheaper or dearer, higher or lower: the past (去年, 过去, 三年前, 同期) is
# a change, not a comparison with others.
_PAST = rf"(?:上年|去年|前年|往年|过去|以前|以往|原来|同期|上月|年初|改造前|实施前|[\d{COUNTS_TO_TEN}]+年前)"
_COMPARED_BEFORE = re.compile(
    rf"(?:比|较|相比)(?!{_PAST})[^，。；\d比较]{{1,8}}?(?:便宜|实惠|低|高|贵|省)了?(?:近|约|超过|将近)?\s*$"
)
_PLACE_KINDS = r"(?:城区|县区|县（区）|县|区|乡镇|镇|街道|社区|村|小区)"
# 五个城区136个、: the places, then the count of the part in the same unit, closed by a list mark or the clause's end
_PART_COUNT_AFTER = re.compile(rf"\s*{_PLACE_KINDS}\s*\d[\d.]*\s*[万千百]?\s*个(?=[、，。；]|$)")
# a visit or a trip right after the count (三次上门, 两趟到他家) or a word of trying again before it, alone or with a
# short verb of going or holding (连续跑了三趟, 连续组织了两次夜话, 先后召开了两次协商会)
_TRIES_AFTER = re.compile(r"\s*(?:上门|登门|入户|来到|找到|找上门|跑到|到[^，。；\d]{0,4}家)")
_TRIES_BEFORE = re.compile(r"(?:跑了|(?:连续|先后|前后|反复|多方)(?:[^\s，。；、\d]{1,2}了?)?)\s*$")
_ONE_CASE = re.compile(r"矛盾|纠纷|争执|积怨|调解|劝说|说服|和好|言和")
# the parties a dispute's clause names by a small count: villages, estates, families, people (两个村, 三户村民)
_PARTIES_AFTER = re.compile(r"\s*(?:村|社区|小区|组|家庭|村民|居民|群众|当事人|邻居|住户|人家)")
_DISPUTE = re.compile(r"矛盾|纠纷|争执|积怨|争议|恩怨")
# the paper or its reporter inviting or interviewing, right before the count (本报邀请三位, 记者采访了两位)
_REPORT_GUESTS_BEFORE = re.compile(
    r"(?:本报|本刊|本台|本栏目|记者|编辑部)(?:特别|特意|专门)?(?:邀请|请来|约请|采访|连线|对话)了?\s*$"
)


def aside(text: str, q: Quantity) -> bool:
    """Whether the number `q` of `text` is said in passing (see the module docstring)."""
    if _COMPARED_BEFORE.search(text, clause_start(text, q.num_start), q.num_start):
        return True
    if q.unit == "个" and q.value <= 50 and _PART_COUNT_AFTER.match(text, q.end):
        return True
    if q.unit in ("位", "名", "人") and _REPORT_GUESTS_BEFORE.search(
        text, clause_start(text, q.num_start), q.num_start
    ):
        return True  # 本报邀请三位基层干部: the report's own guests
    if q.chinese and q.value <= 3 and _parties(text, q):
        return True  # 困扰两个村多年的山林边界纠纷: who quarrelled
    return _tries(text, q)


def _parties(text: str, q: Quantity) -> bool:
    """A small count of the villages, households or people whose one dispute the clause tells."""
    named = q.unit in ("户", "家") or (q.unit in ("个", "名", "位") and _PARTIES_AFTER.match(text, q.end))
    return bool(named) and bool(
        _DISPUTE.search(text, clause_start(text, q.num_start), clause_end(text, q.end))
    )


def _tries(text: str, q: Quantity) -> bool:
    """A small count in Chinese numerals of visits or trips in a sentence of one dispute's story."""
    if not (q.chinese and q.value <= 5 and q.unit in ("次", "趟", "回")):
        return False
    if not (
        _TRIES_AFTER.match(text, q.end)
        or _TRIES_BEFORE.search(text, clause_start(text, q.num_start), q.num_start)
    ):
        return False
    return bool(_ONE_CASE.search(text, sentence_start(text, q.num_start), sentence_end(text, q.end)))
