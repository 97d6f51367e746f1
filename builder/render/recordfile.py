"""The pages of the page records file (builder.render.incremental) in a compact form, read whole or in part.

At N=10 000 the records hold 14 000 pages and 1.8 M reads of 237 000 distinct ones. Pickled as tuples of
reads they were 22 MB, unpickled whole by every build that starts from the last one (0.2 s of CPU), and a
narrow edit then tested every page's reads for the edited fields (another 0.15 s) to render ~5 pages. Here
each distinct read is stored once (`reads`), and the pages' reads as one array of their numbers (`ids`, 4
bytes each, native order: the file is this machine's cache) with each page's end in it (`ends`):

- `encode_pages` / `PageIndex.records`: the pages dict (job -> (path, reads, digest)) and back, the same
  dict in the same order, its reads tuples sharing the distinct read objects;
- `PageIndex.reading`: the pages whose reads include one of a set (found in the array's bytes: no tuple
  made), `PageIndex.record`: one page's record, so that a narrow edit decodes only the pages it renders.
"""

from __future__ import annotations

import bisect
import itertools
from array import array
from typing import Any

# (the array type of the reads' numbers and of the pages' ends)
ID, END = "I", "Q"


def encode_pages(pages: dict) -> dict[str, Any]:
    """The pages of records (job -> (path, reads, digest)) as stored."""
    records = list(pages.values())
    reads = list(dict.fromkeys(itertools.chain.from_iterable(record[1] for record in records)))
    number = {read: n for n, read in enumerate(reads)}
    ids = array(ID, map(number.__getitem__, itertools.chain.from_iterable(record[1] for record in records)))
    ends = array(END, itertools.accumulate(len(record[1]) for record in records))
    return {
        "jobs": list(pages),
        "paths": [record[0] for record in records],
        "digests": [record[2] for record in records],
        "reads": reads,
        "ids": ids.tobytes(),
        "ends": ends.tobytes(),
    }


class PageIndex:
    """The pages as stored (`encode_pages`), decoded on demand. Raises ValueError (or TypeError, KeyError)
    for stored pages of another shape."""

    def __init__(self, stored: dict[str, Any]) -> None:
        self.jobs: list = stored["jobs"]
        self.paths: list = stored["paths"]
        self.digests: list = stored["digests"]
        self.reads: list = stored["reads"]
        self.ids, self.ends = array(ID), array(END)
        self.raw: bytes = stored["ids"]
        self.ids.frombytes(self.raw)
        self.ends.frombytes(stored["ends"])
        count = len(self.jobs)
        if not (
            isinstance(self.jobs, list)
            and isinstance(self.reads, list)
            and len(self.paths) == len(self.digests) == len(self.ends) == count
            and (self.ends[-1] if count else 0) == len(self.ids)
        ):
            raise ValueError("stored pages of another shape")

    def record(self, n: int) -> tuple[str, tuple, str]:
        """The record of the page numbered `n` (its place in `jobs`)."""
        start = self.ends[n - 1] if n else 0
        return (
            self.paths[n],
            tuple(map(self.reads.__getitem__, self.ids[start : self.ends[n]])),
            self.digests[n],
        )

    def records(self) -> dict:
        """Every page's record, by job, in the order stored."""
        get, ids, start = self.reads.__getitem__, self.ids, 0
        pages = {}
        for job, path, digest, end in zip(self.jobs, self.paths, self.digests, self.ends, strict=True):
            pages[job] = (path, tuple(map(get, ids[start:end])), digest)
            start = end
        return pages

    def reading(self, wanted: set) -> list[int]:
        """The numbers of the pages whose reads include one of `wanted`, in the order stored."""
        numbers = [n for n, read in enumerate(self.reads) if read in wanted]
        return pages_holding(self.raw, self.ends, numbers)


def pages_holding(raw: bytes, ends: array, numbers: list[int]) -> list[int]:
    """The pages (numbered from 0, in order) of the array of read numbers `raw` (bytes of type ID; `ends`:
    each page's end in it) that hold one of `numbers`: each number's bytes looked for in `raw`
    (`bytes.find`, a match counted only where a number starts), its page found by bisection in `ends`. No
    numpy: importing it is 0.15 s of CPU of a narrow edit, which needs it nowhere else."""
    width = array(ID).itemsize
    pages = set()
    for number in numbers:
        needle = array(ID, [number]).tobytes()
        at = raw.find(needle)
        while at >= 0:
            if at % width == 0:
                pages.add(bisect.bisect_right(ends, at // width))
            at = raw.find(needle, at + 1)
    return sorted(pages)
