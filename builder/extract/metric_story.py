"""The numbers of one story, not of the work (metric_skips.is_skipped asks `one_story`, split from it).

A magnitude with no digit or upwards of one (数十名, 上千人次), one person's roles (两个全新身份), the parties of
one story named by kinship, as families, by their names or pointed back at (兄弟二人, 两家人, 老刘和老黄两人,
把两人称作…; not a list of roles, 村干部、党员三人获评…, nor a part of people counted before in the sentence,
排查9人，已将三人调整出…), a building's number before its residents (8幢的居民) and an exchange rate
(1个积分等于1块钱).
"""

from __future__ import annotations

import re

from builder.extract.metric_text import sentence_start
from builder.extract.numbers import Quantity
from builder.ingest.reporternames import COMMON_SURNAMES as _SURNAMES
from builder.text.numerals import COUNTS_TO_TEN

__all__ = ["one_story"]

_UPWARDS = re.compile("[上成][百千万]+")  # 上千人次, 成百: upwards of a magnitude

# A magnitude with no digit (数十名, 十几个, 几百人, 数万名): a manner of speaking, no figure.
_VAGUE = re.compile("(?:[数几][十百千万]+|十几)[万亿]?")  # (十几万元: some hundred thousand)
# One person's roles counted (新增了两个全新身份, 身兼三个角色): a story of one, not what the practice did.
_ROLES_AFTER = re.compile(r"[^，。；！？\d]{0,4}?(?:身份|角色|头衔|职务)")

# Two or three people of one story pointed back at: named right before (老刘和老黄两人, 张某、李某三人) or the object
# of a verb (把两人称作…, 让二人握手): who, not how many. Each one listed is a person's name, a surname with a
# given name or 老/小 before it; a list of roles (村干部、党员三人获评…) counts people of the work.
_NAME = rf"(?:[老小阿][{_SURNAMES}]|[{_SURNAMES}][\u4e00-\u9fff]{{1,2}})"
_NAMED_PAIR_BEFORE = re.compile(rf"(?:^|[，,。；;：:！？”]){_NAME}(?:[和与同跟及、]{_NAME})+$")
_OBJECT_BEFORE = ("把", "将", "让", "请", "叫", "使", "令", "被")
# People counted before in the sentence (排查不胜任村干部9人，已将三人调整出…): the object after is a part of them,
# what the work did with them, not the story's two pointed back at.
_PEOPLE_COUNTED = re.compile(rf"[\d{COUNTS_TO_TEN}十百千万]\s*(?:名|人|位)")
# The parties of one story named by kinship (他们兄弟二人, 夫妻俩, 婆媳两人) or as families (两家人, 两户人家).
_KIN_BEFORE = re.compile("(?:兄弟|姐妹|兄妹|姐弟|夫妻|夫妇|父子|父女|母子|母女|婆媳|妯娌|姑嫂|邻居)$")
_FAMILIES_AFTER = re.compile(
    r"\s*(?:人|(?:之间|间)?的?(?:矛盾|纠纷|恩怨|积怨|隔阂|争执)"
    r"|(?:终于|最终|当场|又|重新)?(?:握手言和|言归于好|重归于好|冰释前嫌|和好|化干戈)"
    r"|(?:邻居|住户|居民|村民)?(?:因为|因|由于))"
)  # 两家人, 消除两家矛盾, 两户之间的纠纷, 两家握手言和, 两家邻居因漏水…: the parties of one dispute
# Building 8 (8幢的居民, 3栋住户): a building's number before its residents, not a count of buildings.
_BUILDING_AFTER = re.compile(
    r"\s*的?(?:居民(?!楼)|住户|业主|租户|楼道|楼上|楼下|门口)"
)  # (86栋居民楼: buildings)
# An exchange rate (1个积分等于1块钱, 10分折合1元): both sides are a norm, not a count.
_RATE = re.compile(
    r"[\d.]+\s*[^\d，。；;、]{0,4}?(?:等于|折合|折算|抵|兑换|换)(?:成|为)?\s*[\d.]+\s*[^\d，。；;、]{0,3}?(?:钱|元|块)"
)


def one_story(text: str, q: Quantity, before: str) -> bool:
    """Upwards of a magnitude (上千人次) or a magnitude with no digit (数十名), one person's roles (两个全新身份),
    the parties of one story (他们兄弟二人, 两家人, 老刘和老黄两人, 把两人称作), a building's number (8幢的居民) or
    an exchange rate (1个积分等于1块钱): numbers that count nothing the practice did (`before`: the 8 characters
    before the number, stripped)."""
    if q.chinese and (
        _UPWARDS.fullmatch(text, q.num_start, q.num_end) or _VAGUE.fullmatch(text, q.num_start, q.num_end)
    ):
        return True  # 上千人次, 上万名, 数十名, 十几个: a magnitude, no figure
    if q.chinese and q.value <= 5 and q.unit in ("个", "重", "种") and _ROLES_AFTER.match(text, q.end):
        return True  # 新增了两个全新身份: one person's roles
    if q.chinese and q.value <= 3:
        if q.unit in ("人", "个", "位", "名") and _KIN_BEFORE.search(before):
            return True
        if q.unit in ("家", "户") and _FAMILIES_AFTER.match(text, q.end):
            return True
        named = _NAMED_PAIR_BEFORE.search(text, max(0, q.num_start - 12), q.num_start)
        pointed = before.endswith(_OBJECT_BEFORE) and not _PEOPLE_COUNTED.search(
            text, sentence_start(text, q.num_start), q.num_start - 1
        )
        if q.unit == "人" and (named or pointed):
            return True  # 老刘和老黄两人急忙赶到, 大家把两人称作…: the two of the story
    if q.unit in ("幢", "栋") and not q.chinese and _BUILDING_AFTER.match(text, q.end):
        return True
    window = max(0, q.num_start - 12)
    return any(m.start() <= q.num_start < m.end() for m in _RATE.finditer(text, window, q.end + 16))
