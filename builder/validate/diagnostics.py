"""What validation reports: one `Diagnostic` per problem, printed safely, with a suggestion when one is close."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Diagnostic:
    """One problem in one file: printed as `path:line: error: message` (no `:line` when unknown)."""

    path: str
    line: int | None
    severity: Severity
    message: str

    def __post_init__(self) -> None:
        # One line each, and nothing that a terminal would act on (ESC sequences, BEL, bidi overrides).
        object.__setattr__(self, "path", printable(self.path))
        object.__setattr__(self, "message", printable(self.message))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.severity}: {self.message}"

    def sort_key(self) -> tuple[str, int]:
        return (self.path, self.line or 0)


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with control and direction-changing characters shown as escapes (\\x1b, \\u202e)."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1] if m.group() != "\t" else " ", text)


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = 0.6, prefix: str = "") -> str:
    """` (did you mean 'x'?)` for the closest choice (shown after `prefix`), or '' when nothing is close."""
    close = difflib.get_close_matches(word, sorted(set(choices)), n=1, cutoff=cutoff)
    return f" (did you mean '{prefix}{close[0]}'?)" if close else ""


@dataclass
class FileReport:
    """Diagnostics for one content file, placed on the line of the key they are about ('metrics.2.value';
    a key without a line of its own is placed on its parent's)."""

    path: str
    lines: dict[str, int] = field(default_factory=dict)
    found: list[Diagnostic] = field(default_factory=list)

    def line_of(self, key: str | None) -> int | None:
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key.rpartition(".")[0]
        return None

    def add(self, severity: Severity, key: str | None, message: str, line: int | None = None) -> None:
        self.found.append(
            Diagnostic(self.path, line if line is not None else self.line_of(key), severity, message)
        )

    def error(self, key: str | None, message: str, line: int | None = None) -> None:
        self.add("error", key, message, line)

    def warning(self, key: str | None, message: str, line: int | None = None) -> None:
        self.add("warning", key, message, line)
