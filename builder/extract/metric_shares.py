"""The label of a share that opens its clause after the group it is a share of (`群众反映的问题中，七成以上与
社区生活息息相关`): the group, then what the share of it does or is (`群众反映的问题中与社区生活息息相关的占比`).
metrics.py asks only when the clause itself gives no label. A share of a sum named right after it, set aside by
a verb (`由合作社拿出70%收益按人头分红，留30%收益作为…`): what the sum is and who sets it aside
(`合作社拿出的收益比例`, `留的收益比例`), not the verb alone (`share_of_sum`). A bare rate of handling after a
count of what is handled in its sentence is that thing's rate (`rate_of`: 线上平台诉求办结率); a share opening its
clause before what it has done is the share that did it (`share_done`: 100%已建立党支部); a share right after a
count of its group is the share of the group's members (`share_of_count`: 1200名网格员中，超三成是退役军人 ->
网格员中退役军人占比)."""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.extract.metric_deeds import clean
from builder.text.patterns import alternation

# The group, ending the clause right before the share with 中 (群众反映的问题中，, 在全市社区工作者中，).
_GROUP = re.compile(r"(?:^|[，,；。：])\s*(?:在)?([\u4e00-\u9fff“”]{2,14}?)中\s*[，,]\s*$")
# What the share of the group does or is: the rest of its clause, past a bound (以上, 左右 …).
_BOUND = re.compile(r"^\s*(?:以上|以下|左右|多|强|还多)?\s*")
_REST = re.compile(r"^[\u4e00-\u9fff“”]{2,16}$")


def share_of_group(before: str, after: str) -> str:
    """The label of a share opening its clause (`before`: its sentence up to the number; `after`: the rest of
    its clause after the unit), or "" when the clause before names no group with 中."""
    group = _GROUP.search(before)
    rest = _BOUND.sub("", after, count=1).strip()
    if group is None or not _REST.match(rest):
        return ""
    return f"{group.group(1)}中{rest}的占比"


# The members a share counts, a 的-phrase with no noun of its own after the group (全村党员中60岁以上的占…,
# 社区工作者中，大专以上学历的占…): the group is its noun.
_MEMBERS = re.compile(
    r"(?:\d+[名个位人户家])?([\u4e00-\u9fff]{2,8}?)中\s*[，,]?\s*([^，。；：,]{2,14}?)的\s*占(?:比)?\s*(?:[近约超逾]|超过|将近)?$"
)


def share_of_members(before: str) -> str:
    """The label of a share whose clause names only a 的-phrase before 占 (`before`: its sentence up to the
    number): the group named with 中 and the phrase (`党员中60岁以上的占比`), else ""."""
    found = _MEMBERS.search(before)
    return f"{found.group(1)}中{found.group(2)}的占比" if found else ""


# A sum a share is taken of, right after the % (拿出70%收益, 留30%的利润, 提取10%资金).
_SUM_AFTER = re.compile(r"^\s*的?(收益|利润|纯利润|收入|资金|经费|股份|股金|分红|租金)")
_SET_ASIDE = re.compile(r"(拿出|留出|留存|留下|提留|提取|划出|划拨|留|用)$")


def share_of_sum(label: str, after: str) -> str:
    """`label` (the phrase before a share, 合作社拿出 or 留) with the sum named after the share (`after`: the
    text after the %): 合作社拿出的收益比例; `label` unchanged when no sum follows or no verb of setting aside
    ends it."""
    sum_named = _SUM_AFTER.match(after)
    if sum_named is None or not _SET_ASIDE.search(label):
        return label
    return f"{label}的{sum_named.group(1)}比例"


# A bare rate of handling (办结率, 满意率, 回复率) right after a count of what is handled in its sentence (线上平台诉求
# 315件，回复率100%，办结率98.1%。市长信箱来信量86件，回复率100%，办结率97.6%): the rate is of that thing, and the
# compare page sets it beside other units' rates, so the label names it (线上平台诉求办结率, 市长信箱来信回复率).
_STAGE = "(?:办结|满意|回复|解决|化解|成功|调解成功|完成|接通|响应|受理|答复|办理|签收|回访|知晓)"
_BARE_RATE = re.compile(f"^{_STAGE}率$")
_STAGE_ONLY = re.compile(f"^(?:成功|累计|共|已)?{_STAGE}$")
_RATE_END = re.compile(f"{_STAGE}率$")
_MEASURE_END = re.compile(
    "(?:(?:留言|来电|诉求|访问|浏览|点击|办件|接件)?量|数量|总量|总数|件数|人数|户数|次数|人次|场次)$"
)
_VERB_START = re.compile("^(?:成功|累计|共|已)?(?:" + alternation(words.VERBS) + ")")
_SUBJECT_MAX = 10


def rate_of(label: str, previous: str, previous_unit: str) -> str:
    """The rate `label` named by what the figure before it in its sentence counts (`previous`, in
    `previous_unit`): its noun without the verb or measure (化解矛盾纠纷 -> 矛盾纠纷化解率), or a rate's
    subject passed on (线上平台诉求回复率 -> 线上平台诉求办结率); a qualified label is kept."""
    if not _BARE_RATE.match(label) or not previous or _STAGE_ONLY.match(previous):
        return label  # (办结107358件，办结率99.85%: the figure before names only the stage)
    if previous_unit in ("%", "‰"):
        subject = _RATE_END.sub("", previous) if not _BARE_RATE.match(previous) else ""
    else:
        subject = _MEASURE_END.sub("", _VERB_START.sub("", previous))
    return subject + label if 2 <= len(subject) <= _SUBJECT_MAX and "率" not in subject else label


# A share opening its clause, what that share has done right after it (19家商会采取…办法，100%已建立党支部): the
# share of the units named before that did it (nothing else in the clause names what the share is of).
_DONE = re.compile(
    "^(?:已经|均已|都已|全部|已|均)(" + "(?:" + alternation(words.VERBS) + ")[\u4e00-\u9fff]{1,8})"
)


def share_done(after: str) -> str:
    """`已建立党支部` after a share opening its clause: 已建立党支部的比例 ("" when no deed done follows)."""
    match = _DONE.match(after.strip())
    return f"已{match.group(1)}的比例" if match else ""


# What a share of a sum goes to (30%用于村集体工作开支，…，40%分配给村民): the use names the share.
_USED = re.compile(r"^\s*((?:用于|用作|用来|分配给|分给|返还给|奖励给)[^，,。；;）)“”]{2,16})")


def share_used(after: str) -> str:
    """`用于村集体工作开支` after a share: the label is that use ("" if no use follows)."""
    match = _USED.match(after)
    return clean(match.group(1)) if match else ""


# A share opening its clause right after a count, of the group counted (全镇1200名网格员中，超三成是退役军人; 全村现有
# 党员48名，其中近一半是返乡创业青年; 320个村中过半已建成村史馆; 全县86个社区，七成以上已成立…): between the count
# and the share, the counted noun and 中, or 其中, or a comma alone (maybe 有 after it); after it, who the members are (是…) or what
# they have done, with no noun of its own (86个社区，七成以上居民…: a share of the residents, not of the count).
_AFTER_COUNT = re.compile(
    r"^[\u4e00-\u9fff]{0,8}中\s*[，,]?\s*有?$"
    r"|^(?P<noun>[\u4e00-\u9fff]{0,8})\s*[，,]\s*(?:其中\s*[，,]?\s*)?有?$"
)
_MEMBERS_ARE = re.compile(r"^(?:是|为)([\u4e00-\u9fff]{2,10})$")
# (what they did maybe dated by a year: 建成于2000年以前, 建于1990年前)
_MEMBERS_DID = re.compile(
    "^((?:已经|均已|都已|已|均|都)?(?:" + alternation(words.VERBS) + r")(?:[\u4e00-\u9fff]|\d{4}年){1,8})$"
)


def share_of_count(counted: str, between: str, after: str) -> str:
    """The label of a share right after a count of `counted` (`between`: the text from the count to the share;
    `after`: the rest of its clause): 网格员中退役军人占比, 村中已建成村史馆的占比; "" for any other share."""
    rest = _BOUND.sub("", after, count=1).strip()
    group = _AFTER_COUNT.match(between)
    if not counted or group is None or (group.group("noun") or "") not in counted:
        return ""  # (86个社区建起书屋，七成以上…: a clause of its own between, no noun of the count)
    members = _MEMBERS_ARE.match(rest)
    if members:
        return f"{counted}中{members.group(1)}占比"
    did = _MEMBERS_DID.match(rest)
    return f"{counted}中{did.group(1)}的占比" if did else ""


# A share bounded (不足三成, 超过四成) right after a 的-phrase that opens its clause with no noun of its own (…，实际参与
# 服务的不足三成): the phrase names the members the share counts; never a share of a place (占全县的近三成).
_DESCRIBED = re.compile(r"(?:^|[，,；;：:”])\s*(?!其中|占)([^，,。；;：:“”]{2,14}?)的\s*$")


def share_described(before: str, bounded: bool) -> str:
    """`实际参与服务` for a bounded share after `…，实际参与服务的` (`before`: its sentence up to the share), else ""."""
    found = _DESCRIBED.search(before) if bounded else None
    return found.group(1) if found else ""


# A share one gets more (or less) of for a standing (上红榜的农户可以多兑换一成商品, 少交两成): a norm, the bonus per
# unit the scheme grants, not a share of a group counted.
_MORE_OR_LESS = re.compile(
    r"(?<![减缩至不])(?:多|少)(?:兑换|换取|换|领取|领|获得|得|分得|分|享受|享|拿|交|缴|付|花|收)\s*$"
)


def bonus_share(before: str) -> bool:
    """Whether a share comes right after `多兑换` (or 少交, …), the text before it ending `before`."""
    return bool(_MORE_OR_LESS.search(before))
