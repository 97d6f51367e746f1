"""The editable lists of practices.py and the key names are compared by: `practice-stopwords.txt` (quoted
strings that are never practices) and `practice-aliases.yaml` (variant -> name, which the site's glossary uses
too), both in builder/data/ and extended by content/_data/; `name_key` (no inner quotes, ASCII digits and +,
no spaces) and `normalise` (a name as printed, without its quote marks)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from builder.content.loader import practice_aliases, read_data_words, read_data_yaml
from builder.extract.practice_signs import WHITESPACE
from builder.text.widths import ASCII_WIDTH
from builder.util.paths import DEFAULT_DATA_DIR

__all__ = ["DEFAULT_STOPWORDS", "alias_keys", "default_aliases", "load_stopwords", "name_key", "normalise"]

DEFAULT_STOPWORDS = DEFAULT_DATA_DIR / "practice-stopwords.txt"
ALIASES_FILE = "practice-aliases.yaml"

_INNER = re.compile(r"[“”‘’「」『』\"\\]")
_SPACES = re.compile(r"[ \t\u3000]*\n[ \t\u3000\n]*|[ \t\u3000]+")
# ＋, ０-９, Ａ-Ｚ, ａ-ｚ; other full-width punctuation (（）) stays as printed
_FULLWIDTH = {**ASCII_WIDTH, 0xFF0B: 0x2B}


def load_stopwords(path: Path | str = DEFAULT_STOPWORDS) -> frozenset[str]:
    """The editable list of quoted strings that are never practices: the default list with the one at `path`
    laid over it (`read_data_words`: `-word` removes one; not UTF-8: UnicodeDecodeError). Read afresh on
    every call, so an edit is seen by the next ingest."""
    path = Path(path)
    return _parse(tuple(read_data_words(path.parent, path.name)))


@cache
def _parse(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(name_key(word) for word in words)


def name_key(text: str) -> str:
    return WHITESPACE.sub("", normalise(text))


def normalise(text: str) -> str:
    text = _INNER.sub("", text).translate(_FULLWIDTH)
    return _SPACES.sub(lambda m: "" if "\n" in m.group(0) else " ", text).strip()


def default_aliases() -> dict[str, str]:
    """variant -> name of the default practice-aliases.yaml (builder/data/)."""
    return _default_aliases()


@cache
def _default_aliases() -> dict[str, str]:
    return practice_aliases(read_data_yaml(None, ALIASES_FILE))


def alias_keys(aliases: Mapping[str, str]) -> dict[str, str]:
    return {name_key(variant): name for variant, name in aliases.items()}
