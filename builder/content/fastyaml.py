"""The front matter this project writes, read without the YAML library: a fast path for the strict loader.

`frontmatter.dump_mapping` writes a small subset of YAML: `key: value` lines at the top; below a key either
`  key: value` lines (a group) or `  - value` lines (a list of items); values are flow lists `[a, b]`, flow
mappings `{a: 1, b: [x]}`, single-quoted strings and plain scalars. `load_simple` reads exactly that subset
and gives what `yamlload.load_yaml` gives (the same values, the same line of every key); for anything else
(a comment, a block scalar, a double-quoted string, a tab, a plain scalar that YAML would read as something
other than a string, an int or a float, a key given twice …) it returns None and the strict loader reads
the file, with its errors. tests/content/test_fastyaml.py proves the two agree.
"""

from __future__ import annotations

import re
from typing import Any

import yaml.resolver

_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_TOP = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?: (.*))?")
_CHILD = re.compile(r"  ([A-Za-z_][A-Za-z0-9_-]*): (.*)")
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")
_FLOAT = re.compile(r"-?(?:0|[1-9][0-9]*)\.[0-9]+")
# printable, as YAML 1.1 reads it, without its other line breaks (NEL, LS, PS) and the byte order mark
_UNSAFE = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
# a plain scalar that starts with an indicator, holds ': ' or ' #', or ends with a space or ':' (and, in a
# flow value, holds a flow indicator) is left to the strict loader
_NOT_PLAIN = re.compile(r"^[ \-?:,\[\]{}#&*!|>'\"%@`]|: | #|[ :]$")
_NOT_PLAIN_FLOW = re.compile(r"^[ \-?:,\[\]{}#&*!|>'\"%@`]|: | #|[ :]$|[,\[\]{}]")
_FLOW_END = re.compile(r"[,\]}]")
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers  # first character -> [(tag, pattern)]
_STR = "tag:yaml.org,2002:str"
_CONSTANTS = {"null": None, "true": True, "false": False}
MAX_DIGITS = 100
MAX_DEPTH = 3  # brackets inside brackets: front matter needs two


class _Refused(Exception):
    """Not in the subset: the strict loader decides."""


def _plain(text: str, flow: bool) -> Any:
    """A plain scalar's value, when YAML reads it as a string, an int, a float, null or a boolean."""
    if not text or (_NOT_PLAIN_FLOW if flow else _NOT_PLAIN).search(text):
        raise _Refused
    implicit = _IMPLICIT.get(text[0])
    if implicit is None:  # no resolver starts with this character: a string
        return text
    if text in _CONSTANTS:
        return _CONSTANTS[text]
    if _INT.fullmatch(text):
        if len(text) > MAX_DIGITS:  # Python refuses to convert very long numbers: the strict loader says so
            raise _Refused
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    for tag, pattern in implicit:  # what Resolver.resolve does for a plain scalar
        if pattern.match(text):
            if tag != _STR:
                raise _Refused
            break
    return text


class _Flow:
    """A cursor over one line's flow value (`[a, 'b, c']`, `{k: v, l: [x]}`, a scalar)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.depth = 0

    def value(self, flow: bool) -> Any:
        char = self.text[self.at : self.at + 1]
        if char in ("[", "{"):
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise _Refused
            found = self.sequence() if char == "[" else self.mapping()
            self.depth -= 1
            return found
        if char == "'":
            return self.quoted()
        end = _FLOW_END.search(self.text, self.at) if flow else None
        stop = end.start() if end is not None else len(self.text)
        raw, self.at = self.text[self.at : stop], stop
        return _plain(raw, flow)

    def quoted(self) -> str:
        end = self.at + 1
        while True:
            end = self.text.find("'", end)
            if end < 0:
                raise _Refused
            if self.text[end + 1 : end + 2] != "'":
                break
            end += 2
        value = self.text[self.at + 1 : end].replace("''", "'")
        self.at = end + 1
        return value

    def _items(self, close: str, item: Any) -> None:
        self.at += 1
        if self.text[self.at : self.at + 1] == close:
            self.at += 1
            return
        while True:
            item()
            char = self.text[self.at : self.at + 2]
            if char[:1] == close:
                self.at += 1
                return
            if char != ", ":
                raise _Refused
            self.at += 2

    def sequence(self) -> list[Any]:
        items: list[Any] = []
        self._items("]", lambda: items.append(self.value(True)))
        return items

    def mapping(self) -> dict[str, Any]:
        found: dict[str, Any] = {}

        def pair() -> None:
            key = _KEY.match(self.text, self.at)
            if key is None or self.text[key.end() : key.end() + 2] != ": " or key.group() in found:
                raise _Refused
            _plain(key.group(), True)  # a key YAML reads as a string
            self.at = key.end() + 2
            found[key.group()] = self.value(True)

        self._items("}", pair)
        return found


def _line_value(text: str) -> Any:
    cursor = _Flow(text)
    value = cursor.value(False)
    if cursor.at != len(text):
        raise _Refused
    return value


def _note_lines(lines: dict[str, int], path: str, value: Any, line: int) -> None:
    """The lines `yamlload` gives the keys and items inside a value written on one line."""
    if isinstance(value, dict):
        for key, item in value.items():
            lines[f"{path}.{key}"] = line
            _note_lines(lines, f"{path}.{key}", item, line)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            lines.setdefault(f"{path}.{index}", line)
            _note_lines(lines, f"{path}.{index}", item, line)


def _block(rows: list[str], key: str, first: int, lines: dict[str, int]) -> Any:
    """The value of `key:` written on the indented lines `rows` (the first on file line `first`)."""
    if rows[0].startswith("  - "):
        items = []
        for offset, row in enumerate(rows):
            if not row.startswith("  - "):
                raise _Refused
            items.append(_line_value(row[4:]))
            lines.setdefault(f"{key}.{offset}", first + offset)
            _note_lines(lines, f"{key}.{offset}", items[-1], first + offset)
        return items
    group: dict[str, Any] = {}
    for offset, row in enumerate(rows):
        found = _CHILD.fullmatch(row)
        if found is None or found.group(1) in group:
            raise _Refused
        _plain(found.group(1), False)
        group[found.group(1)] = _line_value(found.group(2))
        lines[f"{key}.{found.group(1)}"] = first + offset
        _note_lines(lines, f"{key}.{found.group(1)}", group[found.group(1)], first + offset)
    return group


def load_simple(text: str, first_line: int) -> tuple[dict[str, Any], dict[str, int]] | None:
    """(front matter, line of every key) of `text` when it is in the subset this project writes, else None."""
    if _UNSAFE.search(text) or not text.endswith("\n"):
        return None
    rows = text[:-1].split("\n")
    data: dict[str, Any] = {}
    lines: dict[str, int] = {}
    try:
        index = 0
        while index < len(rows):
            found = _TOP.fullmatch(rows[index])
            if found is None or found.group(1) in data:
                return None
            key, inline = found.group(1), found.group(2)
            _plain(key, False)
            lines[key] = first_line + index
            end = index + 1
            while end < len(rows) and rows[end].startswith("  "):
                end += 1
            if inline is not None and end > index + 1:
                return None
            if inline is not None:
                data[key] = _line_value(inline)
                _note_lines(lines, key, data[key], first_line + index)
            else:
                data[key] = (
                    _block(rows[index + 1 : end], key, first_line + index + 1, lines)
                    if end > index + 1
                    else None
                )
            index = end
    except _Refused:
        return None
    return (data, lines) if data else None
