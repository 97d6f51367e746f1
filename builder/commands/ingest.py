"""`digest ingest`: check the folders, lock `content/`, run the ingest pipeline, print its report.

The pipeline (builder.ingest.pipeline) plans and writes; this module prints what it did and returns the
exit code: 0 every page ingested, 1 any page or data file failed (the others are still written) or another
digest command holds the lock, 2 no folder of raw pages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from builder.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, LockedError
from builder.ingest.pipeline import ingest
from builder.ingest.report import Report
from builder.util.fs import directory_lock
from builder.util.progress import Progress


def print_report(report: Report, quiet: bool = False) -> None:
    """Errors and warnings to stderr; unless `quiet`, one line per written or kept file and a summary."""
    for line in report.errors + report.warnings:
        print(line, file=sys.stderr)
    if quiet:
        return
    for name in report.created:
        print(f"created   {name}")
    for name in report.updated:
        print(f"updated   {name}")
    for name, fields in report.kept:
        print(f"kept      {name}: editor's changes to {', '.join(fields)}")
    for entry in report.skipped:
        print(f"skipped   {entry}")
    print(
        f"ingest: {len(report.created)} created, {len(report.updated)} updated, "
        f"{len(report.unchanged)} unchanged, {len(report.kept)} with editors' changes kept, "
        f"{len(report.errors)} error(s)"
    )


def run_ingest(seeds: str | Path, content: str | Path, quiet: bool = False) -> int:
    """The `digest ingest` command: ingest `seeds` into `content`, print the report, return the exit code."""
    seeds_dir, content_dir = Path(seeds), Path(content)
    if not seeds_dir.is_dir():
        print(f"{seeds_dir}: error: no such folder of raw pages (use --seeds DIR)", file=sys.stderr)
        return EXIT_USAGE
    try:
        content_dir.mkdir(parents=True, exist_ok=True)
        with directory_lock(content_dir), Progress.for_terminal(quiet) as progress:
            report = ingest(seeds_dir, content_dir, progress=progress)
    except LockedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print_report(report, quiet)
    return EXIT_FAILED if report.errors else EXIT_OK
