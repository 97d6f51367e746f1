"""A token's flags as a content term, and which tokens of a text keep them among their neighbours.

`Tokenizer` gives each distinct token its flags once (`token_flags`) and reads a text's tokens as one array of
them (`content_mask`). A token is a content term when it is one by itself (`Tokenizer._keepable`) and its
neighbours make it no piece of something else:

- a token right before a name's suffix is part of a proper name (金润|社区, 海校|街道, 万|通路|街道), unless it is
  a user term;
- a piece the segmenter cut from a longer word is none (builder.text.wholewords);
- a Latin word next to another (blanks skipped) is English text, not an acronym.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from builder.text.wholewords import CONTEXT_FLAGS, cut_pieces, word_flags

KEEP, SUFFIX, USER, LATIN, BLANK = 1, 2, 4, 8, 16  # token flags (wholewords' are the bits above them)
# A token right before one of these is part of a proper name (金润|社区, 海校|街道, 万|通路|街道).
_NAME_SUFFIX_TOKENS = frozenset(["社区", "街道", "村", "乡", "镇", "小区", "嘎查", "苏木", "路"])
# Latin letters in a Chinese report: an acronym set in the Chinese text says what was done (`“豫事办”APP`, 5G);
# English words do not: a lowercase word, or any Latin word next to another (a translated headline's `EASE THE
# BURDEN ON THE GRASSROOTS`, `Ten Measures to Ease Burdens`, which gave the keywords THE, the and to).
LATIN_WORD = re.compile(r"^[0-9A-Za-z'’.\-]*[A-Za-z][0-9A-Za-z'’.\-]*$")
ACRONYM = re.compile(r"^[A-Z0-9]{2,6}$")


def token_flags(
    word: str, keepable: bool, user: bool, known: Callable[[str], bool], pos: Callable[[str], str]
) -> int:
    """The flags of one distinct token: can it be a term by itself (`keepable`), is it a name's suffix, a Latin
    word, a blank, a user term, and wholewords' flags (`known`: is a word in the dictionary, `pos`: its tag)."""
    flags = (KEEP if keepable else 0) | (SUFFIX if word in _NAME_SUFFIX_TOKENS else 0)
    flags |= (LATIN if LATIN_WORD.match(word) else 0) | (BLANK if not word.strip() else 0)
    flags |= word_flags(word, known, pos, keepable and not user)
    return flags | (USER if user else 0)


def content_mask(flags: np.ndarray) -> np.ndarray:
    """Which of a text's tokens (`flags`, one per token, in order) are content terms among their neighbours."""
    before_suffix = np.zeros(flags.size, dtype=bool)
    before_suffix[:-1] = (flags[1:] & SUFFIX) > 0
    keep = ((flags & KEEP) > 0) & ~(before_suffix & ((flags & USER) == 0))
    if (flags & CONTEXT_FLAGS).any():  # pieces of a longer word (builder.text.wholewords)
        keep &= ~cut_pieces(flags, SUFFIX)
    if not (flags & LATIN).any():
        return keep
    # a Latin word whose neighbour (blanks skipped) is one too is English text, not an acronym
    words = np.flatnonzero((flags & BLANK) == 0)
    latin = (flags[words] & LATIN) > 0
    in_english = np.zeros(words.size, dtype=bool)
    in_english[1:] |= latin[:-1]
    in_english[:-1] |= latin[1:]
    keep[words[latin & in_english]] = False
    return keep
