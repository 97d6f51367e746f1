"""Reading `content/`: the initiative files and the vocabularies (defaults in `builder/data/`, extended or
replaced by the files of `content/_data/`).

Loading is lenient (it builds what it can); `builder.validate.run` decides what is an error.

How a file of `content/_data/` combines with the default of the same name (the one rule, applied here for
every reader: themes, levels, places, practice aliases, terms, stopwords, practice stopwords):

- YAML (`*.yaml`): each top-level list is merged entry by entry on its key (`slug`; in places.yaml `name`,
  `alias`, `township`; in practice-aliases.yaml `name`): an entry with a key the default has replaces that
  entry, a new key is added after the default ones. Any other top-level value replaces the default's.
  `replace: true` at the top ignores the default file altogether.
- Word lists (`*.txt`): lines add words; a line `-word` removes a default word; a line `-*` removes them all.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from builder.content.frontmatter import ContentText, from_mapping, load_front_matter
from builder.content.yamlload import FrontMatterError, load
from builder.model import Initiative
from builder.util import parallel
from builder.util.parallel import ordered_map
from builder.util.paths import DEFAULT_DATA_DIR

DATA_DIR = "_data"
# The default data files (builder/data/) that `content/_data/` may extend or replace (`digest init` copies them).
DATA_FILES: tuple[str, ...] = (
    "themes.yaml",
    "levels.yaml",
    "places.yaml",
    "practice-aliases.yaml",
    "terms.txt",
    "stopwords.txt",
    "work-verbs.txt",
    "practice-stopwords.txt",
)
# The key that identifies an entry of each top-level list of a YAML data file (first one present wins).
ENTRY_KEYS: tuple[str, ...] = ("slug", "name", "alias", "township")
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
    practice_aliases: dict[str, str] = field(default_factory=dict)  # variant -> canonical practice name


@dataclass
class ContentFile:
    """One content file as read: its path, raw text pieces, front matter data, and the Initiative."""

    path: Path
    text: ContentText | None
    data: dict[str, Any]
    initiative: Initiative | None
    error: FrontMatterError | None = None
    lines: dict[str, int] = field(default_factory=dict)  # file line of every key ('metrics.2.value')
    digest: str | None = field(default=None, compare=False)  # SHA-256 of its bytes, when the reader took it


def content_paths(content_dir: Path) -> list[Path]:
    """Every initiative file (`*.md` directly in the folder), sorted by name for determinism."""
    content_dir = Path(content_dir)
    return [content_dir / name for name in content_names(content_dir)]


def content_names(content_dir: Path) -> list[str]:
    """The names of `content_paths` (no Path made: digest serve's edit looks at one file of 10 000)."""
    if not os.path.isdir(content_dir):
        return []
    with os.scandir(content_dir) as entries:  # names sorted as strings: the same order, at C speed
        return sorted(e.name for e in entries if is_content_name(e.name))


def is_content_name(name: str) -> bool:
    """Whether a name in the content folder names an initiative file (`*.md`, not hidden, not `_…`)."""
    return name.endswith(".md") and not name.startswith((".", "_"))


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
    return parse_content_file(path, raw)


def parse_content_file(path: Path, raw: bytes) -> ContentFile:
    """The content file `path` whose bytes are `raw` (read_content_file once they are read)."""
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


FileReader = Callable[[Path, Path | None], ContentFile]  # (file, content folder) -> ContentFile


def load_content(content_dir: Path, read: FileReader | None = None) -> list[ContentFile]:
    """Every initiative file of `content_dir`, read in worker processes when there are many, each by `read`
    (default `read_content_file`; builder.content.cachedreads gives one that skips files read before)."""
    return read_paths(content_dir, content_paths(content_dir), read)


def read_paths(content_dir: Path, paths: list[Path], read: FileReader | None = None) -> list[ContentFile]:
    """`paths` (files of `content_dir`) read by `read`, in worker processes when there are many."""
    return list(ordered_map(_read_job, paths, shared=(Path(content_dir), read), chunksize=64))


def _read_job(path: Path) -> ContentFile:
    root, read = parallel.state()
    return (read or read_content_file)(path, root)


def content_data_dir(content_dir: Path) -> Path | None:
    """`<content>/_data`, or None when it is a symbolic link out of the content folder (refused: read nothing
    from there; `digest check` reports it)."""
    data_dir = Path(content_dir) / DATA_DIR
    if data_dir.is_symlink() and not is_inside(data_dir, Path(content_dir)):
        return None
    return data_dir


def _own_file(data_dir: Path | None, name: str) -> Path | None:
    """The override file `name` of a data folder (None: none, the folder is the default one, or a symbolic
    link out of the content folder)."""
    if data_dir is None or Path(data_dir).resolve() == DEFAULT_DATA_DIR.resolve():
        return None
    path = Path(data_dir) / name
    if not path.is_file() or (path.is_symlink() and not is_inside(path, Path(data_dir).parent)):
        return None
    return path


def _entry_key(entry: Any) -> str | None:
    if not isinstance(entry, dict):
        return None
    for key in ENTRY_KEYS:
        if key in entry:
            value = entry[key]
            return f"{key}={value if isinstance(value, str) else repr(value)}"
    return None


def merge_data(default: Any, own: Any) -> Any:
    """A YAML data file of content/_data (`own`) laid over the default (see the module docstring)."""
    if not isinstance(own, dict):
        return default if own is None else own
    if own.get("replace") is True or not isinstance(default, dict):
        return {k: v for k, v in own.items() if k != "replace"}
    merged = dict(default)
    for key, value in own.items():
        if key == "replace":
            continue
        base = merged.get(key)
        if isinstance(base, list) and isinstance(value, list):
            entries = {_entry_key(e) or f"#{i}": e for i, e in enumerate(base)}
            for index, entry in enumerate(value):
                entries[_entry_key(entry) or f"+{index}"] = entry
            merged[key] = list(entries.values())
        else:
            merged[key] = value
    return merged


_PARSED: dict[str, bytes] = {}  # a data file's text -> its value, pickled (see _read_yaml_file)
_PARSED_MAX = 16


def _read_yaml_file(path: Path) -> Any:
    """The value of a YAML data file; the problem as FrontMatterError (or OSError, UnicodeDecodeError).
    A text parsed before in this process is not parsed again (a build reads themes.yaml, levels.yaml and
    practice-aliases.yaml twice, for its checks and its vocabulary: ~25 ms of YAML); each caller gets a
    value of its own (a copy from its pickle), which it may change."""
    text = path.read_text(encoding="utf-8")
    kept = _PARSED.get(text)
    if kept is not None:
        return pickle.loads(kept)
    value = load(text)
    while len(_PARSED) >= _PARSED_MAX:
        del _PARSED[next(iter(_PARSED))]
    _PARSED[text] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)  # (YAML's plain values)
    return value


def read_data_yaml(data_dir: Path | None, name: str) -> Any:
    """The YAML data file `name`: the default of builder/data/ with `data_dir`'s own file laid over it.
    Raises FrontMatterError (or OSError, UnicodeDecodeError) for an override file that cannot be read."""
    default_path = DEFAULT_DATA_DIR / name
    default = _read_yaml_file(default_path) if default_path.is_file() else None
    own = _own_file(data_dir, name)
    return default if own is None else merge_data(default, _read_yaml_file(own))


def _word_lines(path: Path) -> list[str]:
    """One word a line (text after a space, such as a frequency, is ignored); `#` comments and blanks skipped."""
    words: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            words.append(line.split()[0])
    return words


def merge_words(default: list[str], own: list[str]) -> list[str]:
    """A word list of content/_data laid over the default: words add, `-word` removes one, `-*` all."""
    words = dict.fromkeys(default)
    for word in own:
        if word == "-*":
            words.clear()
        elif word.startswith("-") and len(word) > 1:
            words.pop(word[1:], None)
        else:
            words[word] = None
    return list(words)


def read_data_words(data_dir: Path | None, name: str) -> list[str]:
    """The word list `name`: the default of builder/data/ with `data_dir`'s own file laid over it."""
    default_path = DEFAULT_DATA_DIR / name
    default = _word_lines(default_path) if default_path.is_file() else []
    own = _own_file(data_dir, name)
    return merge_words(default, [] if own is None else _word_lines(own))


def _labels(data: Any, key: str) -> dict[str, Label]:
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


def _lenient(data_dir: Path | None, name: str) -> Any:
    try:
        return read_data_yaml(data_dir, name)
    except (FrontMatterError, OSError, UnicodeDecodeError):
        return None  # `digest check` reports what is wrong with the vocabulary file itself


def practice_aliases(data: Any) -> dict[str, str]:
    """variant -> canonical name from practice-aliases.yaml (`aliases: [{name, also: [...]}]`)."""
    found: dict[str, str] = {}
    entries = data.get("aliases") if isinstance(data, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        also = entry.get("also")
        for variant in [also] if isinstance(also, str) else also if isinstance(also, list) else []:
            if isinstance(variant, str) and variant != entry["name"]:
                found[variant] = entry["name"]
    return found


@lru_cache(maxsize=1)
def default_levels() -> dict[str, Label]:
    """The levels of the shipped vocabulary (builder/data/levels.yaml), for a level no initiative has."""
    return _labels(_lenient(None, "levels.yaml"), "levels")


def load_vocabulary(content_dir: Path) -> Vocabulary:
    """Themes, levels and practice aliases: the defaults with `content/_data/`'s own files laid over them."""
    data_dir = content_data_dir(content_dir)
    return Vocabulary(
        themes=_labels(_lenient(data_dir, "themes.yaml"), "themes"),
        levels=_labels(_lenient(data_dir, "levels.yaml"), "levels"),
        practice_aliases=practice_aliases(_lenient(data_dir, "practice-aliases.yaml")),
    )
