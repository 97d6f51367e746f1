"""pypinyin's readings shipped compact, so that romanizing names need not import pypinyin (~0.5 s).

`builder/data/pinyin-table.txt.gz` holds what `lazy_pinyin(name)` (Style.NORMAL) reads: every character's
first reading and every phrase's readings, already in that style, with pypinyin's version and its pattern
of Chinese characters. `lazy_pinyin` here repeats pypinyin's steps on it: the name cut into runs of Chinese
characters and runs of others (kept whole), each Chinese run cut by forward maximum matching against the
phrases; a phrase takes its readings, any other character its own. A name with a character the table does
not know, or an installed pypinyin of another version, gets None: the caller asks pypinyin itself.
`python -m builder.text.pinyintable` writes the table from the installed pypinyin
(tests/text/test_pinyintable.py compares the two on real names and random text).
"""

from __future__ import annotations

import gzip
import re
import sys
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from builder.util.paths import DEFAULT_DATA_DIR

TABLE_PATH = DEFAULT_DATA_DIR / "pinyin-table.txt.gz"


SEP = "\x1f"  # between the phrases of a line (phrases are made of printed characters only)
UNKNOWN = "?"  # the readings of a phrase the table does not give (pypinyin is asked)


class SortedReadings:
    """Keys in code point order with their readings, looked up by bisection: what a dict of them would
    answer (`get`, `in`, iteration over the keys), without a dict's hash table and string objects of every
    key (`chars` keeps its keys as one string). A key is a prefix of some key when the first key not
    below it starts with it (`has_prefix`: the keys that start with it come together, from there)."""

    __slots__ = ("keys", "readings")

    def __init__(self, keys: Sequence[str], readings: list[str]) -> None:
        if len(keys) != len(readings):
            raise ValueError(f"{len(keys)} keys, {len(readings)} readings")
        self.keys = keys  # sorted (write_table writes them so)
        self.readings = readings

    def get(self, key: str, default: str | None = None) -> str | None:
        at = bisect_left(self.keys, key)
        return self.readings[at] if at < len(self.keys) and self.keys[at] == key else default

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        at = bisect_left(self.keys, key)
        return at < len(self.keys) and self.keys[at] == key

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys)

    def __len__(self) -> int:
        return len(self.keys)

    def has_prefix(self, prefix: str) -> bool:
        at = bisect_left(self.keys, prefix)
        return at < len(self.keys) and self.keys[at].startswith(prefix)


@dataclass(frozen=True)
class PinyinTable:
    version: str  # the pypinyin version the readings come from
    hans: re.Pattern[str]  # pypinyin's pattern of a run of Chinese characters
    chars: SortedReadings  # a character's first reading
    phrases: SortedReadings  # a phrase's readings, one space between two


def read_table(path: Path = TABLE_PATH) -> PinyinTable | None:
    """The table at `path`, or None when there is none. Seven lines: pypinyin's version, its pattern of
    Chinese characters, the characters (run together), their readings, the phrases, their readings, and
    every prefix of a phrase (left unread: `SortedReadings.has_prefix` answers from the sorted phrases);
    each read by one split and kept sorted, not in dicts: 0.07 s and 33 MB of a cold build's memory (its
    fresh pages cost as much system time) -> ~0.02 s and ~8 MB, for the few hundred names it romanizes."""
    try:
        lines = gzip.decompress(path.read_bytes()).split(b"\n", 6)[:6]
    except OSError:
        return None
    version, hans, chars, char_readings, phrases, phrase_readings = (line.decode("utf-8") for line in lines)
    return PinyinTable(
        version,
        re.compile(hans),
        SortedReadings(chars, char_readings.split(" ")),
        SortedReadings(phrases.split(SEP), phrase_readings.split(SEP)),
    )


def lazy_pinyin(table: PinyinTable, text: str) -> list[str] | None:
    """pypinyin's `lazy_pinyin(text, errors=lambda chars: [chars])`, or None if the table cannot tell."""
    if not text:
        return None
    found: list[str] = []
    for run in _runs(table.hans, text):
        if not table.hans.match(run):
            found.append(run)
            continue
        for word in _cut(table, run):
            readings = table.phrases.get(word)
            if readings == UNKNOWN:
                return None
            if readings is not None:
                found.extend(readings.split(" "))
                continue
            for char in word:
                reading = table.chars.get(char)
                if reading is None:
                    return None
                found.append(reading)
    return found


def _runs(hans: re.Pattern[str], text: str) -> list[str]:
    """`text` cut into runs of Chinese characters and runs of other characters."""
    runs: list[str] = []
    last: bool | None = None
    for char in text:
        chinese = bool(hans.match(char))
        if chinese is last:
            runs[-1] += char
        else:
            runs.append(char)
            last = chinese
    return runs


def _cut(table: PinyinTable, text: str) -> list[str]:
    """pypinyin's forward maximum matching (mmseg, phrases only): the longest phrase at each point, else one
    character; the match stops growing where the text stops being a prefix of some phrase."""
    words: list[str] = []
    rest = text
    while rest:
        best = 0
        end = 0
        while end < len(rest) and table.phrases.has_prefix(rest[: end + 1]):
            end += 1
            if rest[:end] in table.phrases:
                best = end
        if best:
            words.append(rest[:best])
            rest = rest[best:]
        elif end == len(rest):
            words.extend(rest)
            rest = ""
        else:
            words.append(rest[0])
            rest = rest[1:]
    return words


def write_table(path: Path = TABLE_PATH) -> int:
    """Write the table from the installed pypinyin; returns the number of entries."""
    from pypinyin import Style
    from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
    from pypinyin.core import UltimateConverter

    from builder.text.romanize import romanizer_version

    convert = UltimateConverter()

    def normal(han: str, reading: str) -> str:
        return convert.convert_style(han, orig_pinyin=reading, style=Style.NORMAL, strict=True) or ""

    chars = {chr(code): normal(chr(code), readings.split(",")[0]) for code, readings in PINYIN_DICT.items()}
    phrases: dict[str, str] = {}
    for phrase, readings in sorted(PHRASES_DICT.items()):
        if any(c in phrase for c in (SEP, "\n")):
            raise ValueError(f"pypinyin phrase {phrase!r}: a character the table uses as a separator")
        said = [normal(h, r[0]) for h, r in zip(phrase, readings, strict=False)]
        known = len(readings) == len(phrase) and all(r and " " not in r and SEP not in r for r in said)
        phrases[phrase] = " ".join(said) if known else UNKNOWN
    if any(not r or " " in r for r in chars.values()):
        raise ValueError(
            "pypinyin gives a character an empty reading or one with a space: the table cannot hold it"
        )
    keys = sorted(chars)
    prefixes = sorted({phrase[: i + 1] for phrase in phrases for i in range(len(phrase))})
    lines = [
        romanizer_version(),
        RE_HANS.pattern,
        "".join(keys),
        " ".join(chars[k] for k in keys),
        SEP.join(phrases),
        SEP.join(phrases.values()),
        SEP.join(prefixes),
    ]
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8"), compresslevel=9, mtime=0))
    return len(chars) + len(phrases)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else TABLE_PATH
    print(f"{write_table(target)} readings written to {target}")
