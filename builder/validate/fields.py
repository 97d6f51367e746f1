"""Checks of single values: how an editor names a value's kind, slugs, numbers and dates."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from builder.render.urls import PAGE, RESERVED_SLUGS
from builder.schema import MAX_SLUG

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# Names Windows will not create as files, whatever the extension (CON.md is CON).
WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)


def kind(value: Any) -> str:
    """How an editor would name the YAML value they wrote."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and not math.isfinite(value):
        return "an infinite or undefined number (.inf / .nan)"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a group of keys"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    return type(value).__name__


def shorten(text: str, limit: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def slug_problem(slug: str) -> str | None:
    """What is wrong with a slug, or None. Slugs become file names and URLs: ASCII `a-z0-9-` only."""
    if not slug:
        return "slug is empty"
    shown = shorten(slug)
    if len(slug) > MAX_SLUG:
        return f"slug is too long ({len(slug)} characters, at most {MAX_SLUG})"
    if "/" in slug or "\\" in slug or ".." in slug or slug.startswith((".", "~")) or ":" in slug:
        return (
            f"unsafe slug '{shown}': it must not contain '/', '\\', ':' or '..'; "
            "use only lowercase a-z, 0-9 and hyphens"
        )
    if not slug.isascii():
        return f"slug '{shown}' must be ASCII: use only lowercase a-z, 0-9 and hyphens (pinyin or English)"
    if not SLUG_RE.fullmatch(slug):
        return (
            f"slug '{shown}' may only use lowercase a-z, 0-9 and single hyphens between them "
            "(no spaces, capitals, underscores, or hyphens at the ends)"
        )
    if slug in WINDOWS_RESERVED:
        return f"slug '{slug}' is a reserved file name on Windows; choose another"
    if slug in RESERVED_SLUGS:
        return (
            f"slug '{slug}' is reserved: the site keeps the further pages of its lists under "
            f"'{PAGE}/' (initiatives/{PAGE}/2/); choose another, e.g. '{slug}-1' or a name that says what it is"
        )
    return None


def is_number(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and value == value
        and abs(value) != float("inf")
    )


def iso_date_problem(value: Any) -> str | None:
    """What is wrong with a front matter date (YAML reads 2024-05-01 as a date already), or None."""
    if isinstance(value, (dt.date, dt.datetime)):
        return None
    if not isinstance(value, str):
        return f"'date' must be a date like 2024-05-01, not {kind(value)}"
    text = value.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            dt.date.fromisoformat(text)
            return None
        except ValueError:
            pass
    return f"date '{shorten(value)}' is not a valid date: write it as YYYY-MM-DD, e.g. 2024-05-01"
