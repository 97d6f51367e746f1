"""builder.util.parallel: results in order, whatever the workers, and never more than a window of chunks
handed out ahead of the caller (a slow caller does not pile the workers' results up in its memory)."""

from __future__ import annotations

from typing import Any

import pytest

from builder.util import parallel


def _square(n: int) -> int:
    return n * n


def _fail_at_seven(n: int) -> int:
    if n == 7:
        raise ValueError("seven")
    return n


class _Done:
    def __init__(self, value: Any) -> None:
        self.value = value

    def get(self) -> Any:
        return self.value


class _CountingPool:
    """A pool run in this process, counting the chunks handed out and not yet taken."""

    def __init__(self) -> None:
        self.out = 0
        self.most_out = 0

    def apply_async(self, func: Any, args: tuple) -> _Done:
        self.out += 1
        self.most_out = max(self.most_out, self.out)
        done = _Done(func(*args))
        pool = self

        class Taken(_Done):
            def get(self) -> Any:
                pool.out -= 1
                return done.value

        return Taken(done.value)


def test_the_window_keeps_the_order_and_at_most_its_chunks_out() -> None:
    pool = _CountingPool()
    results = []
    for value in parallel._windowed(pool, _square, list(range(100)), chunksize=3, window=4):
        results.append(value)
        assert pool.out <= 4
    assert results == [n * n for n in range(100)]
    assert pool.most_out == 4


def test_forked_workers_give_the_results_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_WORKERS", "2")
    got = list(parallel.ordered_map(_square, range(500), min_items=1, chunksize=7))
    assert got == [n * n for n in range(500)]


def test_a_worker_error_reaches_the_caller(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_WORKERS", "2")
    with pytest.raises(ValueError, match="seven"):
        list(parallel.ordered_map(_fail_at_seven, range(50), min_items=1, chunksize=4))


def test_workers_that_give_their_freed_memory_back_give_the_same_results(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DIGEST_WORKERS", "2")
    got = list(parallel.ordered_map(_square, range(300), min_items=1, chunksize=5, trim=True))
    assert got == [n * n for n in range(300)]


def _pid(_n: int) -> int:
    import os
    import time

    time.sleep(0.005)  # every worker takes chunks
    return os.getpid()


def test_fresh_workers_go_on_from_each_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGEST_WORKERS", "2")
    assert list(parallel.ordered_map(_square, range(90), min_items=1, chunksize=4, fresh_at=[30, 60])) == [
        n * n for n in range(90)
    ]
    pids = list(parallel.ordered_map(_pid, range(90), min_items=1, chunksize=4, fresh_at=[30, 60]))
    parts = [set(pids[:30]), set(pids[30:60]), set(pids[60:])]
    assert not parts[0] & parts[1] and not parts[1] & parts[2] and not parts[0] & parts[2]


def test_the_same_workers_go_on_while_a_thread_started_since_the_fork_runs(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    monkeypatch.setenv("DIGEST_WORKERS", "2")
    release = threading.Event()
    pids = []
    try:
        for pid in parallel.ordered_map(_pid, range(60), min_items=1, chunksize=4, fresh_at=[30]):
            if not pids:
                threading.Thread(target=release.wait, daemon=True).start()
            pids.append(pid)
    finally:
        release.set()
    assert len(set(pids[:30])) == 2 and set(pids[30:]) <= set(pids[:30])
