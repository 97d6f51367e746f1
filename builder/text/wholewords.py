"""Whole words only: a keyword is a word the text says whole, never a piece the segmenter cut from a longer one.

jieba cuts a name it does not know into pieces, and numbered slogans into a numeral with one character. Read
over each token's neighbours (`termflags.content_mask` passes one flag word per token):

- a numeral with what it counts (一村 of 一村一策, 一码 of “一码通”, 一键 of 一键呼叫) is a term only where
  the text quotes it whole (“三岗”) or the dictionary has it (`number_led`: a user term, 两新组织 两企三新 两委, or
  a word of jieba's dictionary of three characters or more, 二维码);
- a two-character word of a place's unit (家村 of 兰家村, 关镇 of 龙泉关镇) right after a name (a word the
  dictionary does not have, 镇兰, or one it tags a name, 龙泉, 吴) is the tail of that name (城乡, 家乡, 村寨 after a
  verb or a noun stay, and so does 村寨, units both);
- a word the dictionary does not have, followed by one character that closes a name (喀赞 of 喀赞其街道, 下党 of
  “下党红”: the character before a unit word or a closing quote) is the head of a name.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from builder.text.numerals import COUNT_NUMERALS

# token flags of these rules (termflags' own are the low five bits)
NUMBER_LED = 1 << 5  # a numeral with what it counts, not a dictionary word: kept only quoted whole
OPEN_QUOTE = 1 << 6
CLOSE_QUOTE = 1 << 7
PLACE_TAIL = 1 << 8  # one character and a unit (家村, 关镇)
NAME_LIKE = 1 << 9  # a word not in the dictionary, or a name by its tag (龙泉 nz, 云台 ns)
UNKNOWN = 1 << 10  # not in the dictionary (a word jieba's HMM made up)
LONE = 1 << 11  # one Chinese character
CONTEXT_FLAGS = NUMBER_LED | PLACE_TAIL | UNKNOWN

_OPENING = frozenset("“‘「『\"'")
_CLOSING = frozenset("”’」』\"'")
_PLACE_UNITS = "村镇乡屯寨"
_NAME_TAGS = ("ns", "nr", "nz")


def number_led(word: str, known: bool, user_term: bool) -> bool:
    """A numeral with what it counts (一村, 一码, 三岗, 一年多来), not a term of the dictionary."""
    if word[0] not in COUNT_NUMERALS or user_term:
        return False
    return not (known and len(word) >= 3)


def word_flags(word: str, known: Callable[[str], bool], tag: Callable[[str], str], candidate: bool) -> int:
    """The flags of one token for `cut_pieces` (`known`: is a word in the dictionary, `tag`: its part of speech;
    `candidate`: could the token be a keyword, not being a user term, which is always whole)."""
    flags = (OPEN_QUOTE if word in _OPENING else 0) | (CLOSE_QUOTE if word in _CLOSING else 0)
    if not word or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return flags
    if len(word) < 2:  # one character: a surname or a name's character (吴 of 吴家村) is a name
        return flags | LONE | (NAME_LIKE if tag(word)[:2] in _NAME_TAGS else 0)
    in_dictionary = known(word)
    flags |= NAME_LIKE if not in_dictionary or tag(word)[:2] in _NAME_TAGS else 0
    if not candidate:
        return flags
    if number_led(word, in_dictionary, False):
        flags |= NUMBER_LED
    if len(word) == 2 and word[1] in _PLACE_UNITS and word[0] not in _PLACE_UNITS:
        flags |= PLACE_TAIL
    return flags | (0 if in_dictionary else UNKNOWN)


def cut_pieces(flags: np.ndarray, name_suffix: int) -> np.ndarray:
    """Which tokens are pieces of a longer word (`flags` one per token; `name_suffix`: the flag of 街道, 社区…)."""
    before = np.zeros_like(flags)
    after = np.zeros_like(flags)
    after2 = np.zeros_like(flags)
    before[1:] = flags[:-1]
    after[:-1] = flags[1:]
    after2[:-2] = flags[2:]
    unquoted = ((before & OPEN_QUOTE) == 0) | ((after & CLOSE_QUOTE) == 0)
    numbered = ((flags & NUMBER_LED) > 0) & unquoted
    tail = ((flags & PLACE_TAIL) > 0) & ((before & NAME_LIKE) > 0)
    head = ((flags & UNKNOWN) > 0) & ((after & LONE) > 0) & ((after2 & (CLOSE_QUOTE | name_suffix)) > 0)
    return numbered | tail | head
