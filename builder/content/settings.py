"""The site settings: `content/_data/site.yaml`, optional, with every value defaulted here.

    title: 基层治理实践辑要 Practices Digest    # the site's name on every page, and the feed's title
    description: …                            # the feed's subtitle
    base_url: https://example.org/digest/     # where the site is published (`--base-url` wins over it)
    edition_date: 2025-07-01                  # the date of this edition of the digest

Reading is lenient, like the rest of `content/` (a missing file, or a value of the wrong kind, gives the
default); `builder.validate.data` reports what is wrong with the file, with its line, and a build with an
error in it writes nothing. The file is content only: the project ships no `site.yaml` of its own.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.content.loader import DATA_DIR, MAX_FILE_BYTES, is_inside
from builder.content.yamlload import FrontMatterError, decode, load

SITE_FILE = "site.yaml"
SETTINGS_KEYS: tuple[str, ...] = ("title", "description", "base_url", "edition_date")
DEFAULT_TITLE = "基层治理实践辑要 Practices Digest"
DEFAULT_DESCRIPTION = "各地基层治理与党建实践，按主题、地区、层级、做法和数据对照阅读。"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WITH_HOST = re.compile(r"https?://[^/\s?#]+(/[^\s]*)?", re.I)


@dataclass(frozen=True)
class SiteSettings:
    """The settings a build uses. `base_url` and `edition_date` are None when the file does not set them."""

    title: str = DEFAULT_TITLE
    description: str = DEFAULT_DESCRIPTION
    base_url: str | None = None
    edition_date: str | None = None  # YYYY-MM-DD


def iso_date(value: Any) -> str | None:
    """`value` as YYYY-MM-DD when it is a real date (YAML reads 2025-07-01 as one), else None."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def has_host(base_url: str) -> bool:
    """Whether a base URL is absolute (`https://host/…`), so that links made from it work anywhere."""
    return bool(_WITH_HOST.fullmatch(base_url.strip()))


def base_url_problem(value: Any) -> str | None:
    """What is wrong with a `base_url` value, or None: a path from the site's root or an http(s) URL."""
    if not isinstance(value, str) or not value.strip():
        return "'base_url' must be text like https://example.org/digest/ or /digest/"
    text = value.strip()
    if text.startswith("/") and not text.startswith("//") and not re.search(r"[\s?#]", text):
        return None
    if has_host(text) and not re.search(r"[?#]", text):
        return None
    return (
        f"base_url '{text[:80]}' must be an http(s) address like https://example.org/digest/ "
        "(or a path from the site's root like /digest/)"
    )


def settings_from(data: Any) -> SiteSettings:
    """The settings a mapping read from site.yaml gives; what is missing or unusable keeps its default."""
    if not isinstance(data, dict):
        return SiteSettings()

    def text(key: str, default: str) -> str:
        value = data.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else default

    base = data.get("base_url")
    return SiteSettings(
        title=text("title", DEFAULT_TITLE),
        description=text("description", DEFAULT_DESCRIPTION),
        base_url=base.strip() if base_url_problem(base) is None else None,
        edition_date=iso_date(data.get("edition_date")),
    )


def site_file(content_dir: Path) -> Path:
    return Path(content_dir) / DATA_DIR / SITE_FILE


def load_settings(content_dir: Path) -> SiteSettings:
    """The settings of `content_dir/_data/site.yaml` (the defaults when there is none, or it cannot be read:
    `digest check` says why)."""
    path = site_file(content_dir)
    if not path.is_file() or not is_inside(path, Path(content_dir)):
        return SiteSettings()
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return SiteSettings()
        return settings_from(load(decode(path.read_bytes())))
    except (FrontMatterError, OSError):
        return SiteSettings()
