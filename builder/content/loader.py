"""Reading `content/`: the initiative files and the vocabularies under `content/_data/`.

Loading is lenient (it builds what it can); `builder.validate.run` decides what is an error.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.content.frontmatter import ContentText, from_mapping, load_front_matter
from builder.content.yamlload import FrontMatterError, load
from builder.model import Initiative
from builder.util import parallel
from builder.util.parallel import ordered_map

DATA_DIR = "_data"
MAX_FILE_BYTES = 2_000_000  # larger content or data files are refused


@dataclass(frozen=True)
class Label:
    """A vocabulary entry: a slug with its Chinese and English labels and any extra data (rules)."""

    slug: str
    zh: str
    en: str
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Vocabulary:
    themes: dict[str, Label]
    levels: dict[str, Label]


@dataclass
class ContentFile:
    """One content file as read: its path, raw text pieces, front matter data, and the Initiative."""

    path: Path
    text: ContentText | None
    data: dict[str, Any]
    initiative: Initiative | None
    error: FrontMatterError | None = None
    lines: dict[str, int] = field(default_factory=dict)  # file line of every key ('metrics.2.value')


def content_paths(content_dir: Path) -> list[Path]:
    """Every initiative file (`*.md` directly in the folder), sorted by name for determinism."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.glob("*.md") if not p.name.startswith((".", "_")))


def is_inside(path: Path, root: Path) -> bool:
    """Whether `path`, symbolic links resolved, lies within `root`."""
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def read_content_file(path: Path, root: Path | None = None) -> ContentFile:
    """Read one file; a symlink out of `root`, a file too large, undecodable bytes or broken front matter
    become `error` (never an exception)."""
    path = Path(path)
    if root is not None and path.is_symlink() and not is_inside(path, root):
        return _failed(path, "symbolic link to a file outside content/: refused")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return _failed(
                path, f"file is too large ({size / 1e6:.1f} MB; at most {MAX_FILE_BYTES / 1e6:.0f} MB)"
            )
        raw = path.read_bytes()
    except OSError as exc:
        return _failed(path, f"cannot read file: {exc.strerror}")
    try:
        pieces, data, lines = load_front_matter(raw)
    except FrontMatterError as exc:
        return ContentFile(path, None, {}, None, exc)
    try:
        initiative = from_mapping(data, pieces.body)
    except (TypeError, ValueError, AttributeError):
        initiative = None
    return ContentFile(path, pieces, data, initiative, lines=lines)


def _failed(path: Path, message: str) -> ContentFile:
    return ContentFile(path, None, {}, None, FrontMatterError(message, None))


def load_content(content_dir: Path) -> list[ContentFile]:
    """Every initiative file of `content_dir`, read in worker processes when there are many."""
    content_dir = Path(content_dir)
    return list(ordered_map(_read_job, content_paths(content_dir), shared=content_dir, chunksize=64))


def _read_job(path: Path) -> ContentFile:
    return read_content_file(path, parallel.state())


def _load_labels(path: Path, key: str) -> dict[str, Label]:
    if not path.is_file() or (
        path.is_symlink() and not path.resolve().is_relative_to(path.parent.parent.resolve())
    ):
        return {}
    try:
        data = load(path.read_text(encoding="utf-8")) or {}
    except (FrontMatterError, OSError, UnicodeDecodeError):
        return {}  # `digest check` reports what is wrong with the vocabulary file itself
    if not isinstance(data, dict) or not isinstance(data.get(key) or [], list):
        return {}
    labels: dict[str, Label] = {}
    for entry in data.get(key) or []:
        if not isinstance(entry, dict) or "slug" not in entry:
            continue
        extra = {k: v for k, v in entry.items() if k not in ("slug", "zh", "en")}
        slug = str(entry["slug"])
        labels[slug] = Label(slug, str(entry.get("zh", slug)), str(entry.get("en", slug)), extra)
    return labels


def load_vocabulary(content_dir: Path) -> Vocabulary:
    """Themes and levels from `content/_data/themes.yaml` and `levels.yaml`."""
    data_dir = Path(content_dir) / DATA_DIR
    if data_dir.is_symlink() and not data_dir.resolve().is_relative_to(Path(content_dir).resolve()):
        return Vocabulary(themes={}, levels={})  # refused: `digest check` reports it
    return Vocabulary(
        themes=_load_labels(data_dir / "themes.yaml", "themes"),
        levels=_load_labels(data_dir / "levels.yaml", "levels"),
    )
