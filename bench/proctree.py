"""The process tree of a measured command: its memory, and the CPU of descendants it never waited for.

A command that uses a multiprocessing forkserver (our ingest, our build's workers) does not wait for the
forkserver, and the forkserver's workers are its children, not the command's: wait4 on the command alone misses
their CPU. This process makes itself a child subreaper (Linux prctl), so that such orphans are reparented to it
when the command exits; `reap_orphans` waits for them and adds up their resource usage (which includes the
workers the forkserver waited for).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import time

PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    """Make this process the reaper of its descendants' orphans; False where the system has no such call."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def _stat_fields(pid: str) -> list[bytes] | None:
    """The fields of /proc/PID/stat after the command name (state, ppid, pgrp, session, ...), or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            stat = handle.read()
    except OSError:
        return None
    return stat[stat.rfind(b")") + 2 :].split()


def adopted_orphans(session: int) -> list[int]:
    """Processes of `session` whose parent is now this process: the measured command's orphans."""
    me, found = os.getpid(), []
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(entry.name)
        if fields and int(fields[1]) == me and int(fields[3]) == session:
            found.append(int(entry.name))
    return sorted(found)


def reap_orphans(session: int, *, grace: float) -> tuple[float, int]:
    """Wait for the orphans of `session` (up to `grace` seconds, then kill the session's strays) and return their
    CPU seconds (user + system, with their waited-for children) and largest resident set (KB)."""
    cpu, maxrss = 0.0, 0
    deadline = time.perf_counter() + grace
    killed = False
    while True:
        if not killed and time.perf_counter() > deadline:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(session, signal.SIGKILL)
            killed = True
        pids = adopted_orphans(session)
        if not pids:
            break
        for pid in pids:
            try:
                got, _status, usage = os.wait4(pid, os.WNOHANG)
            except ChildProcessError:
                continue
            if got:
                cpu += usage.ru_utime + usage.ru_stime
                maxrss = max(maxrss, usage.ru_maxrss)
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(session, signal.SIGKILL)  # strays that are not our children (none once all are reaped)
    return cpu, maxrss


def _pss(pid: int, rss: int) -> int:
    """Proportional set size of a process: shared pages (a forked worker's copy-on-write memory) are split
    between the processes sharing them, so a sum over a process tree counts them once. RSS if unavailable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as handle:
            for line in handle:
                if line.startswith(b"Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return rss


def memory_of_tree(root: int) -> int:
    """Memory of `root` and all its descendants: the sum of their PSS (one scan of /proc)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        fields = _stat_fields(entry.name)
        if fields is None:
            continue
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        rss[pid] = int(fields[21]) * page
    children: dict[int, list[int]] = {}
    for pid, parent in parents.items():
        children.setdefault(parent, []).append(pid)
    total, stack, seen = 0, [root], set()
    while stack:
        pid = stack.pop()
        if pid in seen:
            continue
        seen.add(pid)
        if pid in rss:
            total += _pss(pid, rss[pid])
        stack.extend(children.get(pid, ()))
    return total
