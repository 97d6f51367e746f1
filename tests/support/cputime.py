"""CPU seconds of the processes a test starts: what a bound on a hostile input's cost measures on a machine shared
by others (a wall-clock bound measured the load: it failed under concurrent scoring runs and passed alone)."""

from __future__ import annotations

import resource


def children_cpu_seconds() -> float:
    """User + system CPU seconds of this process's children that ended and were waited for (and of theirs that
    those waited for): read before and after a child runs, the difference is the child's."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
