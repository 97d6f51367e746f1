"""What one ingest run did: the files created, updated, left unchanged or skipped, the editors' fields kept, the
errors and warnings (`builder.commands.ingest` prints it and chooses the exit code from it).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Report:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[tuple[str, list[str]]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # deleted by an editor, or a reprint: not written
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
