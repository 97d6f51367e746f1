"""Content file format: YAML front matter between `---` lines, then the Markdown body.

`dump` writes the canonical, deterministic form (the key order of `builder.schema.FIELDS`, flow style for short
lists and for each metric, so that editors see one metric per line). `split`, `parse_yaml` and
`load_front_matter` read it back through the strict loader of `builder.content.yamlload` (safe loading only).
`to_mapping` and `from_mapping` convert between an `Initiative` and plain data, field by field as the schema
table declares them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import yaml

from builder.content.fastyaml import load_simple
from builder.content.yamlload import FrontMatterError, decode, load_yaml
from builder.model import Initiative
from builder.schema import BY_NAME, FIELDS, FRONT_MATTER_KEYS, Field

DELIMITER = "---"
# libyaml's C emitter when PyYAML was built with it (same output, ~10x faster).
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class ContentText:
    """A content file cut in two: the YAML text and the body, with the line where each starts."""

    yaml_text: str
    body: str
    yaml_first_line: int  # 1-based line of the first YAML line in the file
    body_first_line: int  # 1-based line of the body's first text line (after the closing '---' and blanks)


def split(text: str) -> ContentText:
    """Cut a content file into front matter and body. Raises FrontMatterError if there is none."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != DELIMITER:
        raise FrontMatterError("file does not start with a '---' front matter line", 1)
    for index in range(1, len(lines)):
        if lines[index].rstrip() == DELIMITER:
            yaml_text = "\n".join(lines[1:index]) + "\n"
            rest = "\n".join(lines[index + 1 :])
            body = rest.strip("\n")
            blank = len(rest) - len(rest.lstrip("\n")) if body.strip() else 0  # lines before the body's text
            return ContentText(yaml_text, body + "\n" if body else "", 2, index + 2 + blank)
    raise FrontMatterError("front matter is not closed by a '---' line", len(lines))


def parse_yaml(content: ContentText) -> dict[str, Any]:
    """Safe-load the front matter with the strict loader (no object tags, no aliases, bounded nesting);
    every problem is a FrontMatterError with its file line, never a crash."""
    return _front_matter(content)[0]


def _front_matter(content: ContentText) -> tuple[dict[str, Any], dict[str, int]]:
    simple = load_simple(content.yaml_text, content.yaml_first_line)  # what dump writes, read fast
    if simple is not None:
        return simple
    data, lines = load_yaml(content.yaml_text, content.yaml_first_line)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", content.yaml_first_line)
    return data, lines


def load_front_matter(raw: bytes) -> tuple[ContentText, dict[str, Any], dict[str, int]]:
    """Decode, split and load one content file: (pieces, front matter, file line of every key)."""
    content = split(decode(raw))
    data, lines = _front_matter(content)
    return content, data, lines


# ---------------------------------------------------------------------------------------------- writing


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        value = int(value)
    return _flow(value)


def _flow(value: Any) -> str:
    text = yaml.dump(
        value,
        Dumper=_Dumper,
        default_flow_style=True,
        allow_unicode=True,
        sort_keys=False,
        width=1_000_000,
    )
    if text.endswith("\n...\n"):
        text = text[: -len("\n...\n")]
    return text.rstrip("\n")


def _plain(value: Any, spec: Field) -> Any:
    """A model value as the plain data its field is written as."""
    if spec.shape == "group":
        return {part.name: _plain(getattr(value, part.name), part) for part in spec.parts}
    if spec.shape == "items":
        return [{part.name: _plain(getattr(item, part.name), part) for part in spec.parts} for item in value]
    if spec.shape in ("texts", "words", "slugs", "notes"):
        return list(value)
    if spec.shape == "number" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def to_mapping(initiative: Initiative) -> dict[str, Any]:
    """The front matter of an initiative as plain data, in the key order of the schema."""
    return {spec.name: _plain(getattr(initiative, spec.name), spec) for spec in FIELDS}


def dump_mapping(mapping: dict[str, Any]) -> str:
    """Canonical YAML for a front matter mapping (known keys first in the schema's order, then any others)."""
    ordered = [k for k in FRONT_MATTER_KEYS if k in mapping] + sorted(
        k for k in mapping if k not in FRONT_MATTER_KEYS
    )
    out: list[str] = []
    for key in ordered:
        value = mapping[key]
        by_line = key in BY_NAME and BY_NAME[key].by_line
        if by_line and isinstance(value, dict):
            out.append(f"{key}:")
            out.extend(f"  {k}: {_scalar(v)}" for k, v in value.items())
        elif by_line and isinstance(value, list) and value:
            out.append(f"{key}:")
            out.extend(f"  - {_flow(item)}" for item in value)
        elif isinstance(value, (list, dict)):
            out.append(f"{key}: {_flow(value)}")
        else:
            out.append(f"{key}: {_scalar(value)}")
    return "\n".join(out) + "\n"


def dump(initiative: Initiative) -> str:
    """The whole content file for an initiative."""
    return render_file(to_mapping(initiative), initiative.body)


def render_file(mapping: dict[str, Any], body: str) -> str:
    body = body.strip("\n")
    return f"{DELIMITER}\n{dump_mapping(mapping)}{DELIMITER}\n\n{body}\n"


# ---------------------------------------------------------------------------------------------- reading


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    return str(value)


def _str_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(v) for v in value if v is not None]


def _read(holder: dict[str, Any], spec: Field) -> Any:
    """The value of `spec` in `holder`, made into what the model holds (lenient: never asks for validity)."""
    shape, name = spec.shape, spec.name
    if shape == "group":
        value = holder.get(name) or {}
        inner = value if isinstance(value, dict) else {}
        return spec.model(**{part.name: _read(inner, part) for part in spec.parts})
    if shape == "items":
        return [
            spec.model(**{part.name: _read(item, part) for part in spec.parts})
            for item in holder.get(name) or []
            if isinstance(item, dict)
        ]
    if shape in ("texts", "words", "notes"):
        return _str_list(holder.get(name))
    if shape == "slugs":
        return tuple(_str_list(holder.get(name)))  # held by a frozen dataclass
    if shape == "whole":
        value = holder.get(name) or spec.default
        return None if value is None else int(value)
    if shape == "number":
        return holder.get(name, spec.default)
    if shape == "flag":
        return bool(holder.get(name, spec.default))
    if spec.required:
        return str(holder.get(name, spec.default))
    if spec.default is not None:
        return str(holder.get(name) or spec.default)
    return _str_or_none(holder.get(name))


def from_mapping(data: dict[str, Any], body: str) -> Initiative:
    """Build an Initiative from front matter that has been validated (or is trusted)."""
    return Initiative(body=body, **{spec.name: _read(data, spec) for spec in FIELDS})


def parse(text: str) -> tuple[Initiative, dict[str, Any], ContentText]:
    """Parse a whole content file (trusted input: no schema validation here)."""
    content = split(text)
    data = parse_yaml(content)
    return from_mapping(data, content.body), data, content
