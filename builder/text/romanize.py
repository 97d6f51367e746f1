"""ASCII URL slugs for Chinese names (named practices, functional zones): pinyin, with a hash on clashes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from pypinyin import lazy_pinyin

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
MAX_LEN = 60


def short_hash(text: str, length: int = 6) -> str:
    """A stable short hex digest of `text` (same on every machine and run)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def pinyin_slug(name: str) -> str:
    """`双报到` -> `shuang-bao-dao`; `1+N红蜂驿站` -> `1-n-hong-feng-yi-zhan`. Empty if nothing is left."""
    text = unicodedata.normalize("NFKC", name)
    words = lazy_pinyin(text, errors=lambda chars: [chars])
    slug = _NON_ALNUM.sub("-", "-".join(words).lower()).strip("-")
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
