"""A gram's encoded records in the search index, read and patched (the incremental build's search files,
builder.render.searchupdate, and a narrow edit's, searchnarrow).

The records of a gram, as `searchindex` writes them: the number of documents n, then n id gaps, n head
counts, n text counts (varints); for 3-grams, then each document's position steps (head + text counts of
them, varints), in id order. A patch decodes the columns to find the documents, encodes the changed rows
alone and copies the bytes of the others (tests/render/test_search_update.py: the bytes of the records
written whole).
"""

from __future__ import annotations

import numpy as np

from builder.render import searchindex as ix
from builder.render.search import read_varint

Change = tuple[int, int, np.ndarray] | None  # (head count, text count, position steps); None: gram gone


def decode_varints(data: bytes) -> np.ndarray:
    """Every varint of `data`, vectorized: one gather per byte of the widest (most are one or two bytes)."""
    raw = np.frombuffer(data, np.uint8)
    ends = np.flatnonzero(raw < 128)
    if ends.size == raw.size:  # every value below 128
        return raw.astype(np.int64)
    starts = np.empty_like(ends)
    starts[0], starts[1:] = 0, ends[:-1] + 1
    width = ends - starts + 1
    values = (raw[starts] & 127).astype(np.int64)
    for k in range(1, int(width.max())):
        longer = np.flatnonzero(width > k)
        values[longer] |= (raw[starts[longer] + k] & 127).astype(np.int64) << (7 * k)
    return values


def patch_records(data: bytes, size: int, changes: dict[int, Change]) -> bytes:
    """A gram's encoded records with the records of some documents replaced (doc id -> new record or
    None), encoded exactly as `searchindex` writes them; empty when no document is left. The columns (ids,
    head and text counts) are decoded to find the documents, but only the changed rows are encoded again:
    the bytes of the rows between them are copied as they are (but the id gap of the first row after a
    change), and so are the positions of the other documents (a common 3-gram holds those of thousands:
    encoding its columns again was most of an edit's search files, ~0.25 s at N=10 000)."""
    n, first = read_varint(data, 0) if data else (0, 0)
    raw = np.frombuffer(data, np.uint8)
    # the end of each of the 3 × n column varints (most are one byte: the first 3 bytes of each looked at)
    ends = np.flatnonzero(raw[first : first + 9 * n] < 128)
    if ends.size < 3 * n:
        ends = np.flatnonzero(raw[first:] < 128)
    ends = ends[: 3 * n] + (first + 1)
    columns_end = int(ends[-1]) if n else first

    def start(k: int) -> int:  # (of the k-th column varint)
        return int(ends[k - 1]) if k else first

    values = decode_varints(data[first:columns_end]) if n else np.zeros(0, np.int64)
    docs = np.cumsum(values[:n])
    counts = values[n : 2 * n] + values[2 * n : 3 * n]  # each document's positions
    places = sorted((doc, int(np.searchsorted(docs, doc))) for doc in changes)
    occurrences = position_ends = np.zeros(0, np.int64)
    if size == 3:  # each changed row's first position, and the end of every position up to the last one
        occurrences = np.concatenate([[0], np.cumsum(counts)])
        needed = max((int(occurrences[min(i + 1, n)]) for _doc, i in places), default=0)
        found = np.flatnonzero(raw[columns_end : columns_end + 3 * needed + 16] < 128)
        if found.size < needed:
            found = np.flatnonzero(raw[columns_end:] < 128)
        position_ends = found + (columns_end + 1)

    def start_of(k: int) -> int:
        """The byte where the k-th position starts (the end of the data for k = every position)."""
        return int(position_ends[k - 1]) if k else columns_end

    ids: list[bytes] = []
    heads: list[bytes] = []
    texts: list[bytes] = []
    steps: list[bytes] = []
    state = {"last id": 0, "rows": 0}

    def copy(a: int, b: int) -> None:
        """The old rows a … b - 1, as they are but the id gap of the first."""
        if a >= b:
            return
        ids.append(ix.varint(int(docs[a]) - state["last id"]))
        ids.append(data[int(ends[a]) : int(ends[b - 1])])
        heads.append(data[start(n + a) : int(ends[n + b - 1])])
        texts.append(data[start(2 * n + a) : int(ends[2 * n + b - 1])])
        state["last id"], state["rows"] = int(docs[b - 1]), state["rows"] + b - a

    last, at = 0, 0  # the first old document and position not yet copied
    for doc, i in places:
        change = changes[doc]
        present = i < n and int(docs[i]) == doc
        copy(last, i)
        if change:
            ids.append(ix.varint(doc - state["last id"]))
            heads.append(ix.varint(int(change[0])))
            texts.append(ix.varint(int(change[1])))
            state["last id"], state["rows"] = doc, state["rows"] + 1
        if size == 3:
            steps.append(data[start_of(at) : start_of(int(occurrences[i]))])
            steps.append(ix.varints(change[2])[0].tobytes() if change else b"")
            at = int(occurrences[i + 1] if present else occurrences[i])
        last = i + 1 if present else i
    copy(last, n)
    if not state["rows"]:
        return b""
    if size == 3:
        steps.append(data[start_of(at) :])
    return ix.varint(state["rows"]) + b"".join(ids + heads + texts + steps)
