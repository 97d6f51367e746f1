"""ASCII slugs for initiatives: a short romanization of the acting place plus a topic word, unique and
stable.

`回民区` + grid-governance -> `huimin-district-grid-governance` (the romanization is text/romanize.py's).
Once a file exists its slug never changes on re-ingest (the merge keeps it), so slugs stay stable even when
extraction improves.
"""

from __future__ import annotations

from collections.abc import Iterable

from builder.text.romanize import romanize_place, slugify

MAX_SLUG_LENGTH = 80


def make_slug(place: str | None, topic: str | None, taken: Iterable[str]) -> str:
    """A new slug not in `taken`: place + topic, then -2, -3 … on collision."""
    parts = [romanize_place(place) if place else "", slugify(topic or "")]
    base = "-".join(p for p in parts if p) or "initiative"
    base = base[:MAX_SLUG_LENGTH].strip("-")
    taken_set = set(taken)
    slug = base
    counter = 2
    while slug in taken_set:
        slug = f"{base}-{counter}"
        counter += 1
    return slug
