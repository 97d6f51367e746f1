"""Progress of long work on one updating terminal line: stage, count, rate and time left.

`Progress.for_terminal(quiet)` shows it only when stderr is a terminal and the command is not quiet; anywhere
else (a pipe, a log file, `-q`, the tests) it is silent and costs one attribute check per step. `digest ingest`
and `digest build` use it; the line is cleared when the work ends, so the command's own messages follow.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")
REDRAW_SECONDS = 0.1  # at most ten redraws a second
CLEAR = "\r\x1b[K"


def _duration(seconds: float) -> str:
    whole = max(0, round(seconds))
    if whole >= 3600:
        return f"{whole // 3600}h{whole % 3600 // 60:02d}m"
    if whole >= 60:
        return f"{whole // 60}m{whole % 60:02d}s"
    return f"{whole}s"


def status_line(stage: str, done: int, total: int | None, elapsed: float, unit: str = "") -> str:
    """'rendering 1,200/11,000 pages · 850/s · 12s left' (no rate before any is done, no time left without
    a total; only the stage while a stage without a total has counted nothing)."""
    if not total and not done:
        return stage
    count = f"{done:,}/{total:,}" if total else f"{done:,}"
    parts = [f"{stage} {count}{' ' + unit if unit else ''}"]
    if done and elapsed > 0:
        rate = done / elapsed
        parts.append(f"{rate:,.0f}/s" if rate >= 10 else f"{rate:.1f}/s")
        if total and total > done:
            parts.append(f"{_duration((total - done) / rate)} left")
    return " · ".join(parts)


class Progress:
    """One stage at a time: `stage(name, total)`, then `step()` per item (or `track(items)`); `done()`
    (or leaving a `with progress:` block) clears the line."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.name = ""
        self.unit = ""
        self.total: int | None = None
        self.count = 0
        self.started = 0.0
        self._drawn = 0.0

    @classmethod
    def for_terminal(cls, quiet: bool = False, stream: TextIO | None = None) -> Progress:
        """Shown only on a terminal and when not `quiet`."""
        stream = stream if stream is not None else sys.stderr
        try:
            tty = stream.isatty()
        except (AttributeError, ValueError):
            tty = False
        return cls(stream, enabled=tty and not quiet)

    def stage(self, name: str, total: int | None = None, unit: str = "") -> None:
        self.name, self.total, self.unit, self.count = name, total, unit, 0
        self.started = time.perf_counter()
        self._draw(force=True)

    def step(self, count: int = 1) -> None:
        self.count += count
        if self.enabled:
            self._draw(force=self.total is not None and self.count >= self.total)

    def track(self, items: Iterable[T], name: str, total: int | None = None, unit: str = "") -> Iterator[T]:
        """`items`, counted as they pass under the stage `name`."""
        self.stage(name, total, unit)
        for item in items:
            yield item
            self.step()

    def done(self) -> None:
        if self.enabled and self._drawn:
            self.stream.write(CLEAR)
            self.stream.flush()
        self._drawn = 0.0

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.done()

    def _draw(self, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if not force and now - self._drawn < REDRAW_SECONDS:
            return
        self._drawn = now
        line = status_line(self.name, self.count, self.total, now - self.started, self.unit)
        self.stream.write(CLEAR + line)
        self.stream.flush()


SILENT = Progress(enabled=False)  # the default of functions that report progress: shows nothing
