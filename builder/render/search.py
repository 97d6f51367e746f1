"""Offline Chinese full-text search, decided from the index: the query side (`query`, the mirror of
theme/static/search.js) and the names both sides share. `render/searchindex.py` writes the index.

A term of one to three characters is looked up as one gram, with its count per document. A longer term is
covered by 3-grams at fixed offsets (`cover`: 0, 3, 6 … and the last three characters); a document holds
the term at position p exactly when every covering gram occurs at p + its offset, so recall is exact for any
substring and no document text is fetched to decide it. Results rank by how many terms hit the head (title
and named practices), then by density (occurrences per character of text), then by document order.

Texts and queries are read through one fold (`normalize`, which search.js and searchgrams mirror): full-width
ASCII as ASCII, letters in lower case, the ideographic space as a space, and each Traditional character as its
simplified one (ingest's table, `traditionalchars.simplified`: `黨員` and `党员` are one term), one for one, so that
a position in the folded text is one in the printed text. search.js reads the Traditional pairs from
`search/fold.txt` (`fold_file`), fetched with the first query holding a character the fold may change.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from builder.ingest.traditionalchars import readings

VERSION = 6  # 5: Traditional characters folded as simplified ones; 6: a vertical mark as its reading folded (︐ -> ,)
SHARD_HASH = 65599


@dataclass(frozen=True, init=False)
class SearchDoc:
    """What the search holds of one page. The snippet text is kept once: as a length when it is the start of
    `text` (the article's body is: searchdocs.search_text), as its own string only otherwise (a page without
    a body: its summary), so that a document (and the file cache's copy of all of them) holds the article
    once, not twice."""

    url: str  # site-relative, e.g. "initiatives/<slug>/"
    title: str
    meta: str  # the place, shown under the title in results
    text: str  # everything the page shows about the initiative, whitespace collapsed
    head: str  # title and named practices: hits here rank first (the title when empty)
    snippet_chars: int  # the snippet text is text[:snippet_chars] (0: none given, the text); -1: own_snippet
    own_snippet: str  # the snippet text when it is not the start of `text`

    def __init__(self, url: str, title: str, meta: str, text: str, head: str = "", snippet: str = "") -> None:
        """`snippet`: the article's own text, which result snippets are cut from (the text when empty)."""
        starts = text.startswith(snippet)
        for name, value in (
            ("url", url), ("title", title), ("meta", meta), ("text", text), ("head", head),
            ("snippet_chars", len(snippet) if starts else -1), ("own_snippet", "" if starts else snippet),
        ):  # fmt: skip
            object.__setattr__(self, name, value)

    @property
    def snippet(self) -> str:
        """The text result snippets are cut from, as given ("": the text)."""
        return self.own_snippet if self.snippet_chars < 0 else self.text[: self.snippet_chars]


FOLD_FILE = "fold.txt"  # under search/: the pairs of `fold_pairs` (`fold_file`)
FOLD_FROM = 0x3400  # every character `fold_pairs` changes is at or above it (search.js fetches the file then)


def _width_and_case() -> dict[int, int]:
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    for code, target in list(table.items()):
        if 0x41 <= target <= 0x5A:
            table[code] = target + 0x20
    table.update({code: code + 0x20 for code in range(0x41, 0x5B)})
    return table


@functools.cache
def fold_pairs() -> tuple[tuple[int, int], ...]:
    """(printed, read) code points of the characters the fold reads as others, in code point order: the
    Traditional characters and a Japanese font's halfwidth marks of `traditionalchars.simplified`'s table
    (黨 -> 党, ｢ -> 「), less the rare ones whose reading lies beyond the BMP (㑮 -> 𫝈: two UTF-16 units in
    search.js where the printed one is one unit), which are searched as printed."""
    width = (
        _width_and_case()
    )  # a reading the width fold changes again (︐ -> ， -> ,) is read folded at once,
    # so that the printed mark and its reading fold alike on both sides (search.js folds a character once)
    return tuple(
        sorted(
            (ord(char), width.get(ord(read), ord(read)))
            for char, read in readings().items()
            if ord(read) <= 0xFFFF
        )
    )


@functools.cache
def fold_table() -> dict[int, int]:
    """The fold as a translation table (code point -> code point; what it leaves out reads as itself)."""
    table = _width_and_case()
    table.update(fold_pairs())
    return table


def normalize(text: str) -> str:
    """Length-preserving fold shared with search.js: full-width ASCII -> ASCII, A-Z -> a-z, U+3000 -> space, a
    Traditional character -> its simplified one (`fold_pairs`: `黨員` -> `党员`)."""
    return text.translate(fold_table())


def fold_file() -> bytes:
    """search/fold.txt, what search.js folds Traditional characters with: each printed character of
    `fold_pairs` followed by its reading, in code point order, in UTF-8 (the same bytes for the same OpenCC)."""
    return "".join(chr(printed) + chr(read) for printed, read in fold_pairs()).encode("utf-8")


def shard_of(gram: str, shards: int) -> int:
    """The shard (of `shards` for grams of its length) that holds a gram of one to three characters."""
    value = 0
    for char in gram:
        value = (value * SHARD_HASH + ord(char)) % shards
    return value


def cover(size: int) -> list[int]:
    """Offsets of the 3-grams that cover a term of `size` ≥ 3 characters: 0, 3, 6 … and size - 3."""
    return sorted(set(range(0, size - 3, 3)) | {size - 3})


def query_terms(query: str) -> list[str]:
    return [t for t in normalize(query).split() if t]


def read_varint(data: bytes, at: int) -> tuple[int, int]:
    """The LEB128 varint at `at` and the offset after it."""
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 127) << shift
        if byte < 128:
            return value, at
        shift += 7


def read_varints(data: bytes) -> list[int]:
    """Every varint of `data`."""
    out, at = [], 0
    while at < len(data):
        value, at = read_varint(data, at)
        out.append(value)
    return out


def gram_records(load: Callable[[str], bytes], shards: list[int], gram: str) -> bytes:
    """The encoded records of one gram (empty when no document has it): found in the directory of its
    shard, inline or in the gram's own file (named by its code points in hex)."""
    size = len(gram)
    shard = shard_of(gram, shards[size - 1])
    data = load(f"g{size}/{shard}.bin")
    count, at = read_varint(data, 0)
    wanted = [ord(char) for char in gram]
    found, inline = None, 0
    for _ in range(count):
        codes = []
        for _ in range(size):
            code, at = read_varint(data, at)
            codes.append(code)
        spec, at = read_varint(data, at)
        if codes == wanted:
            found = (inline, spec >> 1, spec & 1)
        if not spec & 1:
            inline += spec >> 1
    if found is None:
        return b""
    offset, length, external = found
    if external:
        return load(f"g{size}/{shard}-{'-'.join(f'{code:x}' for code in wanted)}.bin")
    return data[at + offset : at + offset + length]


# A gram's postings: doc id -> (head positions or count, text positions or count)
Postings = dict[int, tuple[list[int], list[int]]]


def _runs(values: list[int], at: int, count: int) -> tuple[list[int], int]:
    out, total = [], 0
    for step in values[at : at + count]:
        total += step
        out.append(total)
    return out, at + count


def postings(load: Callable[[str], bytes], shards: list[int], gram: str) -> Postings:
    """The records of one gram; 1- and 2-grams carry counts only (as lists of that many zeros)."""
    values = read_varints(gram_records(load, shards, gram))
    if not values:
        return {}
    n = values[0]
    docs, heads, texts = values[1 : 1 + n], values[1 + n : 1 + 2 * n], values[1 + 2 * n : 1 + 3 * n]
    out: Postings = {}
    doc, at = 0, 1 + 3 * n
    for step, in_head, in_text in zip(docs, heads, texts, strict=True):
        doc += step
        if len(gram) < 3:
            out[doc] = ([0] * in_head, [0] * in_text)
            continue
        head, at = _runs(values, at, in_head)
        text, at = _runs(values, at, in_text)
        out[doc] = (head, text)
    return out


def _matches(starts: list[int], offsets: list[int], others: list[set[int]]) -> int:
    return sum(all(p + o in s for o, s in zip(offsets, others, strict=True)) for p in starts)


def term_hits(load: Callable[[str], bytes], shards: list[int], term: str) -> dict[int, tuple[int, int]]:
    """doc id -> (occurrences in the head, in the text) for every document whose text holds the term."""
    if len(term) <= 3:
        found = postings(load, shards, term)
        return {doc: (len(head), len(text)) for doc, (head, text) in found.items() if text}
    offsets = cover(len(term))
    lists = [postings(load, shards, term[o : o + 3]) for o in offsets]
    hits: dict[int, tuple[int, int]] = {}
    for doc in sorted(set(lists[0]).intersection(*lists[1:])):
        counts = [
            _matches(lists[0][doc][side], offsets[1:], [set(gl[doc][side]) for gl in lists[1:]])
            for side in (0, 1)
        ]
        if counts[1]:
            hits[doc] = (counts[0], counts[1])
    return hits


def query(load: Callable[[str], bytes], text: str) -> list[int]:
    """Doc ids matching every term of `text`, best first. `load(path)` returns the bytes of a search/ file."""
    terms = query_terms(text)
    if not terms:
        return []
    meta = json.loads(load("meta.json"))
    scores: dict[int, tuple[int, int]] | None = None
    for term in terms:
        hits = term_hits(load, meta["shards"], term)
        if scores is None:
            scores = {doc: (int(head > 0), count) for doc, (head, count) in hits.items()}
        else:
            scores = {
                doc: (s[0] + (hits[doc][0] > 0), s[1] + hits[doc][1])
                for doc, s in scores.items()
                if doc in hits
            }
    lengths = read_varints(load("lengths.bin"))
    ranked = sorted(
        (scores or {}).items(), key=lambda kv: (-kv[1][0], -Fraction(kv[1][1], max(1, lengths[kv[0]])), kv[0])
    )
    return [doc for doc, _ in ranked]
