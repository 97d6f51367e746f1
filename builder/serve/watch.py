"""Watching `content/` and `theme/` for `digest serve`: which changes count, and the loop that reports them.

Changes come in bursts (an editor saves several files, a checkout rewrites many): a burst is grouped until
STEP_MS pass without a change, or DEBOUNCE_MS at most, and reported once.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEBOUNCE_MS = 400  # longest wait to group a burst of changes
STEP_MS = 50  # quiet time that ends a burst
IGNORED_SUFFIXES = (".tmp", ".swp", ".swx", ".sqlite", ".sqlite3", ".db", "-journal", "-wal", "-shm", "~")


def watch_filter(out_dir: Path, roots: list[Path]) -> Callable[[Any, str], bool]:
    """Changes worth a rebuild: not in the output, not hidden (editor swap files, caches, temporary files)."""
    out = out_dir.resolve()
    resolved_roots = [root.resolve() for root in roots]

    def keep(_change: Any, path: str) -> bool:
        changed = Path(path).absolute()
        if changed == out or out in changed.parents or path.endswith(IGNORED_SUFFIXES):
            return False
        root = next((r for r in resolved_roots if r == changed or r in changed.parents), None)
        inside = changed.relative_to(root).parts if root else changed.parts[-1:]
        return not any(part.startswith(".") or part == "__pycache__" for part in inside)

    return keep


def watch(
    roots: list[Path],
    out_dir: Path,
    on_change: Callable[[list[Path]], object],
    *,
    stopping: threading.Event,
    ready: threading.Event,
    on_idle: Callable[[], object] | None = None,
) -> None:
    """Call `on_change` with the paths of each burst of changes under `roots` until `stopping` is set, and
    `on_idle` every quarter of a second without a change. `ready` is set once the watch is in place (so that
    a change saved right after it is seen)."""
    import watchfiles

    for changes in watchfiles.watch(
        *roots,
        watch_filter=watch_filter(out_dir, roots),
        debounce=DEBOUNCE_MS,
        step=STEP_MS,
        stop_event=stopping,
        raise_interrupt=False,
        rust_timeout=250,
        yield_on_timeout=True,  # an empty set now and then: tells the caller the watch is in place
    ):
        ready.set()
        if stopping.is_set():
            break
        if changes:
            on_change([Path(path) for _change, path in changes])
        elif on_idle is not None:
            on_idle()
