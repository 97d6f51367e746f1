"""Romanization of Chinese names, the one place pypinyin is called.

- `pinyin_slug` / `assign_slugs`: URL slugs for named practices and functional zones (`双报到` ->
  `shuang-bao-dao`), with a hash on clashes.
- `romanize_place`: a place name for an initiative's slug, with an English level word (`回民区` ->
  `huimin-district`); ingest/slug.py adds the topic and keeps slugs unique.

pypinyin takes a noticeable time to import (about 0.4 s), so its readings are shipped as a compact table
(text/pinyintable.py, builder/data/pinyin-table.txt.gz, read in ~0.1 s): pypinyin itself is imported only for
a name the table cannot answer (or when the installed pypinyin is not the table's version); `pinyin_slug`
remembers its results: a build keeps them in its cache (`known_slugs`, `learn_slugs`), so a
rebuild whose practice and zone names were all seen before does not import it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable

from builder.text.pinyintable import PinyinTable, lazy_pinyin, read_table

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
MAX_LEN = 60

# Longest suffix first. Ethnic autonomous names keep only the place (黔东南苗族侗族自治州 -> qiandongnan).
_PLACE_SUFFIXES: tuple[tuple[str, str], ...] = (
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
# Readings of characters that pypinyin gets wrong in place names (长阳 is changyang, not zhangyang): a character
# opening a name, or a word of two or more anywhere in it (锡林郭勒 is xilinguole, 阿勒泰 aletai, 长子 zhangzi; 陕西
# is written Shaanxi, as officially romanized, to tell it from 山西).
_PLACE_READINGS = {
    "长": "chang", "厦": "xia", "蚌": "beng", "番": "pan", "蔚": "yu",
    "乐亭": "laoting", "单县": "shan", "长子": "zhangzi", "郭勒": "guole", "阿勒": "ale", "勒流": "leliu",
    "六合": "luhe", "涡阳": "guoyang", "洪洞": "hongtong", "陕西": "shaanxi",
}  # fmt: skip
_PLACE_WORDS = sorted((word for word in _PLACE_READINGS if len(word) > 1), key=len, reverse=True)


def _lazy_pinyin() -> Callable[..., list[str]]:
    from pypinyin import lazy_pinyin  # imported on first use only

    return lazy_pinyin


_TABLE: list[PinyinTable | None] = []  # the shipped table, once read (None: absent or of another pypinyin)


def _readings(text: str) -> list[str]:
    """pypinyin's `lazy_pinyin(text)`, characters without a reading kept as they are: from the shipped
    table (text/pinyintable.py) when it can tell, else from pypinyin itself."""
    if not _TABLE:
        table = read_table()
        _TABLE.append(table if table is not None and table.version == romanizer_version() else None)
    found = lazy_pinyin(_TABLE[0], text) if _TABLE[0] is not None else None
    return found if found is not None else _lazy_pinyin()(text, errors=lambda chars: [chars])


def pinyin(text: str) -> str:
    """`回民区` -> `huiminqu`: the syllables run together; what is not Chinese is kept as it is."""
    return "".join(_readings(text))


def slugify(text: str) -> str:
    """Lower case, every run of other characters than a-z and 0-9 one hyphen, none at the ends."""
    return _NON_ALNUM.sub("-", text.lower()).strip("-")


def short_hash(text: str, length: int = 6) -> str:
    """A stable short hex digest of `text` (same on every machine and run)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


_SLUGS: dict[str, str] = {}  # pinyin_slug's results in this process (and those `learn_slugs` was given)


def pinyin_slug(name: str) -> str:
    """`双报到` -> `shuang-bao-dao`; `1+N红蜂驿站` -> `1-n-hong-feng-yi-zhan`. Empty if nothing is left."""
    found = _SLUGS.get(name)
    if found is None:
        found = _SLUGS[name] = _pinyin_slug(name)
    return found


def known_slugs() -> dict[str, str]:
    """Every name pinyin_slug romanized in this process, with its slug (for a build cache to keep)."""
    return dict(_SLUGS)


def learn_slugs(slugs: dict[str, str]) -> None:
    """Take `pinyin_slug` results kept from an earlier run of the same code and pypinyin
    (`romanizer_version`), so that a build whose names were all seen before never imports pypinyin."""
    _SLUGS.update((k, v) for k, v in slugs.items() if isinstance(k, str) and isinstance(v, str))


def romanizer_version() -> str:
    """The installed pypinyin's version (without importing it): a cache of slugs is valid for one version."""
    from builder.util.versions import installed_version

    return installed_version("pypinyin") or "none"


def _pinyin_slug(name: str) -> str:
    text = unicodedata.normalize("NFKC", name)
    words = _readings(text)
    slug = slugify("-".join(words))
    if len(slug) > MAX_LEN:
        slug = slug[:MAX_LEN].rstrip("-")
    return slug


def assign_slugs(names: Iterable[str]) -> dict[str, str]:
    """A unique ASCII slug for each name. Names whose pinyin clashes (homophones) all get a hash suffix,
    so a name's slug depends only on which names share its pinyin, never on the order they come in."""
    by_slug: dict[str, list[str]] = defaultdict(list)
    for name in sorted(set(names)):
        by_slug[pinyin_slug(name) or "x"].append(name)
    result: dict[str, str] = {}
    for slug, group in by_slug.items():
        if len(group) == 1 and slug != "x":
            result[group[0]] = slug
        else:
            for name in group:
                result[name] = f"{slug}-{short_hash(name)}"
    return result


def place_pinyin(text: str) -> str:
    """`长阳` -> `changyang`, `锡林郭勒` -> `xilinguole`: pinyin with the readings place names have
    (`_PLACE_READINGS`: a character opening the name, a word anywhere in it)."""
    for at in range(len(text)):
        word = next((w for w in _PLACE_WORDS if text.startswith(w, at)), None)
        if word is not None:
            head = place_pinyin(text[:at]) if at else ""
            return head + _PLACE_READINGS[word] + place_pinyin(text[at + len(word) :])
    syllables = _readings(text)
    if text[:1] in _PLACE_READINGS:
        syllables[0] = _PLACE_READINGS[text[:1]]
    return "".join(syllables)


def romanize_place(name: str) -> str:
    """`赛马场北路社区` -> `saimachangbeilu-community`; `黔东南苗族侗族自治州` -> `qiandongnan-prefecture`."""
    name = name.strip()
    for suffix, english in _PLACE_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = _ETHNIC.sub("", name[: -len(suffix)]) or name[: -len(suffix)]
            stem = stem[:-1] if stem.endswith("族") else stem
            return f"{slugify(place_pinyin(stem))}-{english}"
    return slugify(place_pinyin(name))
