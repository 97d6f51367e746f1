"""Regular expressions built from word lists, the way extract/ writes its vocabularies."""

from __future__ import annotations


def alternation(words: str) -> str:
    """`"机制 模式 工作法"` -> `工作法|机制|模式`: the words of a whitespace-separated list as one regex
    alternation, each once, longest first (so that a word wins over its own prefix)."""
    return "|".join(sorted(set(words.split()), key=len, reverse=True))
