"""`digest check`: validate `content/` and print every problem.

Output goes to **stdout**, one problem a line, `path:line: error: message` (or `warning:`), sorted by file and
line, then a summary line (`checked 12 files: 2 errors, 1 warning`). With `-q` only the errors are printed
and no summary. Exit code: 1 if there is any error (or the content folder does not exist), else 0; warnings
alone never fail the check.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from builder.content.loader import content_paths
from builder.errors import EXIT_FAILED, EXIT_OK
from builder.validate.run import has_errors, summary, validate


def run_check(content_dir: str | Path, quiet: bool = False, *, out: TextIO | None = None) -> int:
    """Validate `content_dir`, print the diagnostics, return the exit code (0 clean, 1 errors)."""
    stream = out if out is not None else sys.stdout
    content = Path(content_dir)
    if not content.is_dir():
        print(
            f"{content}: error: content folder not found (run from the project folder, or pass --content DIR)",
            file=stream,
        )
        return EXIT_FAILED
    diagnostics = validate(content)
    for diagnostic in diagnostics:
        if quiet and diagnostic.severity != "error":
            continue
        print(diagnostic, file=stream)
    if not quiet:
        print(summary(diagnostics, len(content_paths(content))), file=stream)
    stream.flush()
    return EXIT_FAILED if has_errors(diagnostics) else EXIT_OK
