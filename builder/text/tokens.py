"""Chinese word segmentation with the project's user dictionary, cached by content hash.

The segmenter is jieba's algorithm: `rjieba` (jieba-rs, ~20x faster) when it is installed, otherwise `jieba`;
with the same user dictionary both give identical tokens (tests/text/test_tokens.py checks it on the seeds).
The user dictionary is

- `terms.txt`: governance terms (网格党支部, 双报到 …),
- the multi-character phrases of `stopwords.txt` (党建引领 …), so they are cut whole and dropped,
- place names from `builder.places.gazetteer.place_names()`, so that 观山湖区 stays one token.
`work-verbs.txt` (商量, 入户: generic work verbs jieba files as nouns) is not in it: they are never content terms.

Both word lists are the defaults of `builder/data/` with the data folder's own files laid over them
(`builder.content.loader.read_data_words`).

The dictionary is loaded once per process and data folder (`get_tokenizer`). Tokens are cached in memory by
the SHA-256 of the text and the dictionary, and optionally on disk (`cache_dir`, one SQLite file) so that an
incremental build segments only the articles whose text changed.
"""

from __future__ import annotations

import hashlib
import json
import operator
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np

from builder.content.loader import read_data_words
from builder.places.gazetteer import place_names
from builder.text.countwords import is_count_word
from builder.text.termflags import ACRONYM, LATIN_WORD, content_mask, token_flags
from builder.text.words import Engine
from builder.util import parallel
from builder.util.parallel import ordered_map
from builder.util.paths import default_data_dir, resolved_path

TERMS_FILE = "terms.txt"
STOPWORDS_FILE = "stopwords.txt"
WORK_VERBS_FILE = "work-verbs.txt"
CACHE_FILE = "tokens.sqlite"
_CACHE_VERSION = "tokens-v2"

_WORDLIKE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# Parts of speech that never make a keyword: pronouns, adverbs, numerals, function words, adjectives,
# distinguishing words (b: 主导, 临时, 新型), idioms (i: 一目了然, 举手之劳), place words (s: 身边, 网上), time
# words, names of persons and places, and plain verbs (vn, verbal nouns, stay; so do the user's terms).
_DROP_TAG_NAMES = (
    "r rr rz d f m mq q p c u uj ul uz ug ud uv a ad ag b i s t tg nr nrt nrfg ns nsf e y o z zg x"
)
_DROP_TAGS = frozenset(_DROP_TAG_NAMES.split())
_NAME_END = "乡镇村区县市州旗"
# A unit's level said for the unit (街道, 乡镇, 村镇), the whole of one (全村, 全县, 全国) or inside it (县里): where,
# like a place's name, never what was done (乡村 with them: 农村 is a stopword).
_LEVEL_WORD = re.compile(f"^全?(?:街道|[{_NAME_END}省盟国]){{1,2}}里?$")
_SHORT_TEXT = 32  # texts up to this length are cached by their text (see Tokenizer._tokenize_short)
_SHORT_CACHE = 100_000


class Tokenizer:
    """Segmenter + user dictionary + stopwords for one data folder, with its token cache."""

    def __init__(self, data_dir: Path | None = None, cache_dir: Path | None = None, prefer_rust: bool = True):
        self.data_dir = Path(data_dir) if data_dir is not None else default_data_dir()
        terms = read_data_words(self.data_dir, TERMS_FILE)
        stop = read_data_words(self.data_dir, STOPWORDS_FILE)
        self.work_verbs: frozenset[str] = frozenset(read_data_words(self.data_dir, WORK_VERBS_FILE))
        # Two-character names (和县, 城区) are ordinary words too often; adding them would cut 社区和县直部门 wrongly.
        places = sorted({n for n in place_names() if len(n) >= 3})
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
        self._counts: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        # every distinct token seen: its id, and flags for content_terms (strings are shared through it)
        self._word_ids: dict[str, int] = {}
        self._words: list[str] = []
        self._flags = np.zeros(4096, dtype=np.uint16)
        self._prefer_rust = prefer_rust
        self._engine: Engine | None = None
        self._engine_lock = threading.Lock()
        self.fingerprint = hashlib.sha256(
            "\n".join([_CACHE_VERSION, *self.user_words, "", *sorted(self.work_verbs)]).encode("utf-8")
        ).hexdigest()
        self._memory: dict[str, tuple[str, ...]] = {}
        self._short: dict[str, tuple[str, ...]] = {}  # see _tokenize_short
        self._pool: dict[str, str] = {}
        self._db: sqlite3.Connection | None = None
        if cache_dir is not None:
            self.set_cache_dir(cache_dir)

    # ---------------------------------------------------------------------------------------- engine

    @property
    def engine_name(self) -> str:
        return self._get_engine().name

    def _get_engine(self) -> Engine:
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = Engine(self._tagged_words, self._prefer_rust)
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
        if len(text) <= _SHORT_TEXT:
            return self._tokenize_short(text)
        key = self.key(text)
        cached = self._memory.get(key)
        if cached is None:
            self._tokenize_keyed([(key, text)])
            cached = self._memory[key]
        return cached

    def _tokenize_short(self, text: str) -> tuple[str, ...]:
        """The tokens of a short text (the ingest's line joins cut thousands of 12-character windows): kept by
        the text itself, not hashed, never on disk, and forgotten all at once past _SHORT_CACHE texts, so
        that a 50 MB page does not keep one entry per line."""
        found = self._short.get(text)
        if found is None:
            if len(self._short) >= _SHORT_CACHE:
                self._short.clear()
            found = self._short[text] = self._shared(self._get_engine().cut(text))
        return found

    def _tokenize_keyed(self, keyed: Sequence[tuple[str, str]], workers: int = 0) -> None:
        """Put the tokens of every (key, text) in the memory cache: from the disk cache, or by cutting."""
        todo: dict[str, str] = {}
        for key, text in keyed:
            if key in self._memory or key in todo:
                continue
            if self._db is not None:
                row = self._db.execute("SELECT tokens FROM tokens WHERE key = ?", (key,)).fetchone()
                if row is not None:
                    self._memory[key] = self._shared(json.loads(row[0]))
                    continue
            todo[key] = text
        if not todo:
            return
        engine = self._get_engine()

        def cut(text: str) -> tuple[str, ...]:
            return self._shared(engine.cut(text))  # shared at once: a big batch never holds copies

        count = workers or min(4, os.cpu_count() or 1) if len(todo) >= 64 else 1
        if count > 1 and engine.name == "rjieba":
            with ThreadPoolExecutor(count) as pool:
                self._memory.update(zip(todo, pool.map(cut, todo.values()), strict=True))
        else:
            self._memory.update((key, cut(text)) for key, text in todo.items())
        if self._db is not None:
            self._db.executemany(
                "INSERT OR REPLACE INTO tokens (key, tokens) VALUES (?, ?)",
                [(key, json.dumps(self._memory[key], ensure_ascii=False)) for key in todo],
            )
            self._db.commit()

    def _shared(self, tokens: Iterable[str]) -> tuple[str, ...]:
        """The tokens as a tuple whose equal strings are one object (a big corpus has few distinct words)."""
        pool = self._pool
        return tuple(map(pool.setdefault, tokens, tokens))

    def is_term(self, token: str) -> bool:
        """A token that can be a keyword: two characters or more, a word, not a count or time (`is_count_word`: 三个,
        三楼, 人次, 每季度), not a stopword."""
        return (
            len(token) >= 2
            and token not in self.stopwords
            and _WORDLIKE.search(token) is not None
            and not is_count_word(token)
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

    def content_terms(self, text: str) -> tuple[str, ...]:
        """The terms that say what an article is about (for keywords and similarity): `terms_of` without
        places, persons, fragments of proper names (金润 of 金润社区), verbs and adjectives. User terms always
        count."""
        words = self._words
        return tuple(words[i] for i in self._content_ids(self.key(text), text).tolist())

    def term_counts(self, text: str, key: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """`content_terms` as (term ids, counts), ids ascending; cached by content hash. The ids are this
        tokenizer's for the life of the process; `term_text` gives the term back."""
        key = key or self.key(text)
        found = self._counts.get(key)
        if found is None:
            found = self._counts[key] = _count(self._content_ids(key, text))
        return found

    def forget_counts(self) -> None:
        """Drop the term counts kept by content hash (`term_counts`), for a process that will not ask for
        them again (a one-shot build, once its cross-links are made: ~37 MB at N=10 000)."""
        self._counts.clear()

    def term_counts_many(self, texts: Sequence[str]) -> list[tuple[np.ndarray, np.ndarray]]:
        """`term_counts` of many texts. The new ones are cut and counted in forked worker processes when
        there are many (rjieba holds the GIL while it builds its result, so threads do not help); their
        tokens are not kept, only the counts."""
        keys = [self.key(t) for t in texts]
        todo = [(k, t) for k, t in dict(zip(keys, texts, strict=True)).items() if k not in self._counts]
        engine = self._get_engine()  # loaded once, before the workers fork
        if len(todo) < parallel.MIN_ITEMS:  # counted here (ordered_map would not fork): by id, not by text
            for key, text in todo:
                self._counts[key] = _count(self._ids_of(engine.cut(text)))
            return [self._counts[k] for k in keys]
        for (key, _), (words, counts) in zip(
            todo, ordered_map(_count_job, [t for _, t in todo], shared=self, chunksize=16), strict=True
        ):
            ids = self._ids_of_words(words)
            order = np.argsort(ids)
            self._counts[key] = (ids[order], counts[order])
        return [self._counts[k] for k in keys]

    def _count_terms(self, text: str) -> tuple[list[str], np.ndarray]:
        """(content terms, how often each occurs) of a text, as text: ids do not travel between processes."""
        ids, counts = _count(self._ids_of(self._get_engine().cut(text)))
        words = self._words
        return [words[i] for i in ids.tolist()], counts

    def _ids_of_words(self, words: Sequence[str], *, sort_new: bool = False) -> np.ndarray:
        """Vocabulary ids of `words`, in order, looked up in one C call. Words not yet in the vocabulary get
        ids in the order they come, or in code point order with `sort_new`."""
        known = self._word_ids
        distinct = set(words)
        if not known.keys() >= distinct:
            new = distinct.difference(known)
            for word in sorted(new) if sort_new else [w for w in dict.fromkeys(words) if w in new]:
                self._add_word(word)
        if len(words) < 2:
            return np.array([known[w] for w in words], dtype=np.int64)
        return np.fromiter(operator.itemgetter(*words)(known), dtype=np.int64, count=len(words))

    def term_text(self, term_id: int) -> str:
        return self._words[term_id]

    def terms_text(self, term_ids: np.ndarray) -> tuple[str, ...]:
        """`term_text` of each of `term_ids`, in order."""
        return tuple(map(self._words.__getitem__, term_ids.tolist()))

    def _content_ids(self, key: str, text: str) -> np.ndarray:
        """Vocabulary ids of the content terms of a text, in order (arrays, so long texts stay fast)."""
        return self._ids_of(self._memory.get(key) or self.tokenize(text))

    def _ids_of(self, tokens: Sequence[str]) -> np.ndarray:
        """Vocabulary ids of the content terms among `tokens`, in order."""
        index = self._ids_of_words(tokens, sort_new=True)
        return index[content_mask(self._flags[index])]

    def _add_word(self, word: str) -> None:
        """Give a token its vocabulary id and flags (can it be a term, is it a name suffix, a user term)."""
        word_id = len(self._words)
        self._words.append(word)
        self._word_ids[word] = word_id
        if word_id >= self._flags.size:
            self._flags = np.concatenate([self._flags, np.zeros(self._flags.size, dtype=np.uint16)])
        self._flags[word_id] = token_flags(
            word, self._keepable(word), word in self.terms, self.known, self.pos
        )

    def known(self, word: str) -> bool:
        """Is `word` in the dictionary (not a word the HMM made up: those are often names)?"""
        return word in self.terms or word in self.places or self._get_engine().known(word)

    def _keepable(self, tok: str) -> bool:
        """The per-token part of `content_terms` (the context rule is applied there)."""
        if not self.is_term(tok) or tok in self.places or tok in self.work_verbs or _LEVEL_WORD.match(tok):
            return False
        if LATIN_WORD.match(tok) and not ACRONYM.match(tok):
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


def _count_job(text: str) -> tuple[list[str], np.ndarray]:
    return parallel.state()._count_terms(text)


def _count(ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(distinct ids ascending, how often each occurs as float64): `np.unique(..., return_counts=True)` by
    sorting, which is faster for the short arrays of one text."""
    ordered = np.sort(ids)
    if not ordered.size:
        return ordered, np.zeros(0, dtype=np.float64)
    first = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    return ordered[first], np.diff(np.r_[first, ordered.size]).astype(np.float64)


_TOKENIZERS: dict[Path, Tokenizer] = {}
_TOKENIZERS_LOCK = threading.Lock()


def get_tokenizer(data_dir: Path | None = None) -> Tokenizer:
    """The process-wide tokenizer for a data folder (default: `default_data_dir()`); built once."""
    path = resolved_path(os.getcwd(), str(data_dir)) if data_dir is not None else default_data_dir()
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
