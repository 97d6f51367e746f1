"""The ingest's writes (moved out of `pipeline`): the state listing old and new hashes, every planned file
(atomic; a big batch by several threads, as the texts come), then the state with the new hashes only.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from builder.ingest.ingestplan import STATE_FILE, Plan
from builder.ingest.merge import SourceState
from builder.ingest.report import Report
from builder.util.fs import atomic_write_text

WRITE_THREADS = 8
MIN_THREADED_WRITES = 64  # fewer files are written one after the other
WRITE_WINDOW = 4 * WRITE_THREADS  # files handed to the writing threads and not yet written


def write_plan(plan: Plan, texts: Iterable[str], content_dir: Path, report: Report) -> None:
    """The state listing old and new hashes, every file, then the state with the new hashes only. A big
    batch is written by several threads (each file atomic) as the texts come: the time goes into fsync."""
    content_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(content_dir / STATE_FILE, plan.state.to_json())

    def write(job: tuple[Path, str]) -> tuple[bool, bool]:
        path, text = job
        existed = path.exists()
        return existed, atomic_write_text(path, text)

    jobs = ((item[1], text) for item, text in zip(plan.items, texts, strict=True))
    if len(plan.items) >= MIN_THREADED_WRITES:
        with ThreadPoolExecutor(WRITE_THREADS) as pool:
            results = list(_in_window(pool, write, jobs))
    else:
        results = [write(job) for job in jobs]
    for (draft, path, generated, kept, _mapping, _body), (existed, changed) in zip(
        plan.items, results, strict=True
    ):
        name = str(path)
        if not existed:
            report.created.append(name)
        elif changed:
            report.updated.append(name)
        else:
            report.unchanged.append(name)
        if kept:
            report.kept.append((name, kept))
        plan.state.sources[draft.key] = SourceState(plan.slugs[draft.key], generated)
    atomic_write_text(content_dir / STATE_FILE, plan.state.to_json())


def _in_window(
    pool: ThreadPoolExecutor,
    write: Callable[[tuple[Path, str]], tuple[bool, bool]],
    jobs: Iterable[tuple[Path, str]],
) -> Iterator[tuple[bool, bool]]:
    """`write` over the jobs in the pool, results in order, with at most WRITE_WINDOW files rendered and not yet
    written (all at once, a 50 MB page's 17 000 files waited in the queue together)."""
    pending: deque[Future[tuple[bool, bool]]] = deque()
    for job in jobs:
        pending.append(pool.submit(write, job))
        if len(pending) >= WRITE_WINDOW:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
