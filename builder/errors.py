"""The exit codes of every `digest` command, and the error types that more than one package raises or catches.

The command-line contract (docs/architecture.md) in numbers: 0 done, 1 failed (invalid content, a failed
build, an input that could not be ingested, a folder locked by another digest command), 2 usage (a folder
that does not exist, an output folder that is no site), 130 interrupted by Ctrl-C.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class LockedError(RuntimeError):
    """Another digest process holds the lock on this directory (builder.util.fs.directory_lock)."""
