"""The word segmenter behind `builder.text.tokens`: jieba's algorithm with the project's user dictionary.

`rjieba` (jieba-rs) when it is installed, otherwise `jieba`. Both are given the same words with the same
frequencies (each word's `suggest_freq`, as jieba's own `add_word` does), and jieba's total is corrected
where it double-counts a re-added word, so the two give identical tokens (tests/text/test_tokens.py).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from typing import Any

_DEFAULT_TAKEN = False  # has an Engine taken rjieba's own default segmenter yet?
_TAKE_LOCK = threading.Lock()


def _rust_segmenter() -> Any:
    """A fresh rjieba segmenter with jieba's dictionary, or None without rjieba. Importing rjieba already
    builds one (its module-level default, ~0.3 s of dictionary loading) that nothing else in the project
    uses: the first Engine takes that one instead of loading the dictionary a second time; later Engines
    (another vocabulary, `digest serve`) get their own."""
    global _DEFAULT_TAKEN
    try:
        import rjieba
    except ImportError:
        return None
    with _TAKE_LOCK:
        default = getattr(rjieba, "_DEFAULT_JIEBA", None)
        if not _DEFAULT_TAKEN and default is not None:
            _DEFAULT_TAKEN = True
            return default
    return rjieba.Jieba()


class Engine:
    """The segmenter with the user dictionary added (`words`: word and part-of-speech tag)."""

    def __init__(self, words: Iterable[tuple[str, str]], prefer_rust: bool = True) -> None:
        self.name = "jieba"
        self._lock = threading.Lock()
        self._pos: Any = None
        engine: Any = None
        if prefer_rust:
            engine = _rust_segmenter()
            self.name = "rjieba" if engine is not None else "jieba"
        if engine is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            engine = jieba.Tokenizer()
            engine.initialize()
        for word, tag in words:
            if self.name == "rjieba":
                engine.add_word(word, None, tag)
            else:
                # jieba's add_word adds the new frequency to the total without taking the old one off
                # (jieba-rs does both); correcting it keeps the two engines' tokens identical.
                old = engine.FREQ.get(word, 0) or 0
                engine.add_word(word, engine.suggest_freq(word, False), tag)
                engine.total -= old
        self._engine = engine

    def cut(self, text: str) -> list[str]:
        if self.name == "rjieba":  # read-only and releases the GIL: threads cut in parallel
            return self._engine.cut(text)
        with self._lock:
            return list(self._engine.cut(text))

    def known(self, word: str) -> bool:
        """Is `word` in the dictionary (not made up by the HMM: such words are often names)?"""
        with self._lock:
            if self.name == "rjieba":
                return bool(self._engine.has_word(word))
            return bool(self._engine.FREQ.get(word))

    def tag(self, word: str) -> list[tuple[str, str]]:
        """Part-of-speech tags (jieba's tag set) of `word` segmented on its own."""
        with self._lock:
            if self.name == "rjieba":
                return [(w, t) for w, t in self._engine.tag(word, True)]
            if self._pos is None:
                import jieba.posseg

                self._pos = jieba.posseg.POSTokenizer(self._engine)
            return [(p.word, p.flag) for p in self._pos.cut(word)]
