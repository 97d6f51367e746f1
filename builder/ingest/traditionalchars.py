"""The one reading of a printed character as its mainland simplified form, one for one, for the rules' words only.

The rules' words are simplified (`党员`, `区`, `万`, “…”, 、): a page printed in Traditional characters (a Hong Kong
paper's `深圳市福田區華強北街道`, a headline `沙縣區“小吃夜校”培訓進村` on a simplified page, counting words `3萬餘人`,
`7個社區`) or set in a Japanese font that maps the quote marks and the enumeration comma to their halfwidth forms
(`｢老街坊帮帮团｣`, `独居､高龄`), or set vertically in the vertical presentation forms of its marks (`︐` `︒`
`﹁红色民宿联盟﹂`), is read with each such character as the simplified one. `simplified` keeps the text's
length, so positions found in the reading hold in the printed text, which is what is written out (headlinewraps,
extract/numbers, extract/fields read with it; extract/fields maps what the extractors quote back to print:
`print_forms`). The site's search reads a text and a query with the same table (render/search.py `normalize`), so
that `党员` finds a Traditional article's `黨員` and `黨員` a simplified one's `党员`.

The Traditional -> Simplified table is OpenCC's (the `opencc` package: the character conversions of its `t2s`, `hk2s`
and `tw2s` configurations, one character at a time, so that no phrase rule changes a text's length), built on first
use. A character GB2312 holds is a simplified text's own and is read as printed (乾县, 著名: OpenCC would make them
干, 着), except 後 and 徵, which a simplified text prints only in names and a Traditional one in every other sentence;
so is a character an official place name prints (於潜镇, 濛江乡, 氾水镇: `PLACE_CHARACTERS`, which a test keeps
complete against the gazetteer), so that the place is found in either reading.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import sys
from collections import Counter
from pathlib import Path
from types import CodeType
from typing import Any

from builder.util.paths import DEFAULT_DATA_DIR

# The halfwidth CJK marks of a Japanese font (U+FF61-FF65) read as the full-width marks a mainland page prints;
# so are the vertical presentation forms of a page set vertically (U+FE10-FE19, FE30-FE48: `︐` `︒` `︑` `︓`
# `﹁红色民宿联盟﹂`), one for one (NFKC would make ︐ a halfwidth comma).
_HALFWIDTH = {"｡": "。", "｢": "「", "｣": "」", "､": "、", "･": "·"}
_VERTICAL = dict(
    zip(
        "︐︑︒︓︔︕︖︗︘︙︱︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈",
        "，、。：；！？〖〗…—（）｛｝〔〕【】《》〈〉「」『』［］",
        strict=True,
    )
)
_CONFIGS = ("t2s", "hk2s", "tw2s")
_READ_ANYWAY = "後徵"  # GB2312 holds them, a simplified text prints them only in names
# Printed by the official names of townships (builder/data/townships.txt.xz): read as printed.
PLACE_CHARACTERS = "塚於氾洩濛磑篢鴜"
_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))  # CJK ext. A, unified, compatibility


def _simplified_text(char: str) -> bool:
    if char in PLACE_CHARACTERS:
        return True
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return char not in _READ_ANYWAY


# the table as an earlier run of the same code and OpenCC made it (`learn_readings`), taken instead of OpenCC's
_KEPT: dict[str, str] = {}

# The table shipped with the package, made by this module's code with one OpenCC (`write_shipped_table`), so
# that a cold build or ingest does not convert 21 000 characters with OpenCC (~0.05 s of every process that
# reads a page or folds the search's texts); used only while its key (`shipped_key`) still holds.
SHIPPED = DEFAULT_DATA_DIR / "readings.json"


def shipped_key() -> str:
    """What the table is made from: the code that makes it (`_converted_table`, `_simplified_text`), the
    character lists it reads, OpenCC's version and Python's (whose GB2312 codec decides a simplified text's
    own characters). The module's other functions (`simplified`, `print_forms`) can change without it."""
    lists = (
        _RANGES,
        PLACE_CHARACTERS,
        _READ_ANYWAY,
        _CONFIGS,
        sorted(_HALFWIDTH.items()),
        sorted(_VERTICAL.items()),
    )
    digest = hashlib.sha256(repr(lists).encode("utf-8"))
    for function in (_converted_table, _simplified_text):
        _feed_code(digest, function.__code__)
    digest.update(f"\0{readings_version()}\0{sys.version_info[0]}.{sys.version_info[1]}".encode())
    return digest.hexdigest()


def _feed_code(digest: Any, code: CodeType) -> None:
    """A function's code into `digest`: its bytecode, names and constants, its comprehensions' too (not where
    its lines are)."""
    digest.update(code.co_code + repr(code.co_names).encode("utf-8"))
    for const in code.co_consts:
        if isinstance(const, CodeType):
            _feed_code(digest, const)
        else:
            digest.update(repr(const).encode("utf-8"))


def _shipped_table() -> dict[str, str] | None:
    """The shipped table (in the order OpenCC's conversion made it), or None when it is missing or out of date."""
    try:
        shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(shipped, dict) or shipped.get("key") != shipped_key():
        return None
    pairs = shipped.get("pairs")
    if not isinstance(pairs, str) or len(pairs) % 2:
        return None
    return dict(zip(pairs[::2], pairs[1::2], strict=True))


def write_shipped_table(path: Path = SHIPPED) -> int:
    """Write the table OpenCC makes now to `path` with its key (`python -m builder.ingest.traditionalchars`);
    returns its number of characters."""
    table = _converted_table()
    pairs = "".join(char + read for char, read in table.items())
    text = json.dumps({"key": shipped_key(), "pairs": pairs}, ensure_ascii=False, indent=0)
    Path(path).write_text(text + "\n", encoding="utf-8")
    return len(table)


@functools.cache
def _table() -> dict[str, str]:
    """Each character OpenCC reads as another single character, minus a simplified text's own: kept from an
    earlier run, else shipped, else converted now."""
    if _KEPT:
        return dict(_KEPT)
    return _shipped_table() or _converted_table()


def _converted_table() -> dict[str, str]:
    """`_table` as OpenCC converts it in this process."""
    chars = [
        chr(code) for low, high in _RANGES for code in range(low, high) if not _simplified_text(chr(code))
    ]
    import opencc  # (imported on first use: a build that reads no page never needs it)

    table: dict[str, str] = {}
    for config in _CONFIGS:  # one character a line: no phrase spans two
        read = opencc.OpenCC(config).convert("\n".join(chars)).split("\n")
        if len(read) != len(chars):
            continue  # (a library whose conversion joined lines: its table is not one for one)
        for char, simple in zip(chars, read, strict=True):
            if simple != char and len(simple) == 1:
                table.setdefault(char, simple)
    table.update(_HALFWIDTH)
    table.update(_VERTICAL)
    return table


@functools.cache
def _translation() -> tuple[dict[int, str], re.Pattern[str]]:
    table = _table()
    return str.maketrans(table), re.compile("[" + re.escape("".join(table)) + "]")


def readings() -> dict[str, str]:
    """Every character `simplified` reads otherwise, and the character it reads (a copy of its table: the site's
    search folds with it, render/search.py `fold_pairs`)."""
    return dict(_table())


def readings_version() -> str:
    """The installed OpenCC's version (without importing it): a kept table is valid for one version."""
    from builder.util.versions import installed_version

    return installed_version("opencc") or "none"


def learn_readings(table: dict[str, str]) -> None:
    """Take the table `readings` gave in an earlier run of the same code and OpenCC (`readings_version`), so
    that a build that folds its search texts with it (render/search.py) does not convert the 28 000 CJK
    characters with OpenCC again (~0.06 s of a one-edit build at N=10 000). Nothing once the table is made."""
    if not _table.cache_info().currsize:
        _KEPT.update((k, v) for k, v in table.items() if isinstance(k, str) and isinstance(v, str))


def readings_made() -> bool:
    """Whether this process has the table (made or learned)."""
    return _table.cache_info().currsize > 0


def has_traditional(text: str) -> bool:
    """Whether `text` holds a character `simplified` reads otherwise."""
    return _translation()[1].search(text) is not None


def simplified(text: str) -> str:
    """`text` with its Traditional characters and halfwidth marks read as simplified ones, one for one
    (`黨員帶頭` -> `党员带头`, `｢双报到｣` -> `「双报到」`)."""
    translation, anything = _translation()
    return text.translate(translation) if anything.search(text) else text


def print_forms(printed: str) -> dict[int, str]:
    """What `simplified(printed)` changed, back to print: a translation table taking each character the reading
    changed to the form `printed` prints it in most often (a Traditional text's `海上网格` -> `海上網格`; `「老街坊帮帮团`
    -> `｢老街坊帮帮团`); empty when the reading changed nothing. A simplified character the text prints as itself
    more often than in another form (发 beside one 髮) stays."""
    read = simplified(printed)
    if read == printed:
        return {}
    forms: dict[str, Counter[str]] = {}
    for simple, char in zip(read, printed, strict=True):
        if simple != char:
            forms.setdefault(simple, Counter())[char] += 1
    back: dict[str, str] = {}
    for simple, counts in forms.items():
        form, count = counts.most_common(1)[0]
        if count > printed.count(simple):
            back[simple] = form
    return str.maketrans(back)


if __name__ == "__main__":
    print(f"{write_shipped_table()} readings written to {SHIPPED}")
