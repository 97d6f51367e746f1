"""A cache of rendered Markdown bodies between builds, keyed by the SHA-256 of each body.

Parsing Markdown is the costliest step per initiative; a rebuild after editing one file re-parses only
that file. The cache is a JSON file (never pickle) beside the output folder; it is invalidated as a whole
when markdown.py or markdown-it-py changes, and an unreadable cache is simply ignored.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path

import markdown_it

from builder.fsutil import atomic_write_bytes
from builder.render import markdown
from builder.render.markdown import RenderedBody


def _version() -> str:
    source = Path(markdown.__file__).read_bytes()
    return hashlib.sha256(source + markdown_it.__version__.encode()).hexdigest()[:16]


def _key(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


class BodyCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.version = _version()
        self.entries: dict[str, RenderedBody] = {}
        self.used: dict[str, RenderedBody] = {}
        self.misses = 0
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(path.read_bytes())
            if data.get("version") != self.version:
                return
            for key, (html, text, paragraphs) in data["entries"].items():
                self.entries[key] = RenderedBody(html, text, tuple(paragraphs))
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self.entries = {}

    def render_all(
        self, bodies: list[str], render_many: Callable[[list[str]], Iterable[RenderedBody]]
    ) -> list[RenderedBody]:
        """Rendered bodies in order; only the ones not in the cache go through `render_many`."""
        keys = [_key(b) for b in bodies]
        missing = {k: b for k, b in zip(keys, bodies, strict=True) if k not in self.entries}
        self.misses = len(missing)
        for key, rendered in zip(missing, render_many(list(missing.values())), strict=True):
            self.entries[key] = rendered
        self.used = {k: self.entries[k] for k in keys}
        return [self.used[k] for k in keys]

    def save(self) -> None:
        """Keep what this build used (so the file never grows beyond the content)."""
        if self.path is None:
            return
        entries = {k: [r.html, r.text, list(r.paragraphs)] for k, r in sorted(self.used.items())}
        data = json.dumps(
            {"version": self.version, "entries": entries}, ensure_ascii=False, separators=(",", ":")
        )
        with contextlib.suppress(OSError):  # a cache is never worth failing a build for
            atomic_write_bytes(self.path, data.encode("utf-8"))
