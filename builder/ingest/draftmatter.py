"""The front matter ingest writes for a draft, before it is merged with the file an editor may have changed
(new_mapping, moved out of workers.py); the hashes of the fields and body a page alone decides (early_hashes: the
schema's late fields, slug, parent and keywords, are known only once every page is extracted); a content file
rendered from its front matter and body (render_job, run in the workers).
"""

from __future__ import annotations

from typing import Any

from builder.extract.fields import Extracted
from builder.ingest.draft import Draft
from builder.ingest.merge import BODY, value_hash
from builder.schema import LATE_FIELDS


def early_hashes(draft: Draft, fields: Extracted) -> dict[str, str]:
    """The hashes (merge.value_hash) of the front matter fields and body a page alone decides."""
    mapping = new_mapping(draft, fields, "", None)
    hashes = {key: value_hash(value) for key, value in mapping.items() if key not in LATE_FIELDS}
    hashes[BODY] = value_hash(draft.body)
    return hashes


def render_job(job: tuple[dict[str, Any], str]) -> str:
    from builder.content.frontmatter import render_file

    mapping, body = job
    return render_file(mapping, body)


def new_mapping(draft: Draft, extracted: Extracted, slug: str, parent: str | None) -> dict[str, Any]:
    """The front matter ingest writes for a draft (before merging with the file an editor may have changed)."""
    region = extracted.region
    return {
        "title": draft.title,
        "subtitle": draft.subtitle,
        "slug": slug,
        "source": {
            "file": draft.source_file,
            "part": draft.part,
            "byline": draft.byline,
            "publication": draft.page_meta.get("publication"),
            "page": draft.page_meta.get("page"),
            "url": draft.page_meta.get("url"),
        },
        "parent": parent,
        "date": draft.page_meta.get("date") or draft.date,
        "captions": draft.captions,
        "region": {
            "province": region.province,
            "city": region.city,
            "county": region.county,
            "code": region.code,
        },
        "locality": extracted.locality,
        "level": extracted.level,
        "themes": list(extracted.themes),
        "practices": list(extracted.practices),
        "metrics": [
            {"label": m.label, "value": m.value, "unit": m.unit, "approx": m.approx, "quote": m.quote}
            for m in extracted.metrics
        ],
        "summary": extracted.summary,
        "keywords": list(extracted.keywords),
        "related": {"pin": [], "block": []},
        "review": [*draft.review, *extracted.review],
    }
