"""Word boundaries of a Chinese text, from the project's segmenter (`builder.text.tokens`).

`word_ends(text)` is the set of positions where a word ends, so that a rule cutting a text at a character
(a preposition 从, 在, 有 at the start of a label) can check that the character is a word of its own
and not the first character of a longer word (从业人员, 在职党员, 有效管理).
"""

from __future__ import annotations

from itertools import accumulate

from builder.text.tokens import get_tokenizer, tokenize

__all__ = ["known_word", "starts_with_word", "word_across", "word_ends"]


def word_ends(text: str) -> frozenset[int]:
    """Positions (0 < i <= len(text)) where one of the segmenter's words ends."""
    return frozenset(accumulate(len(token) for token in tokenize(text)))


def starts_with_word(text: str, word: str) -> bool:
    """Does `text` begin with `word` as a whole word (从 社区: yes; 从业人员: no)?"""
    return text.startswith(word) and len(word) in word_ends(text)


def known_word(word: str) -> bool:
    """Is `word` in the segmenter's dictionary (the default words, terms.txt, places), not made up?"""
    return get_tokenizer().known(word)


def word_across(before: str, after: str) -> tuple[str, str] | None:
    """The dictionary word (never one the segmenter made up) that runs across the join of `before` and
    `after`, as its two pieces (`…村党支部书` + `记把村民…` -> (书, 记)), or None."""
    tokenizer = get_tokenizer()  # once: the ingest asks this for every line join
    position = len(before)
    end = 0
    for token in tokenizer.tokenize(before + after):
        start, end = end, end + len(token)
        if start < position < end:
            return (token[: position - start], token[position - start :]) if tokenizer.known(token) else None
    return None
