"""The search index of an incremental build: only the files an edit changes are written again.

Every build leaves, beside the site, the state of its search index (`SearchCache.state`): a digest of each
document's grams' texts (head and text) and of its result file, and those texts themselves (appended to a
side file, `<state>.<token>.texts`, so that a build reads back only the old texts of the documents that
changed).
The next build, when it may keep the last site's pages (`digest build` decides) and has the same number of
documents and of shards, and the last site's `meta.json` names this state, patches:

- per gram size, the grams whose records a changed document alters (its old texts' records against the new
  ones, `searchindex._records` on that document alone) are patched in their shards: the document's record
  taken out and the new one put in, in id order, re-encoded; a shard holding none is kept as it is;
- `r/<id>.json` (and `.txt`) of a document whose result changed; `meta.json`, `lengths.bin` and `rest.bin`
  always.

Anything else (documents added or removed, so that ids shift; another shard count; a missing or foreign
state) is a full write (`searchindex.build_search_files`). Either way the files are byte for byte what a full
build writes (tests/render/test_incremental.py, tests/render/test_search_update.py).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from builder.render import searchindex as ix
from builder.render.search import VERSION, SearchDoc, read_varint

STATE_VERSION = 1
MAX_CHANGED = 64  # documents changed at once beyond which a full write is quicker
Change = tuple[int, int, np.ndarray] | None  # (head count, text count, position steps); None: gram gone


@dataclass(frozen=True)
class SearchCache:
    """Where the search state lives, and the folder of the last site when this build may patch it."""

    state: Path
    old_site: Path | None = None


def search_cache(cache_folder: Path, out_dir: Path, *, incremental: bool) -> SearchCache:
    """The search state in the build's file cache (`content.filecache.cache_folder`, one per builder code)
    for the site `out_dir`, whose search files may be patched when `incremental` (the build may keep the
    last build's pages)."""
    return SearchCache(Path(cache_folder) / "search" / "state.pickle", Path(out_dir) if incremental else None)


@dataclass
class _State:
    token: str
    shards: list[int]
    owned: list[bytes]  # per document: digest of its head and text
    results: list[bytes]  # per document: digest of its result file
    spans: list[tuple[int, int, int]]  # per document: (offset in the texts file, head bytes, text bytes)
    texts: str = ""  # name of the texts file (beside the state)


def _digest(*parts: str) -> bytes:
    """A digest of the strings (UTF-16: a copy, not a transcoding, of most Chinese text)."""
    return hashlib.blake2b("\0".join(parts).encode("utf-16-le", "surrogatepass"), digest_size=16).digest()


def _result_digest(doc: SearchDoc) -> bytes:
    """A digest of what r/<id>.json and .txt hold; the snippet text, usually the start of the text, is
    hashed only when it is not (a result is written again when this or the text's digest changed)."""
    snippet = doc.snippet or doc.text
    same = doc.text.startswith(snippet)
    return _digest(doc.url, doc.title, doc.meta, f"\1{len(snippet)}" if same else snippet)


def _token(owned: list[bytes], results: list[bytes], shards: list[int]) -> str:
    h = hashlib.blake2b(repr(shards).encode(), digest_size=16)
    for a, b in zip(owned, results, strict=True):
        h.update(a + b)
    return h.hexdigest()


def _load_state(path: Path) -> _State | None:
    try:
        with open(path, "rb") as handle:
            saved = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError):
        return None
    if not isinstance(saved, dict) or saved.get("version") != (STATE_VERSION, VERSION):
        return None
    state = saved.get("state")
    return state if isinstance(state, _State) else None


def _old_texts(path: Path, span: tuple[int, int, int]) -> list[str]:
    with open(path, "rb") as handle:
        handle.seek(span[0])
        data = handle.read(span[1] + span[2])
    return [
        data[: span[1]].decode("utf-8", "surrogatepass"),
        data[span[1] :].decode("utf-8", "surrogatepass"),
    ]


def _save_state(cache: SearchCache, state: _State, owned: list[str], changed: list[int] | None) -> None:
    """Append the changed documents' texts to the texts file (all of them to a new one after a full write,
    or when the file holds over three times what is live), then write the state and remove stale texts."""
    folder = cache.state.parent
    folder.mkdir(parents=True, exist_ok=True)
    texts = folder / state.texts if state.texts else None
    live = sum(head + text for _, head, text in state.spans)
    fresh = (
        changed is None or texts is None or not texts.exists() or texts.stat().st_size > 3 * live + (1 << 20)
    )
    if fresh:  # a new file, moved into place whole
        changed, texts = list(range(len(state.owned))), folder / f"{cache.state.name}.{state.token}.texts"
    assert texts is not None and changed is not None
    target = texts.with_name(texts.name + ".tmp") if fresh else texts
    with open(target, "wb" if fresh else "ab") as handle:
        at = handle.seek(0, os.SEEK_END)
        for doc in changed:
            head, text = (s.encode("utf-8", "surrogatepass") for s in owned[2 * doc : 2 * doc + 2])
            handle.write(head + text)
            state.spans[doc] = (at, len(head), len(text))
            at += len(head) + len(text)
    if fresh:
        os.replace(target, texts)
    state.texts = texts.name
    temp = cache.state.with_name(cache.state.name + ".tmp")
    temp.write_bytes(pickle.dumps({"version": (STATE_VERSION, VERSION), "state": state}, protocol=5))
    os.replace(temp, cache.state)
    for stale in folder.glob(f"{cache.state.name}.*.texts"):
        if stale.name != texts.name:
            stale.unlink(missing_ok=True)


def _doc_records(texts: list[str], doc: int, size: int) -> dict[int, tuple[int, int, np.ndarray]]:
    """gram key -> (head count, text count, position steps) of one document's `size`-grams."""
    keys, owners, positions = ix._grams(texts, size, 2 * doc)
    if not keys.size:
        return {}
    order = np.argsort(keys, kind="stable")
    first, flat, marks = ix._records(keys[order], owners[order], positions[order], size)
    out = {}
    for key, a, b in zip(first.tolist(), marks[:-1].tolist(), marks[1:].tolist(), strict=True):
        out[key] = (int(flat[a + 2]), int(flat[a + 3]), flat[a + 4 : b].copy())
    return out


def _changes(old: list[str], new: list[str], doc: int, size: int) -> dict[int, Change]:
    """gram key -> the document's new record (None: it no longer has the gram), where it differs."""
    before, after = _doc_records(old, doc, size), _doc_records(new, doc, size)
    out: dict[int, Change] = {}
    for key in before.keys() | after.keys():
        a, b = before.get(key), after.get(key)
        if a is None or b is None or a[:2] != b[:2] or not np.array_equal(a[2], b[2]):
            out[key] = b
    return out


def decode_varints(data: bytes) -> np.ndarray:
    """Every varint of `data`, vectorized (values below 2**53)."""
    raw = np.frombuffer(data, np.uint8)
    if not raw.size:
        return np.zeros(0, np.int64)
    last = raw < 128
    value_of = np.r_[0, np.cumsum(last[:-1])]
    starts = np.r_[0, np.flatnonzero(last)[:-1] + 1]
    shift = (np.arange(raw.size) - starts[value_of]) * 7
    weights = (raw & 127).astype(np.float64) * np.exp2(shift)
    return np.bincount(value_of, weights=weights).astype(np.int64)


def patch_records(data: bytes, size: int, changes: dict[int, Change]) -> bytes:
    """A gram's encoded records with the records of some documents replaced (doc id -> new record or
    None), re-encoded exactly as `searchindex` writes them; empty when no document is left."""
    values = decode_varints(data) if data else np.zeros(1, np.int64)
    n = int(values[0])
    docs = np.cumsum(values[1 : 1 + n])
    heads, texts = values[1 + n : 1 + 2 * n], values[1 + 2 * n : 1 + 3 * n]
    steps = values[1 + 3 * n :] if size == 3 else np.zeros(0, np.int64)
    for doc, change in sorted(changes.items()):
        i = int(np.searchsorted(docs, doc))
        present = i < docs.size and docs[i] == doc
        if size == 3:
            at = int((heads[:i] + texts[:i]).sum())
            end = at + (int(heads[i] + texts[i]) if present else 0)
            steps = np.concatenate([steps[:at], change[2] if change else steps[:0], steps[end:]])
        skip = i + 1 if present else i
        extra = [[doc], [change[0]], [change[1]]] if change else [[], [], []]
        docs, heads, texts = (
            np.concatenate([col[:i], np.array(more, np.int64), col[skip:]])
            for col, more in zip((docs, heads, texts), extra, strict=True)
        )
    if not docs.size:
        return b""
    flat = np.concatenate([[docs.size], np.diff(docs, prepend=0), heads, texts, steps])
    return ix.varints(flat)[0].tobytes()


def _directory(data: bytes, size: int) -> tuple[list[tuple[int, int, int]], int]:
    """((key, bytes of records, external) of every gram of a shard, where its inline records start)."""
    count, at = read_varint(data, 0)
    grams = []
    for _ in range(count):
        key = 0
        for _ in range(size):
            code, at = read_varint(data, at)
            key = (key << ix._BITS) | code
        spec, at = read_varint(data, at)
        grams.append((key, spec >> 1, spec & 1))
    return grams, at


# A gram of a shard being patched: (length of its records, their bytes, or None for the last site's file
# `old_name`, kept as it is)
_Gram = tuple[int, bytes | None, str]


def _shard(
    old: Path, size: int, n: int, grams: list[tuple[int, _Gram]]
) -> Iterator[tuple[str, bytes | None]]:
    """The shard file of the grams (key, gram) in key order, and its external records, as `searchindex`
    writes them; an external gram whose records stay is kept (path, None)."""
    mask = (1 << ix._BITS) - 1
    entries, inline = [len(grams)], []
    for key, (length, records, old_name) in grams:
        external = length > ix.EXTERNAL_BYTES
        entries += [(key >> (ix._BITS * (size - 1 - k))) & mask for k in range(size)]
        entries.append(2 * length + external)
        if records is None and not external:
            records = (old / old_name).read_bytes()
        if external:
            yield ix.external_name(size, n, key), records
        else:
            inline.append(records)
    yield f"g{size}/{n}.bin", ix.varints(np.array(entries, np.int64))[0].tobytes() + b"".join(inline)


def patch_shard(
    old: Path, size: int, n: int, changes: dict[int, dict[int, Change]]
) -> Iterator[tuple[str, bytes | None]]:
    """The files of shard n of the `size`-grams with `changes` (gram key -> doc id -> change) applied to
    the last site's (under `old`, the last site's search/ folder)."""
    data = (old / f"g{size}/{n}.bin").read_bytes()
    directory, at = _directory(data, size)
    grams: dict[int, _Gram] = {}
    for key, length, external in directory:
        if external:
            grams[key] = (length, None, ix.external_name(size, n, key))
        else:
            grams[key] = (length, data[at : at + length], "")
            at += length
    for key, docs in changes.items():
        length, records, name = grams.get(key, (0, b"", ""))
        records = patch_records(records if records is not None else (old / name).read_bytes(), size, docs)
        if records:
            grams[key] = (len(records), records, "")
        else:
            grams.pop(key, None)
    yield from _shard(old, size, n, sorted(grams.items()))


def _kept_files(old: Path, rewritten: set[tuple[int, int]]) -> Iterator[tuple[str, None]]:
    """(path, None) for every gram file of the last site that belongs to no rewritten shard."""
    for size in (1, 2, 3):
        for entry in os.scandir(old / f"g{size}"):
            shard = int(entry.name.split(".")[0].split("-")[0])
            if (size, shard) not in rewritten:
                yield f"g{size}/{entry.name}", None


def _patched(
    docs: list[SearchDoc], owned: list[str], state: _State, changed: list[int], texts: Path, old: Path
) -> Iterator[tuple[str, bytes | None]]:
    """Every search file, the unchanged ones as (path, None)."""
    rewritten: set[tuple[int, int]] = set()
    for size, count in enumerate(state.shards, 1):
        by_shard: dict[int, dict[int, dict[int, Change]]] = {}
        for doc in changed:
            before = _old_texts(texts, state.spans[doc])
            for key, change in _changes(before, owned[2 * doc : 2 * doc + 2], doc, size).items():
                shard = int(ix._shards_of(np.array([key], np.uint64), size, count)[0])
                by_shard.setdefault(shard, {}).setdefault(key, {})[doc] = change
        for shard, changes in sorted(by_shard.items()):
            rewritten.add((size, shard))
            yield from patch_shard(old, size, shard, changes)
    yield from _kept_files(old, rewritten)


def _plan(cache: SearchCache | None, owned_digests: list[bytes], shards: list[int]) -> _State | None:
    """The last build's state when this build may patch its search files, else None."""
    if cache is None or cache.old_site is None:
        return None
    state = _load_state(cache.state)
    if state is None or len(state.owned) != len(owned_digests) or state.shards != shards:
        return None
    try:
        meta = (cache.old_site / "search" / "meta.json").read_text(encoding="utf-8")
    except OSError:
        return None
    return state if f'"state":"{state.token}"' in meta else None


def search_files(
    docs: list[SearchDoc], cache: SearchCache | None = None
) -> Iterator[tuple[str, bytes | None]]:
    """(path under search/, bytes or None to keep the last site's file) for every search file, patched from
    the last build's where `cache` allows, and the state for the next build saved. The bytes are always a
    full write's (`searchindex.build_search_files`)."""
    owned = ix.owned_texts(docs)
    shards = ix.shard_counts(owned)
    owned_digests = [_digest(owned[2 * i], owned[2 * i + 1]) for i in range(len(docs))]
    results = [_result_digest(doc) for doc in docs]
    token = _token(owned_digests, results, shards)
    state = _plan(cache, owned_digests, shards)
    changed = None
    if state is not None:
        changed = [i for i, (a, b) in enumerate(zip(state.owned, owned_digests, strict=True)) if a != b]
    if state is None or changed is None or len(changed) > MAX_CHANGED:
        yield from ix.build_search_files(docs, token)
        changed, spans = None, [(0, 0, 0)] * len(docs)
    else:
        assert cache is not None and cache.old_site is not None
        texts = cache.state.parent / state.texts
        yield from ix.meta_files(docs, shards, token)
        yield from _patched(docs, owned, state, changed, texts, cache.old_site / "search")
        for doc_id, doc in enumerate(docs):
            same = state.results[doc_id] == results[doc_id] and state.owned[doc_id] == owned_digests[doc_id]
            if not same:
                yield from ix.result_files(doc_id, doc)
                continue
            yield f"r/{doc_id}.json", None
            if len(doc.snippet or doc.text) >= ix.SNIPPET_CHARS:
                yield f"r/{doc_id}.txt", None
        spans = list(state.spans)
    if cache is not None:
        texts = state.texts if state is not None else ""
        _save_state(cache, _State(token, shards, owned_digests, results, spans, texts), owned, changed)
