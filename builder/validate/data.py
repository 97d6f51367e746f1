"""Validate the editable data files in `content/_data/` (the vocabularies, and that places.yaml and
practice-aliases.yaml read).

The vocabularies (`themes.yaml`, `levels.yaml`) are edited by editors like any content, so they get the same
care: syntax errors with their line, entries without a slug or labels, duplicate or unsafe slugs. Each file
there is laid over the default of `builder/data/` (`builder.content.loader`); the slugs content may use are
those of the merged vocabulary. A folder without its own files uses the defaults: nothing to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.content.loader import DATA_DIR, MAX_FILE_BYTES, is_inside, load_vocabulary
from builder.content.settings import SETTINGS_KEYS, base_url_problem, iso_date, site_file
from builder.content.yamlload import FrontMatterError, decode, load_yaml
from builder.validate.diagnostics import Diagnostic, did_you_mean
from builder.validate.fields import kind, slug_problem

VOCABULARIES: tuple[tuple[str, str], ...] = (("themes.yaml", "themes"), ("levels.yaml", "levels"))
OTHER_DATA: tuple[str, ...] = ("places.yaml", "practice-aliases.yaml")


@dataclass
class VocabularyCheck:
    """The slugs each vocabulary defines, whether the themes could be read, and the problems found."""

    themes: set[str] = field(default_factory=set)
    levels: list[str] = field(default_factory=list)
    themes_known: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _read_yaml(path: Path, found: list[Diagnostic]) -> tuple[Any, dict[str, int]] | None:
    name = str(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            found.append(Diagnostic(name, None, "error", "file is too large"))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        found.append(Diagnostic(name, None, "error", f"cannot read file: {exc.strerror}"))
        return None
    try:
        return load_yaml(decode(raw))
    except FrontMatterError as exc:
        found.append(Diagnostic(name, exc.line, "error", exc.message))
        return None


def _check_list(path: Path, key: str, data: Any, lines: dict[str, int], found: list[Diagnostic]) -> list[str]:
    name = str(path)
    if data is None or (isinstance(data, dict) and key not in data and data.get("replace") is not True):
        return []  # nothing of the default is changed
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        found.append(
            Diagnostic(
                name, lines.get(key, 1), "error", f"'{key}' must be a list of entries with slug, zh, en"
            )
        )
        return []
    slugs: list[str] = []
    first: dict[str, int] = {}
    for index, entry in enumerate(entries):
        where = f"{key}.{index}"
        line = lines.get(where)
        if not isinstance(entry, dict):
            found.append(
                Diagnostic(
                    name, line, "error", f"entry {index + 1} must have slug, zh and en, not {kind(entry)}"
                )
            )
            continue
        slug = entry.get("slug")
        if not isinstance(slug, str):
            found.append(Diagnostic(name, line, "error", f"entry {index + 1} has no slug"))
            continue
        slug_line = lines.get(f"{where}.slug", line)
        problem = slug_problem(slug)
        if problem:
            found.append(Diagnostic(name, slug_line, "error", problem))
        elif slug in first:
            found.append(
                Diagnostic(name, slug_line, "error", f"duplicate slug '{slug}' (first on line {first[slug]})")
            )
        else:
            first[slug] = slug_line or 0
            slugs.append(slug)
        for label in ("zh", "en"):
            value = entry.get(label)
            if not isinstance(value, str) or not value.strip():
                found.append(
                    Diagnostic(
                        name,
                        lines.get(f"{where}.{label}", line),
                        "error",
                        f"'{slug}' needs the label '{label}' (text)",
                    )
                )
    return slugs


_CACHE: dict[tuple[Any, ...], VocabularyCheck] = {}


def _signature(content_dir: Path) -> tuple[Any, ...]:
    """What the vocabulary check depends on: each data file's path, size and modification time."""
    data_dir = Path(content_dir) / DATA_DIR
    parts: list[Any] = [str(content_dir)]
    for file_name in (*(f for f, _ in VOCABULARIES), *OTHER_DATA):
        path = data_dir / file_name
        try:
            stat = path.stat()
            parts.append((file_name, stat.st_size, stat.st_mtime_ns, path.is_symlink()))
        except OSError:
            parts.append((file_name, None))
    return tuple(parts)


def check_vocabularies(content_dir: Path) -> VocabularyCheck:
    """The vocabularies and their problems (cached while the data files are unchanged)."""
    key = _signature(content_dir)
    if key not in _CACHE:
        if len(_CACHE) > 16:
            _CACHE.clear()
        _CACHE[key] = _check_vocabularies(content_dir)
    cached = _CACHE[key]
    return VocabularyCheck(
        set(cached.themes), list(cached.levels), cached.themes_known, list(cached.diagnostics)
    )


def _check_vocabularies(content_dir: Path) -> VocabularyCheck:
    result = VocabularyCheck()
    data_dir = Path(content_dir) / DATA_DIR
    if data_dir.is_symlink() and not is_inside(data_dir, Path(content_dir)):
        result.diagnostics.append(
            Diagnostic(str(data_dir), None, "error", "symbolic link to a folder outside content/: refused")
        )
        return result
    readable = {"themes": True, "levels": True}
    for file_name, key in VOCABULARIES:
        path = data_dir / file_name
        if path.is_symlink() and not is_inside(path, Path(content_dir)):
            result.diagnostics.append(
                Diagnostic(str(path), None, "error", "symbolic link to a file outside content/: refused")
            )
            readable[key] = False
            continue
        if not path.is_file():
            continue  # the default vocabulary of builder/data/ is used
        loaded = _read_yaml(path, result.diagnostics)
        if loaded is None:
            readable[key] = False
            continue
        _check_list(path, key, loaded[0], loaded[1], result.diagnostics)
    vocabulary = load_vocabulary(content_dir)
    if readable["themes"]:
        result.themes, result.themes_known = set(vocabulary.themes), True
    if readable["levels"]:
        result.levels = list(vocabulary.levels)
    for file_name in OTHER_DATA:
        path = data_dir / file_name
        if path.is_file() and not (path.is_symlink() and not is_inside(path, Path(content_dir))):
            loaded = _read_yaml(path, result.diagnostics)
            if loaded is not None and file_name == ALIASES_FILE:
                result.diagnostics.extend(_alias_problems(path, *loaded))
    return result


ALIASES_FILE = "practice-aliases.yaml"


def _alias_problems(path: Path, data: Any, lines: dict[str, int]) -> list[Diagnostic]:
    """Each entry of practice-aliases.yaml: a `name` (text) and `also` (a list of texts), with its line."""
    if data is None or (isinstance(data, dict) and "aliases" not in data):
        return []
    entries = data.get("aliases") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return [
            Diagnostic(
                str(path), lines.get("aliases", 1), "error", "'aliases' must be a list of {name, also}"
            )
        ]
    found: list[Diagnostic] = []
    for index, entry in enumerate(entries):
        line = lines.get(f"aliases.{index}")
        also = entry.get("also") if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            found.append(
                Diagnostic(str(path), line, "error", f"entry {index + 1} needs a 'name' (the practice)")
            )
        elif not isinstance(also, list | str) or (
            isinstance(also, list) and not all(isinstance(a, str) for a in also)
        ):
            found.append(
                Diagnostic(
                    str(path),
                    lines.get(f"aliases.{index}.also", line),
                    "error",
                    f"'{entry['name']}' needs 'also': a list of its other written forms, e.g. also: [红黑名单]",
                )
            )
    return found


MAX_SETTING = 500  # characters of a title or description


def check_site_settings(content_dir: Path) -> list[Diagnostic]:
    """`content/_data/site.yaml` (optional: without it the defaults of builder.content.settings hold): a
    group of the known settings, each of its kind; every problem with its line."""
    path = site_file(content_dir)
    if not path.is_file() and not path.is_symlink():
        return []
    if not is_inside(path, Path(content_dir)):
        return [Diagnostic(str(path), None, "error", "symbolic link to a file outside content/: refused")]
    found: list[Diagnostic] = []
    loaded = _read_yaml(path, found)
    if loaded is None or loaded[0] is None:
        return found
    data, lines = loaded
    if not isinstance(data, dict):
        keys = ", ".join(SETTINGS_KEYS)
        message = f"site.yaml must be a group of keys ({keys}), not {kind(data)}"
        return [Diagnostic(str(path), 1, "error", message)]
    for key, value in data.items():
        problem = _setting_problem(str(key), value)
        if problem:
            found.append(Diagnostic(str(path), lines.get(str(key)), "error", problem))
    return found


def _setting_problem(key: str, value: Any) -> str | None:
    if key not in SETTINGS_KEYS:
        hint = did_you_mean(key, SETTINGS_KEYS) or f" (use one of: {', '.join(SETTINGS_KEYS)})"
        return f"unknown key '{key[:60]}'{hint}"
    if value is None:
        return None  # not set: the default
    if key == "base_url":
        return base_url_problem(value)
    if key == "edition_date":
        if iso_date(value) is None:
            shown = f"{kind(value)} '{str(value)[:40]}'"
            return f"edition_date must be a date written YYYY-MM-DD, e.g. 2025-07-01, not {shown}"
        return None
    if not isinstance(value, str) or not value.strip():
        return f"'{key}' must be text, not {kind(value)}"
    if len(value) > MAX_SETTING:
        return f"'{key}' is too long ({len(value)} characters, at most {MAX_SETTING})"
    return None


def check_indicators(content_dir: Path) -> list[Diagnostic]:
    """`content/_data/indicators.yaml` (optional), laid over the default exactly as the build reads it: a
    problem is an error on the line of the indicator it names (the file's first line when none)."""
    from builder.render.indicatorfile import FILE, load_indicators  # the one reader of the indicators

    path = Path(content_dir) / DATA_DIR / FILE
    if not path.is_file():
        return []
    found: list[Diagnostic] = []
    loaded = _read_yaml(path, found)
    if loaded is None:
        return found
    data = loaded[0]
    if not (isinstance(data, dict) and isinstance(data.get("indicators"), list)):
        message = "expected 'indicators:' with a list of indicators (see builder/data/indicators.yaml)"
        return [Diagnostic(str(path), 1, "error", message)]
    try:
        indicators = load_indicators(Path(content_dir))
    except ValueError as exc:
        message = str(exc)
        named = re.search(r"indicator '([^']*)'", message)
        line = _slug_line(path, named.group(1)) if named else 1
        shown = message.split(": ", 1)[1] if message.startswith(str(content_dir)) else message
        return [
            Diagnostic(
                str(path), line, "error", f"{shown}; the build cannot compare figures until it is fixed"
            )
        ]
    problems = [(i.slug, slug_problem(i.slug)) for i in indicators]  # a slug names a page: compare/<slug>/
    return [
        Diagnostic(str(path), _slug_line(path, slug), "error", f"indicator '{slug}': {problem}")
        for slug, problem in problems
        if problem
    ]


def _slug_line(path: Path, slug: str) -> int:
    """The line of `slug: <slug>` in the YAML file at `path` (1 when it is not found)."""
    text = path.read_text(encoding="utf-8", errors="replace").splitlines()
    pattern = re.compile(r"^\s*-?\s*slug:\s*['\"]?" + re.escape(slug) + r"['\"]?\s*$")
    return next((n for n, row in enumerate(text, 1) if pattern.match(row)), 1)
