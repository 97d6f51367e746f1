"""Worker processes for big builds: map a function over many items in forked workers, in order.

The parent sets the shared state (the site index and renderer) before forking, so workers inherit it
without pickling; only the small job descriptions go out and the rendered bytes come back. Small builds,
platforms without fork, DIGEST_WORKERS=1, and processes that already run other threads (the dev server) stay sequential.
Output does not depend on the number of workers.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 1500
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


def ordered_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    shared: Any = None,
    min_items: int = MIN_ITEMS,
    chunksize: int = 32,
) -> Iterator[R]:
    """`map(func, items)`, spread over forked workers when it is worth it. `func` must be a module-level
    function; it can read `shared` through `state()`."""
    global _STATE
    items = list(items)
    workers = min(worker_count(), 8)
    usable = (
        workers > 1
        and len(items) >= min_items
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
    )
    _STATE = shared
    try:
        if not usable:
            yield from map(func, items)
            return
        gc.freeze()  # the workers' collections then leave the inherited objects' pages unwritten (no copy)
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                yield from pool.imap(func, items, chunksize)
        finally:
            gc.unfreeze()
    finally:
        _STATE = None
