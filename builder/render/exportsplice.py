"""The data exports of a narrow edit (issue 16): the last site's digest.json, digest.csv and
digest-metrics.csv with the edited initiatives' text replaced in place, not made again from every
initiative's stored text (reading those, 45 MB at N=10 000, took 0.2 s of an edit's 2-3 s of CPU).

Each file is the concatenation, in site order, of every initiative's text (its digest.json line, its
digest.csv row, its digest-metrics.csv rows: builder.render.exports makes them one by one), each starting a
line. An edited initiative's old text is made again from its old Entry, its new one from the new Entry
(the cross-links and everything else a narrow edit leaves alone are the index's); the old text must stand
in the last site's file exactly once, at a line's start (and, in digest.json, end a line), and is replaced
there. So the result is the file a full build writes, byte for byte, whenever the last site's file was
(the narrow path's condition: builder.util.buildstamp checked it). Anything else raises NotSpliced, and the
present path makes the site.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from builder.render import exports


class NotSpliced(Exception):
    """An edited initiative's old text is not where a splice can replace it."""


def splice(data: bytes, old: bytes, new: bytes, ends: tuple[bytes, ...] = ()) -> bytes:
    """`data` with the text `old` replaced by `new` (`splice_all` of one pair)."""
    return splice_all(data, [(old, new)], ends)


def splice_all(data: bytes, pairs: Sequence[tuple[bytes, bytes]], ends: tuple[bytes, ...] = ()) -> bytes:
    """`data` with each text `old` of `pairs` (old, new) replaced by its `new`, all in one copy of `data`
    (one copy a pair took 0.15-0.3 s of a title edit at N=10 000: 38 initiatives' lines in 44 MB of
    exports): each `old` that is not its `new` stands in `data` once, at the start of a line (followed by one
    of `ends`, when given), and no two of them overlap. Raises NotSpliced otherwise."""
    spans: list[tuple[int, int, bytes]] = []
    moved = [(old, new) for old, new in pairs if old != new]
    if any(not old for old, _new in moved):
        raise NotSpliced("no text to replace (an initiative that had none)")
    if not moved:
        return data
    k, starts = _line_starts(data, [old for old, _new in moved])
    for old, new in moved:
        found = [at for at in starts[old[:k]] if data.startswith(old, at)]
        if len(found) != 1:
            raise NotSpliced("the old text is not in the file exactly once")
        end = found[0] + len(old)
        if ends and not data.startswith(ends, end):
            raise NotSpliced("the old text does not end a line")
        spans.append((found[0], end, new))
    view = memoryview(data)
    pieces: list[bytes | memoryview] = []
    done = 0
    for start, end, new in sorted(spans):
        if start < done:
            raise NotSpliced("two old texts overlap")
        pieces += [view[done:start], new]
        done = end
    pieces.append(view[done:])
    return b"".join(pieces)


def _line_starts(data: bytes, olds: Sequence[bytes]) -> tuple[int, dict[bytes, list[int]]]:
    """Where in `data` a line (after a newline) starts with the head of one of `olds` (their first k bytes,
    k the shortest one's length, at most 64): k, and head -> those places, in order. One pass over `data` finds
    them all (a search for each text took two passes over the file each: 0.25 s of a title edit's 38 texts
    in 44 MB of exports at N=10 000, bench/RESULTS.md session 38); a line holding one of them there is
    among the places of its head."""
    k = min(64, min(map(len, olds)))
    heads = sorted({old[:k] for old in olds})
    starts: dict[bytes, list[int]] = {head: [] for head in heads}
    pattern = re.compile(b"\n(?=" + b"|".join(map(re.escape, heads)) + b")")
    for match in pattern.finditer(data):
        at = match.end()
        starts[data[at : at + k]].append(at)
    return k, starts


def spliced_exports(
    site: Path, index: Any, base_url: str, edited: Iterable[tuple[str, Any, Any]], before: Any = None
) -> dict[str, bytes]:
    """The exports the edits change, by path in the site (a file they leave the same is not named): the
    files of the last site `site` with each edited initiative's (slug, old Entry, new Entry) text
    replaced, the old text made against the index `before` (the last cross-links: a title edit moves some),
    the new one against `index`. Raises NotSpliced (or OSError: a file not there) when one cannot be."""
    makers: list[tuple[str, Callable[[Any, str, Any], bytes], tuple[bytes, ...]]] = [
        ("digest.json", lambda ix, s, e: exports.json_line(ix, base_url, s, e), (b",\n", b"\n]}")),
        ("digest.csv", lambda ix, s, e: exports.csv_row(ix, base_url, s, e), ()),
        ("digest-metrics.csv", lambda ix, s, e: exports.metrics_rows(ix, s, e), ()),
    ]
    edited = list(edited)
    last = index if before is None else before
    made: dict[str, bytes] = {}
    for name, make, ends in makers:
        pairs = [(make(last, slug, old), make(index, slug, new)) for slug, old, new in edited]
        if all(before == after for before, after in pairs):
            continue
        with open(os.path.join(site, name), "rb") as handle:
            data = handle.read()
        made[name] = splice_all(data, pairs, ends)
    return made
