"""Content file format: YAML front matter between `---` lines, then the Markdown body.

`dump` writes the canonical, deterministic form (key order of DESIGN §3, flow style for short lists and
for each metric, so that editors see one metric per line). `split` and `parse_yaml` read it back without
ever constructing Python objects from YAML tags (safe loading only).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import yaml

from builder.model import FRONT_MATTER_KEYS, Initiative, Metric, Region, Related, Source

DELIMITER = "---"
# libyaml's C parser and emitter when PyYAML was built with it (same safe semantics, ~10x faster).
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_Dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


class FrontMatterError(ValueError):
    """A content file whose front matter cannot be read; `line` is 1-based within the file."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


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
    """Safe-load the front matter with the strict loader of `builder.content.yamlload` (no object tags, no
    aliases, bounded nesting); every problem is a FrontMatterError with its file line, never a crash."""
    from builder.content.yamlload import load_yaml  # imports this module: resolved at call time

    data, _ = load_yaml(content.yaml_text, content.yaml_first_line)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("front matter must be a mapping of keys to values", content.yaml_first_line)
    return data


def key_lines(content: ContentText) -> dict[str, int]:
    """File line of every key, as dotted paths ('region.county', 'metrics.2.value')."""
    try:
        root = yaml.compose(content.yaml_text, Loader=_Loader)
    except yaml.YAMLError:
        return {}
    found: dict[str, int] = {}

    def walk(node: yaml.Node, path: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key = f"{path}.{key_node.value}" if path else str(key_node.value)
                found[key] = content.yaml_first_line + key_node.start_mark.line
                walk(value_node, key)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                key = f"{path}.{index}"
                found[key] = content.yaml_first_line + item.start_mark.line
                walk(item, key)

    if root is not None:
        walk(root, "")
    return found


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


def _metric_mapping(metric: Metric) -> dict[str, Any]:
    value = metric.value
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {
        "label": metric.label,
        "value": value,
        "unit": metric.unit,
        "approx": metric.approx,
        "quote": metric.quote,
    }


def to_mapping(initiative: Initiative) -> dict[str, Any]:
    """The front matter of an initiative as plain data, in DESIGN §3 key order."""
    source: dict[str, Any] = {
        "file": initiative.source.file,
        "part": initiative.source.part,
        "byline": initiative.source.byline,
    }
    region = initiative.region
    return {
        "title": initiative.title,
        "slug": initiative.slug,
        "source": source,
        "parent": initiative.parent,
        "date": initiative.date,
        "region": {
            "province": region.province,
            "city": region.city,
            "county": region.county,
            "code": region.code,
        },
        "locality": initiative.locality,
        "level": initiative.level,
        "themes": list(initiative.themes),
        "practices": list(initiative.practices),
        "metrics": [_metric_mapping(m) for m in initiative.metrics],
        "summary": initiative.summary,
        "keywords": list(initiative.keywords),
        "related": {"pin": list(initiative.related.pin), "block": list(initiative.related.block)},
        "review": list(initiative.review),
    }


def dump_mapping(mapping: dict[str, Any]) -> str:
    """Canonical YAML for a front matter mapping (known keys first in DESIGN order, then any others)."""
    ordered = [k for k in FRONT_MATTER_KEYS if k in mapping] + sorted(
        k for k in mapping if k not in FRONT_MATTER_KEYS
    )
    out: list[str] = []
    for key in ordered:
        value = mapping[key]
        if key in ("source", "region") and isinstance(value, dict):
            out.append(f"{key}:")
            out.extend(f"  {k}: {_scalar(v)}" for k, v in value.items())
        elif key == "metrics" and isinstance(value, list) and value:
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


def from_mapping(data: dict[str, Any], body: str) -> Initiative:
    """Build an Initiative from front matter that has been validated (or is trusted)."""
    source = data.get("source") or {}
    region = data.get("region") or {}
    related = data.get("related") or {}
    metrics = []
    for item in data.get("metrics") or []:
        if isinstance(item, dict):
            metrics.append(
                Metric(
                    label=str(item.get("label", "")),
                    value=item.get("value", 0),
                    unit=str(item.get("unit") or ""),
                    approx=bool(item.get("approx", False)),
                    quote=str(item.get("quote") or ""),
                )
            )
    code = region.get("code") if isinstance(region, dict) else None
    return Initiative(
        title=str(data.get("title", "")),
        slug=str(data.get("slug", "")),
        source=Source(
            file=str(source.get("file", "")) if isinstance(source, dict) else "",
            part=int(source.get("part") or 0) if isinstance(source, dict) else 0,
            byline=_str_or_none(source.get("byline")) if isinstance(source, dict) else None,
        ),
        body=body,
        parent=_str_or_none(data.get("parent")),
        date=_str_or_none(data.get("date")),
        region=Region(
            province=_str_or_none(region.get("province")) if isinstance(region, dict) else None,
            city=_str_or_none(region.get("city")) if isinstance(region, dict) else None,
            county=_str_or_none(region.get("county")) if isinstance(region, dict) else None,
            code=None if code is None else str(code),
        ),
        locality=_str_or_none(data.get("locality")),
        level=_str_or_none(data.get("level")),
        themes=_str_list(data.get("themes")),
        practices=_str_list(data.get("practices")),
        metrics=metrics,
        summary=_str_or_none(data.get("summary")),
        keywords=_str_list(data.get("keywords")),
        related=Related(
            pin=tuple(_str_list(related.get("pin"))) if isinstance(related, dict) else (),
            block=tuple(_str_list(related.get("block"))) if isinstance(related, dict) else (),
        ),
        review=_str_list(data.get("review")),
    )


def parse(text: str) -> tuple[Initiative, dict[str, Any], ContentText]:
    """Parse a whole content file (trusted input: no schema validation here)."""
    content = split(text)
    data = parse_yaml(content)
    return from_mapping(data, content.body), data, content
