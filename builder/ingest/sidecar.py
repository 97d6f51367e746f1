"""A page's optional sidecar `seeds/<page>.yaml`: the publication, date, page number and web address of a page.

    publication: 塞上党建报
    date: 2025-04-09
    page: 2
    url: https://epaper.example.org/sssd/2025-04-09/02/

Every key is optional. A sidecar that cannot be read, or holds a wrong value or an unknown key, is a
`SidecarError` naming the file and line; the page is then ingested without it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from builder.content.yamlload import FrontMatterError, decode, load_yaml

KEYS = ("publication", "date", "page", "url")


class SidecarError(ValueError):
    """A sidecar that cannot be used: the message names the file and line and says what to write."""


def sidecar_path(page: Path) -> Path:
    return page.with_suffix(".yaml")


def read_sidecar(page: Path) -> dict[str, Any]:
    """The page metadata of `page` ({} when it has no sidecar): publication (text), date (YYYY-MM-DD text),
    page (a whole number from 1), url (text)."""
    path = sidecar_path(page)
    if not path.is_file():
        return {}
    try:
        data, lines = load_yaml(decode(path.read_bytes()))
    except FrontMatterError as exc:
        raise SidecarError(f"{path}:{exc.line or 1}: error: {exc.message}") from None
    except OSError as exc:
        raise SidecarError(f"{path}: error: cannot read the page's sidecar: {exc.strerror}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SidecarError(
            f"{path}:1: error: write the page's metadata as `key: value` lines ({', '.join(KEYS)})"
        )
    meta: dict[str, Any] = {}
    for key, value in data.items():
        where = f"{path}:{lines.get(str(key), 1)}"
        problem = _problem(str(key), value)
        if problem:
            raise SidecarError(f"{where}: error: {problem}")
        if value is not None:
            meta[str(key)] = str(value) if key == "date" else value
    return meta


def _problem(key: str, value: Any) -> str | None:
    if key not in KEYS:
        return f"unknown key '{key}': a sidecar knows only {', '.join(KEYS)}"
    if value is None:
        return None
    if key == "date" and not isinstance(value, dt.date) and not _iso_date(value):
        return f"date must be written YYYY-MM-DD, e.g. date: 2025-04-09, not '{value}'"
    if key == "page" and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        return f"page must be a whole number from 1 up, e.g. page: 2, not '{value}'"
    if key in ("publication", "url") and (not isinstance(value, str) or not value.strip()):
        return f"{key} must be one line of text"
    return None


def _iso_date(value: Any) -> bool:
    """A date written as quoted text (`'2025-04-09'`)."""
    try:
        return isinstance(value, str) and len(value) == 10 and bool(dt.date.fromisoformat(value))
    except ValueError:
        return False
