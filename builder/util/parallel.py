"""Worker processes for big builds: map a function over many items in forked workers, in order.

The parent sets the shared state (the site index and renderer) before forking, so workers inherit it
without pickling; only the small job descriptions go out and the rendered bytes come back. Small builds,
platforms without fork, DIGEST_WORKERS=1, and processes that already run other threads (the dev server) stay sequential.
Output does not depend on the number of workers.

A worker can give its freed memory back to the system after each chunk (`trim`): a one-shot build holds
what it frees (libc.hold_freed_memory, for the search index's arrays) and its forked workers inherit that,
so each rendering worker kept the high-water mark of its own heap (N=10 000: ~40 MiB a worker).

Results come back in a bounded window (`WINDOW` chunks per worker ahead of the one the caller takes): the
workers wait for a caller that is slower than they are (the parent writing the pages to disk) rather than
piling their results up in its memory (`Pool.imap` buffers every finished chunk: at 10 000 initiatives,
hundreds of MB of rendered pages at the peak of the build).

Fresh workers can take over at given items (`fresh_at`): a forked worker shares the parent's memory until it
writes a page of it, and reading a Python object writes its reference count, so a worker copies, page by
page, everything it ever read of the parent's objects (the site index: N=10 000, ~175 MiB a worker through
the initiative pages, ~310 MiB by the end of the list pages). Workers forked afresh give those copies back;
the parent then takes every result of the old ones before the new ones start (bench/RESULTS.md, session 32).
"""

from __future__ import annotations

import gc
import itertools
import os
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

from builder.util.libc import release_freed_memory

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 1500
WINDOW = 2  # chunks per worker handed out ahead of the chunk the caller is taking
_STATE: Any = None


def state() -> Any:
    """The object the parent shared with the workers."""
    return _STATE


def worker_count() -> int:
    """Usable CPUs, or DIGEST_WORKERS when set (1 turns workers off)."""
    if os.environ.get("DIGEST_WORKERS", "").isdigit():
        return max(1, int(os.environ["DIGEST_WORKERS"]))
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _multiprocessing() -> Any:
    """The multiprocessing module, imported when workers may fork (~10 ms of a small build's start: its
    import brings socket, selectors and pickling helpers that a build of a few hundred pages never uses)."""
    import multiprocessing

    return multiprocessing


def forks(count: int, min_items: int = MIN_ITEMS) -> bool:
    """Whether `ordered_map` over `count` items forks workers (here and now)."""
    return (
        min(worker_count(), 8) > 1
        and count >= min_items
        and "fork" in _multiprocessing().get_all_start_methods()
        and threading.active_count() == 1
    )


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    shared: Any = None,
    min_items: int = MIN_ITEMS,
    chunksize: int = 32,
    trim: bool = False,
    fresh_at: Sequence[int] = (),
) -> Iterator[R]:
    """`map(func, items)`, spread over forked workers when it is worth it. `func` must be a module-level
    function; it can read `shared` through `state()`. `trim`: each worker gives back what it freed after
    each chunk (libc.release_freed_memory). `fresh_at`: the positions in `items` from which newly forked
    workers go on, the old ones ended (not while a thread the caller started since the first fork runs:
    the same workers then go on)."""
    global _STATE
    items = list(items)
    workers = min(worker_count(), 8)
    usable = forks(len(items), min_items)
    _STATE = shared
    try:
        if not usable:
            yield from map(func, items)
            return
        yield from _forked(func, items, workers, chunksize, trim, fresh_at)
    finally:
        _STATE = None


def _forked(
    func: Callable[[T], R], items: list[T], workers: int, chunksize: int, trim: bool, fresh_at: Sequence[int]
) -> Iterator[R]:
    """`func` over `items` in `workers` forked processes, a pool of them for each part of `items` cut at
    `fresh_at` (the last pool going on while a thread started since the first fork is alive)."""
    cuts = sorted({0, len(items), *(n for n in fresh_at if 0 < n < len(items))})
    pool: Any = None
    threads = 0
    try:
        for start, end in itertools.pairwise(cuts):
            if pool is None or threading.active_count() == threads:
                if pool is not None:
                    pool.terminate()
                gc.freeze()  # the workers' collections then leave the inherited objects' pages unwritten
                pool = _multiprocessing().get_context("fork").Pool(workers)
                threads = threading.active_count()  # this one and the pool's own
            yield from _windowed(pool, func, items[start:end], chunksize, WINDOW * workers, trim)
    finally:
        if pool is not None:
            pool.terminate()
        gc.unfreeze()


def _apply(func: Callable[[T], R], chunk: list[T], trim: bool = False) -> list[R]:
    results = [func(item) for item in chunk]
    if trim:
        release_freed_memory()
    return results


def _windowed(
    pool: Any, func: Callable[[T], R], items: list[T], chunksize: int, window: int, trim: bool = False
) -> Iterator[R]:
    """`func` over `items` in chunks of `chunksize`, in order, with at most `window` chunks handed to the
    `pool` and not yet taken by the caller (a worker's error is raised here, at its chunk)."""
    chunks = (items[start : start + chunksize] for start in range(0, len(items), chunksize))
    pending = deque(
        pool.apply_async(_apply, (func, chunk, trim)) for chunk in itertools.islice(chunks, window)
    )
    while pending:
        results = pending.popleft().get()
        for chunk in itertools.islice(chunks, 1):
            pending.append(pool.apply_async(_apply, (func, chunk, trim)))
        yield from results
