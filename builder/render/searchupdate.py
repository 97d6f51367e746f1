"""The search index of an incremental build: only the files an edit changes are written again.

Every build leaves, beside the site, the state of its search index (`SearchCache.state`): a digest of each
document's grams' texts (head and text) and of its result file, and those texts themselves (appended to a
side file, `<state>.<token>.texts`, so that a build reads back only the old texts of the documents that
changed).
The next build, when it may keep the last site's pages (`digest build` decides) and has the same number of
documents and of shards, and the last site's `meta.json` names this state, patches:

- per gram size, the grams whose records a changed document alters (its old texts' records against the new
  ones, `searchgrams.records` on that document alone) are patched in their shards: the document's record
  taken out and the new one put in, in id order, re-encoded; a shard holding none is kept as it is;
- `r/<id>.json` (and `.txt`) of a document whose result changed; `meta.json`, `lengths.bin`, `rest.bin` and
  `fold.txt` always.

Anything else (documents added or removed, so that ids shift; another shard count; a missing or foreign
state) is a full write (`searchindex.build_search_files`). Either way the files are byte for byte what a full
build writes (tests/render/test_incremental.py, tests/render/test_search_update.py).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from builder.render import searchgrams
from builder.render import searchindex as ix
from builder.render.search import VERSION, SearchDoc, read_varint, shard_of
from builder.render.searchrecords import Change, decode_varints, patch_records

STATE_VERSION = 2  # 2: with each document's characters, text length and rest (searchnarrow)
MAX_CHANGED = 64  # documents changed at once beyond which a full write is quicker


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
    # per document: the characters of its head and text, its text's length, whether it has a rest (meta_files)
    chars: list[int] = field(default_factory=list)
    lengths: list[int] = field(default_factory=list)
    rest: list[bool] = field(default_factory=list)


def _digest(*parts: str) -> bytes:
    """A digest of the strings (UTF-16: a copy, not a transcoding, of most Chinese text)."""
    return hashlib.blake2b("\0".join(parts).encode("utf-16-le", "surrogatepass"), digest_size=16).digest()


def _result_digest(doc: SearchDoc) -> bytes:
    """A digest of what r/<id>.json and .txt hold; the snippet text, usually the start of the text, is
    hashed only when it is not (a result is written again when this or the text's digest changed)."""
    snippet = doc.snippet or doc.text
    same = doc.text.startswith(snippet)
    return _digest(doc.url, doc.title, doc.meta, f"\1{len(snippet)}" if same else snippet)


# the documents of the last call by identity, each with its digests (SearchDoc is frozen): digest serve keeps
# the documents of unchanged pages from one build to the next, and they are not hashed again
_LAST: dict[int, tuple[SearchDoc, bytes, bytes]] = {}


def _doc_digests(docs: list[SearchDoc], owned: list[str]) -> tuple[list[bytes], list[bytes]]:
    """The digest of each document's texts (`owned`: head and text of each) and of its result; a document
    of the last call (the same object: digest serve's unchanged pages) is not hashed again."""
    last = dict(_LAST)
    _LAST.clear()
    for i, doc in enumerate(docs):
        found = last.get(id(doc))
        if found is None or found[0] is not doc:
            found = (doc, _digest(owned[2 * i], owned[2 * i + 1]), _result_digest(doc))
        _LAST[id(doc)] = found
    return [_LAST[id(doc)][1] for doc in docs], [_LAST[id(doc)][2] for doc in docs]


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


def _save_state(cache: SearchCache, state: _State, owned: Sequence[str], changed: list[int] | None) -> None:
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
            head, text = (owned[2 * doc + i].encode("utf-8", "surrogatepass") for i in (0, 1))
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
    """gram key -> (head count, text count, position steps) of one document's `size`-grams (`texts`: its
    head and text; its id does not change them)."""
    corpus = searchgrams.corpus_of(texts)
    starts = next(searchgrams.gram_starts(corpus, size, 1, 1))[2]
    if not starts.size:
        return {}
    part = searchgrams.records(corpus, size, 1, starts)
    out = {}
    bounds = part.bounds.tolist()
    for codes, a, b in zip(part.codes.tolist(), bounds[:-1], bounds[1:], strict=True):
        out[searchgrams.key_of(codes)] = (
            int(part.values[a + 2]),
            int(part.values[a + 3]),
            part.values[a + 4 : b],
        )
    return out


def _changes(old: list[str], new: list[str], doc: int, size: int) -> dict[int, Change]:
    """gram key -> the document's new record (None: it no longer has the gram), where it differs."""
    before, after = _doc_records(old, doc, size), _doc_records(new, doc, size)
    out: dict[int, Change] = {}
    for key in before.keys() | after.keys():
        a, b = before.get(key), after.get(key)
        if a is None or b is None or a[:2] != b[:2] or a[2].tobytes() != b[2].tobytes():
            out[key] = b
    return out


@dataclass
class _Directory:
    """The grams of a shard file in key order: their keys, whether external, where the directory entry of
    each starts (`entries[count]`: where the directory ends) and where its inline records start
    (`records[count]`: their end; an external gram's take no bytes)."""

    keys: np.ndarray
    external: np.ndarray
    entries: np.ndarray
    records: np.ndarray


def _directory(data: bytes, size: int) -> _Directory:
    """The directory of a shard file, decoded at once (its records are not)."""
    ends = np.flatnonzero(np.frombuffer(data, np.uint8) < 128) + 1  # the byte after each varint
    count = int(read_varint(data, 0)[0])
    entries = ends[0 : count * (size + 1) + 1 : size + 1]
    table = decode_varints(data[ends[0] : entries[-1]]).reshape(count, size + 1)
    keys = np.zeros(count, np.uint64)
    for k in range(size):
        keys = (keys << np.uint64(searchgrams.BITS)) | table[:, k].astype(np.uint64)
    external = (table[:, size] & 1).astype(bool)
    inline = np.where(external, 0, table[:, size] >> 1)
    return _Directory(keys, external, entries, entries[-1] + np.concatenate([[0], np.cumsum(inline)]))


def _entry(key: int, size: int, records: bytes) -> bytes:
    """A gram's directory entry: its code points, then 2 × the bytes of its records + external."""
    codes = searchgrams.codes_of(key, size)
    return b"".join(map(ix.varint, [*codes, 2 * len(records) + (len(records) > ix.EXTERNAL_BYTES)]))


def patch_shard(
    old: Path, size: int, n: int, changes: dict[int, dict[int, Change]]
) -> Iterator[tuple[str, bytes | None]]:
    """The files of shard n of the `size`-grams with `changes` (gram key -> doc id -> change) applied to
    the last site's (under `old`, the last site's search/ folder): its external records in key order (an
    unchanged one as (path, None), kept), then the shard file, as `searchindex` writes them. The entries
    and records of the grams between two changed ones are copied as they are, a run of bytes each."""
    data = (old / f"g{size}/{n}.bin").read_bytes()
    d = _directory(data, size)
    entries: list[bytes] = []
    inline: list[bytes] = []
    files = {key: None for key in d.keys[d.external].tolist()}  # external grams: key -> records (None: kept)
    count, last = d.keys.size, 0  # grams in the shard; the first old gram not yet copied
    for key, docs in sorted(changes.items()):
        i = int(np.searchsorted(d.keys, np.uint64(key)))
        present = i < d.keys.size and int(d.keys[i]) == key
        records = b""
        if present:
            external = files.pop(key, b"") is None
            records = (old / ix.external_name(size, n, key)).read_bytes() if external else b""
            records = records or data[d.records[i] : d.records[i + 1]]
        records = patch_records(records, size, docs)
        entries.append(data[d.entries[last] : d.entries[i]])
        inline.append(data[d.records[last] : d.records[i]])
        last, count = (i + 1 if present else i), count - present + bool(records)
        if records:
            entries.append(_entry(key, size, records))
            if len(records) > ix.EXTERNAL_BYTES:
                files[key] = records
            else:
                inline.append(records)
    entries.append(data[d.entries[last] : d.entries[-1]])
    inline.append(data[d.records[last] : d.records[-1]])
    for key in sorted(files):
        yield ix.external_name(size, n, key), files[key]
    yield f"g{size}/{n}.bin", ix.varint(count) + b"".join(entries) + b"".join(inline)


def _kept_files(old: Path, rewritten: set[tuple[int, int]]) -> Iterator[tuple[str, None]]:
    """(path, None) for every gram file of the last site that belongs to no rewritten shard."""
    for size in (1, 2, 3):
        for entry in os.scandir(old / f"g{size}"):
            shard = int(entry.name.split(".")[0].split("-")[0])
            if (size, shard) not in rewritten:
                yield f"g{size}/{entry.name}", None


def _patched(
    owned: Sequence[str], state: _State, changed: list[int], texts: Path, old: Path
) -> Iterator[tuple[str, bytes | None]]:
    """Every search file, the unchanged ones as (path, None)."""
    rewritten: set[tuple[int, int]] = set()
    yield from patched_shards(owned, state, changed, texts, old, rewritten)
    yield from _kept_files(old, rewritten)


def patched_shards(
    owned: Sequence[str],
    state: _State,
    changed: list[int],
    texts: Path,
    old: Path,
    rewritten: set[tuple[int, int]],
) -> Iterator[tuple[str, bytes | None]]:
    """The files of the gram shards that the `changed` documents' texts (`owned`: the head of document i
    at 2 × i, its text at 2 × i + 1) alter, patched from the last site's (`old`: its search/ folder; an
    external gram file of those shards kept as it is: (path, None)); each such shard (size, number) is
    added to `rewritten`."""
    for size, count in enumerate(state.shards, 1):
        by_shard: dict[int, dict[int, dict[int, Change]]] = {}
        for doc in changed:
            before = _old_texts(texts, state.spans[doc])
            changes = _changes(before, [owned[2 * doc], owned[2 * doc + 1]], doc, size)
            for key, change in changes.items():
                shard = shard_of("".join(map(chr, searchgrams.codes_of(key, size))), count)
                by_shard.setdefault(shard, {}).setdefault(key, {})[doc] = change
        for shard, changes in sorted(by_shard.items()):
            rewritten.add((size, shard))
            yield from patch_shard(old, size, shard, changes)


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
    owned_digests, results = _doc_digests(docs, owned)
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
        yield from _patched(owned, state, changed, texts, cache.old_site / "search")
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
        chars = [len(owned[2 * i]) + len(owned[2 * i + 1]) for i in range(len(docs))]
        lengths, rest = [len(doc.text) for doc in docs], [ix.has_rest(doc) for doc in docs]
        made = _State(token, shards, owned_digests, results, spans, texts, chars, lengths, rest)
        _save_state(cache, made, owned, changed)
