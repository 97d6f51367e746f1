"""Validate the editable data files in `content/_data/` and the YAML shape of front matter.

The vocabularies (`themes.yaml`, `levels.yaml`) are edited by editors like any content, so they get the same
care: syntax errors with their line, entries without a slug or labels, duplicate or unsafe slugs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from builder.content import DATA_DIR
from builder.frontmatter import ContentText, FrontMatterError, key_lines, split
from builder.validate_fields import MAX_FILE_BYTES, Diagnostic, kind, slug_problem

VOCABULARIES: tuple[tuple[str, str], ...] = (("themes.yaml", "themes"), ("levels.yaml", "levels"))
OTHER_DATA: tuple[str, ...] = ("places.yaml",)


@dataclass
class VocabularyCheck:
    """The slugs each vocabulary defines, whether the themes could be read, and the problems found."""

    themes: set[str] = field(default_factory=set)
    levels: list[str] = field(default_factory=list)
    themes_known: bool = False
    diagnostics: list[Diagnostic] = field(default_factory=list)


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader whose bad dates (2024-13-01) are YAML errors with a line, not bare ValueErrors."""

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> object:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, TypeError, AttributeError):
            raise yaml.constructor.ConstructorError(
                None,
                None,
                f"date '{node.value}' is not a valid date: write it as YYYY-MM-DD, e.g. 2024-05-01",
                node.start_mark,
            ) from None


_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", _StrictLoader.construct_yaml_timestamp)


def safe_load(text: str, first_line: int = 1) -> Any:
    """`yaml.safe_load` that raises only FrontMatterError, with the file line of the problem."""
    try:
        return yaml.load(text, Loader=_StrictLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else None
        if isinstance(exc, yaml.constructor.ConstructorError) and exc.problem:
            raise FrontMatterError(exc.problem, line) from None
        raise FrontMatterError(f"YAML syntax error: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise FrontMatterError(f"YAML error: {exc}", None) from None
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise FrontMatterError(f"YAML error: cannot read a value ({exc})", None) from None


def decode(raw: bytes) -> str:
    """UTF-8 text with LF line ends; FrontMatterError with the line of the first bad byte otherwise."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FrontMatterError("file is not UTF-8; save it as UTF-8 and retry", line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_front_matter(raw: bytes) -> tuple[ContentText, dict[str, Any]]:
    """Decode, split and load one content file for validation; every problem is a FrontMatterError."""
    text = split(decode(raw))
    problem = yaml_structure_problem(text)
    if problem is not None:
        raise FrontMatterError(problem[1], problem[0])
    data = safe_load(text.yaml_text, text.yaml_first_line)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", text.yaml_first_line)
    return text, data


def yaml_structure_problem(text: ContentText) -> tuple[int, str] | None:
    """(line, message) for YAML the schema must not even look at: aliases, and keys given twice.

    Aliases are refused because a few of them can expand into billions of values (and no editor needs them);
    a key given twice would silently lose the first value.
    """
    try:
        for event in yaml.parse(text.yaml_text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                line = text.yaml_first_line + event.start_mark.line
                return line, f"YAML alias '*{event.anchor}' is not allowed here: write the value out in full"
        root = yaml.compose(text.yaml_text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None  # already reported as a syntax error by the loader
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value)
                line = text.yaml_first_line + key_node.start_mark.line
                if key in seen:
                    return line, f"key '{key}' is given twice (first on line {seen[key]}); keep one"
                seen[key] = line
                stack.append(value_node)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None


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
        text = ContentText(decode(raw), "", 1, 0)
        problem = yaml_structure_problem(text)
        if problem:
            raise FrontMatterError(problem[1], problem[0])
        data = safe_load(text.yaml_text)
    except FrontMatterError as exc:
        found.append(Diagnostic(name, exc.line, "error", exc.message))
        return None
    return data, key_lines(text)


def _outside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except (ValueError, OSError, RuntimeError):
        return True
    return False


def _check_list(path: Path, key: str, data: Any, lines: dict[str, int], found: list[Diagnostic]) -> list[str]:
    name = str(path)
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
                        f"'{slug}' needs a '{label}' label (text)",
                    )
                )
    return slugs


def check_vocabularies(content_dir: Path) -> VocabularyCheck:
    result = VocabularyCheck()
    data_dir = Path(content_dir) / DATA_DIR
    for file_name, key in VOCABULARIES:
        path = data_dir / file_name
        if path.is_symlink() and _outside(path, Path(content_dir)):
            result.diagnostics.append(
                Diagnostic(str(path), None, "error", "symbolic link to a file outside content/: refused")
            )
            continue
        if not path.is_file():
            if key == "themes":
                result.diagnostics.append(
                    Diagnostic(
                        str(path), None, "error", "theme vocabulary not found: themes cannot be checked"
                    )
                )
            continue
        loaded = _read_yaml(path, result.diagnostics)
        if loaded is None:
            continue
        slugs = _check_list(path, key, loaded[0], loaded[1], result.diagnostics)
        if key == "themes":
            result.themes = set(slugs)
            result.themes_known = True
        else:
            result.levels = slugs
    for file_name in OTHER_DATA:
        path = data_dir / file_name
        if path.is_file() and not (path.is_symlink() and _outside(path, Path(content_dir))):
            _read_yaml(path, result.diagnostics)
    return result
