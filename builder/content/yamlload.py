"""The one YAML reader: every YAML text the project reads (front matter, `content/_data/*.yaml`) goes through
`load_yaml`. Fast (libyaml when present), safe (no object tags), strict, and with the file line of every key.

One pass composes the document; a walk over the nodes records the line of every key as a dotted path
('region.county', 'metrics.2.value') and refuses what the schema must not even look at: aliases (`*name`, which can expand into billions of values and which no editor needs) and keys given
twice (the first value would be lost silently). Then the nodes are turned into Python values; a date that does
not exist (2024-13-01) is an error with its line, never an exception.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_NESTING = 100  # brackets inside brackets; front matter needs three


class FrontMatterError(ValueError, yaml.YAMLError):
    """A content or data file that cannot be read; `line` is 1-based within the file (None: unknown).

    A `yaml.YAMLError` too, so that a caller that reads plain data catches it as any YAML problem."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class StrictLoader(_Base):  # type: ignore[misc,valid-type]
    """The safe loader (libyaml's parser when installed) whose impossible dates are YAML errors with a line."""

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

    def construct_yaml_int(self, node: yaml.ScalarNode) -> object:
        try:
            return super().construct_yaml_int(node)
        except ValueError:  # more digits than Python converts (4300)
            raise yaml.constructor.ConstructorError(
                None, None, f"number is too long ({len(str(node.value))} characters)", node.start_mark
            ) from None


StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_yaml_timestamp)
StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_yaml_int)


def decode(raw: bytes) -> str:
    """UTF-8 text with LF line ends; FrontMatterError with the line of the first bad byte otherwise."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise FrontMatterError("file is not UTF-8; save it as UTF-8 and retry", line) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _error(exc: yaml.YAMLError, first_line: int, text: str = "") -> FrontMatterError:
    if isinstance(exc, yaml.reader.ReaderError):
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        at = text.find(char)  # libyaml counts bytes, PyYAML characters: find the character itself
        line = first_line + text[: at if at >= 0 else 0].count("\n")
        return FrontMatterError(
            f"the character U+{ord(char):04X} is not allowed in YAML: delete it (it is invisible in most editors)",
            line,
        )
    if isinstance(exc, yaml.MarkedYAMLError):
        mark = exc.problem_mark or exc.context_mark
        line = first_line + mark.line if mark else None
        if isinstance(exc, yaml.constructor.ConstructorError) and exc.problem:
            return FrontMatterError(exc.problem, line)
        return FrontMatterError(f"YAML syntax error: {exc.problem or exc}{_opened(exc, first_line)}", line)
    return FrontMatterError(f"YAML error: {exc}", None)


_OPENINGS = {"flow sequence": "[ list", "flow mapping": "{ mapping", "quoted scalar": "quoted text"}


def _opened(exc: yaml.MarkedYAMLError, first_line: int) -> str:
    """Where the bracket or quote that was never closed was opened, when that is an earlier line: libyaml
    notices an unclosed `[` only on the line after it."""
    context, start, problem = exc.context or "", exc.context_mark, exc.problem_mark
    what = next((label for key, label in _OPENINGS.items() if context.endswith(key)), None)
    if what is None or start is None or problem is None or start.line >= problem.line:
        return ""
    return f" (the {what} opened on line {first_line + start.line} is not closed)"


def _walk(root: yaml.Node, first_line: int) -> dict[str, int]:
    """Line of every key; FrontMatterError for an alias or a key given twice."""
    lines: dict[str, int] = {}
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, str, int]] = [(root, "", first_line + root.start_mark.line)]
    while stack:
        node, path, line = stack.pop()
        if id(node) in seen:  # the composer hands out the same node again only for an alias
            raise FrontMatterError(
                "YAML aliases (*name) are not allowed here: write the value out in full", line
            )
        seen.add(id(node))
        children: list[tuple[yaml.Node, str, int]] = []
        if isinstance(node, yaml.MappingNode):
            first: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = str(key_node.value)
                key_line = first_line + key_node.start_mark.line
                if key in first:
                    raise FrontMatterError(
                        f"key '{key}' is given twice (first on line {first[key]}); keep one", key_line
                    )
                first[key] = key_line
                full = f"{path}.{key}" if path else key
                lines[full] = key_line
                children.append((value_node, full, key_line))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                full = f"{path}.{index}"
                lines.setdefault(full, first_line + item.start_mark.line)
                children.append((item, full, line))  # an alias's own mark is its anchor's: report the list
        stack.extend(reversed(children))
    return lines


_BLOCK_INDICATORS = re.compile(r"(?:[-?:][ \t]+)+")


def _too_deep_blocks(text: str, first_line: int) -> FrontMatterError | None:
    """Block nesting (`- - - …`, `? ? …`, or deep indentation) beyond what libyaml can compose safely."""
    for offset, line in enumerate(text.split("\n")):
        stripped = line.lstrip(" ")
        indent = len(line) - len(stripped)
        run = _BLOCK_INDICATORS.match(stripped)
        depth = indent // 2 + (
            run.group(0).count("-") + run.group(0).count("?") + run.group(0).count(":") if run else 0
        )
        if depth > MAX_NESTING:
            return FrontMatterError(
                f"values are nested too deeply (more than {MAX_NESTING} levels)", first_line + offset
            )
    return None


def _too_deep(text: str, first_line: int) -> FrontMatterError | None:
    """Brackets nested deeper than MAX_NESTING (libyaml's parser recurses and can overflow the C stack)."""
    blocks = _too_deep_blocks(text, first_line)
    if blocks is not None:
        return blocks
    if text.count("[") + text.count("{") <= MAX_NESTING:
        return None
    depth, line = 0, first_line
    for char in text:
        if char in "[{":
            depth += 1
            if depth > MAX_NESTING:
                return FrontMatterError(
                    f"values are nested too deeply (more than {MAX_NESTING} levels)", line
                )
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "\n":
            line += 1
    return None


def load_yaml(text: str, first_line: int = 1) -> tuple[Any, dict[str, int]]:
    """(value, line of every key) of a YAML document; every problem is a FrontMatterError with its line."""
    deep = _too_deep(text, first_line)
    if deep is not None:
        raise deep
    loader = StrictLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None, {}
        lines = _walk(root, first_line)
        return loader.construct_document(root), lines
    except FrontMatterError:
        raise
    except yaml.YAMLError as exc:
        raise _error(exc, first_line, text) from None
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise FrontMatterError(f"YAML error: cannot read a value ({exc})", None) from None
    finally:
        loader.dispose()


def load(text: str) -> Any:
    """The value of a YAML document (for data files, where no line is needed); FrontMatterError otherwise."""
    return load_yaml(text)[0]
