"""The search files of a narrow edit (issue 16): the last build's, patched for the edited documents alone.

builder.render.searchupdate patches the search files of an incremental build from every document of the
site (10 000 at N=10 000, read back from the file cache, their texts hashed and measured: ~0.3 s of CPU of
an edit). A narrow edit (builder.render.narrowbuild) knows which documents it made again; everything else
of the index is the last build's, as its state (`searchupdate._State`) records it: each document's digests,
characters, text length and rest. So the state is carried over with the made documents' entries replaced:
the shard counts follow from the characters, `meta.json`, `lengths.bin` and `rest.bin` from the lengths and
rests (`fold.txt` is every index's), the gram shards a changed text alters are patched
(`searchupdate.patched_shards`), and the result files of a changed result written. The bytes are a full
write's, as searchupdate's are (tests/render/test_search_update.py, tests/render/test_narrow_build.py).
Anything the state cannot answer (another shard count, a state not the last site's, a texts file due for
compaction) is None: the present path writes them.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import operator
from collections.abc import Collection

from builder.render import searchindex as ix
from builder.render.search import SearchDoc
from builder.render.searchupdate import (
    SearchCache,
    _digest,
    _load_state,
    _result_digest,
    _save_state,
    _State,
    _token,
    patched_shards,
)


@dataclasses.dataclass
class NarrowSearch:
    """The search files' update for the documents `docs` (by number), planned; nothing written yet."""

    cache: SearchCache
    last: _State
    state: _State
    owned: dict[int, str]  # 2 × n: the head of document n; 2 × n + 1: its text (the made documents only)
    docs: dict[int, SearchDoc]
    changed: list[int]  # the documents whose texts changed (their grams patched)

    def changes(self, site: list[str]) -> tuple[dict[str, bytes], set[str]]:
        """The search files this update writes (path under search/ -> bytes) and those of the last site it
        removes (a gram gone from a patched shard, a rest no longer made), from the paths of the last
        site's files (`site`, whole: the files of the patched shards are found by bisection in them, not
        each of the 55 000 search paths at N=10 000 looked at)."""
        assert self.cache.old_site is not None
        old = self.cache.old_site / "search"
        texts = self.cache.state.parent / self.last.texts
        rewritten: set[tuple[int, int]] = set()
        made = dict(patched_shards(self.owned, self.last, self.changed, texts, old, rewritten))
        state = self.state
        made.update(ix.meta_files_of(state.lengths, state.rest, state.shards, state.token))
        remade = set()  # the result files of the documents whose result is written again
        for number, doc in sorted(self.docs.items()):
            if (
                self.last.results[number] != state.results[number]
                or self.last.owned[number] != state.owned[number]
            ):
                remade.update((f"r/{number}.json", f"r/{number}.txt"))
                made.update(ix.result_files(number, doc))
        shards = {f"g{size}/{shard}" for size, shard in rewritten}
        found = {path[7:] for path in _of_shards(site, shards, "search/") if ix.is_index_file(path[7:])}
        gone = {f"search/{path}" for path in found | remade if path not in made}
        return {f"search/{path}": data for path, data in made.items() if data is not None}, gone

    def save(self) -> None:
        """Save the state of the patched files (the made documents' texts appended to the texts file)."""
        _save_state(self.cache, self.state, self.owned, self.changed)


def _shard(path: str) -> str:
    """'g2/17' for a gram file's path (`g2/17.bin`, `g2/17-….bin`: searchindex.external_name); any other
    path up to its first dot."""
    return path.partition(".")[0].partition("-")[0]


def _of_shards(paths: Collection[str], shards: set[str], prefix: str = "") -> set[str]:
    """The paths of `paths` that are `prefix` followed by a path whose `_shard` is one of `shards`: each
    the shard itself or it followed by "-" or "." (both sort before "/"), so among the sorted paths from
    the shard to the shard and "/"."""
    ordered = paths if isinstance(paths, list) and is_sorted(paths) else sorted(paths)
    found = set()
    cut = len(prefix)
    for shard in shards:
        start = bisect.bisect_left(ordered, prefix + shard)
        end = bisect.bisect_left(ordered, prefix + shard + "/")
        found.update(path for path in ordered[start:end] if _shard(path[cut:]) == shard)
    return found


def is_sorted(paths: list[str]) -> bool:
    """Whether `paths` is in sorted order (a stamp's paths are)."""
    return all(map(operator.le, paths, itertools.islice(paths, 1, None)))


def narrow_search(docs: dict[int, SearchDoc], cache: SearchCache) -> NarrowSearch | None:
    """The update of the last build's search files (`cache.old_site`'s, as `cache.state` records them)
    for the documents `docs` (by number: every other document is the last build's), or None when the
    state cannot make it."""
    if cache.old_site is None:
        return None
    last = _load_state(cache.state)
    count = len(last.owned) if last is not None else 0
    if (
        last is None
        or not last.texts
        or not (len(last.chars) == len(last.lengths) == len(last.rest) == count)
    ):
        return None
    if any(not 0 <= number < count for number in docs):
        return None
    try:
        meta = (cache.old_site / "search" / "meta.json").read_text(encoding="utf-8")
        texts = (cache.state.parent / last.texts).stat().st_size
    except OSError:
        return None
    live = sum(head + text for _, head, text in last.spans)
    if f'"state":"{last.token}"' not in meta or texts > 3 * live + (1 << 20):
        return None  # (a texts file due for compaction: searchupdate._save_state writes it whole)
    owned: dict[int, str] = {}
    state = dataclasses.replace(
        last,
        owned=list(last.owned),
        results=list(last.results),
        spans=list(last.spans),
        chars=list(last.chars),
        lengths=list(last.lengths),
        rest=list(last.rest),
    )
    for number, doc in docs.items():
        head, text = ix.owned_texts([doc])
        owned[2 * number], owned[2 * number + 1] = head, text
        state.owned[number], state.results[number] = _digest(head, text), _result_digest(doc)
        state.chars[number], state.lengths[number] = len(head) + len(text), len(doc.text)
        state.rest[number] = ix.has_rest(doc)
    state.shards = ix.shard_counts_of(sum(state.chars))
    if state.shards != last.shards:
        return None
    state.token = _token(state.owned, state.results, state.shards)
    changed = sorted(number for number in docs if state.owned[number] != last.owned[number])
    return NarrowSearch(cache, last, state, owned, docs, changed)
