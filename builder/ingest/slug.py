"""ASCII slugs: a short romanization of the acting place plus a topic word, unique and stable.

`回民区` + grid-governance -> `huimin-district-grid-governance`. Once a file exists its slug never changes
on re-ingest (the merge keeps it), so slugs stay stable even when extraction improves.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Longest suffix first. Ethnic autonomous names keep only the place (黔东南苗族侗族自治州 -> qiandongnan).
_SUFFIXES: tuple[tuple[str, str], ...] = (
    ("特别行政区", "sar"),
    ("自治区", "region"),
    ("自治州", "prefecture"),
    ("自治县", "county"),
    ("自治旗", "banner"),
    ("新区", "new-area"),
    ("街道", "subdistrict"),
    ("社区", "community"),
    ("地区", "prefecture"),
    ("省", "province"),
    ("市", "city"),
    ("州", "prefecture"),
    ("盟", "league"),
    ("县", "county"),
    ("区", "district"),
    ("旗", "banner"),
    ("乡", "township"),
    ("镇", "town"),
    ("村", "village"),
)
_ETHNIC = re.compile(
    r"(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|"
    r"景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|"
    r"保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族"
)
_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG_LENGTH = 80


# Readings of characters that pypinyin gets wrong in place names (长阳 is changyang, not zhangyang).
_PLACE_READINGS = {"长": "chang", "厦": "xia", "蚌": "beng", "番": "pan", "乐亭": "laoting", "单县": "shan"}


def _pinyin(text: str) -> str:
    for word, reading in _PLACE_READINGS.items():
        if len(word) > 1 and text.startswith(word):
            return reading + _pinyin(text[len(word) :])
    from pypinyin import lazy_pinyin  # ≈0.4 s to import: only when a slug is made

    syllables = lazy_pinyin(text)
    if text[:1] in _PLACE_READINGS:
        syllables[0] = _PLACE_READINGS[text[:1]]
    return "".join(syllables)


def romanize_place(name: str) -> str:
    """`赛马场北路社区` -> `saimachangbeilu-community`; `黔东南苗族侗族自治州` -> `qiandongnan-prefecture`."""
    name = name.strip()
    for suffix, english in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = _ETHNIC.sub("", name[: -len(suffix)]) or name[: -len(suffix)]
            stem = stem[:-1] if stem.endswith("族") else stem
            return f"{slugify(_pinyin(stem))}-{english}"
    return slugify(_pinyin(name))


def slugify(text: str) -> str:
    return _NON_SLUG.sub("-", text.lower()).strip("-")


def make_slug(place: str | None, topic: str | None, taken: Iterable[str]) -> str:
    """A new slug not in `taken`: place + topic, then -2, -3 … on collision."""
    parts = [romanize_place(place) if place else "", slugify(topic or "")]
    base = "-".join(p for p in parts if p) or "initiative"
    base = base[:MAX_SLUG_LENGTH].strip("-")
    taken_set = set(taken)
    slug = base
    counter = 2
    while slug in taken_set:
        slug = f"{base}-{counter}"
        counter += 1
    return slug
