"""digest serve's site index after a narrow edit, patched from the last build's (issue 16).

An edit that changes only what no grouping of the site index reads (builder.content.narrowedit decides:
an initiative's summary, its glossary sentences the same; a title) leaves every field of the index but
`entries` as the last build made it, and every Entry but the edited ones; a title (LINKED_FIELDS) moves the
cross-links too: they are made again (the caller's `relink`: compute_links, from the kept links state), the
`related` of the initiatives whose links moved replaced and the theme pairs patched from the moved links
(relatedviews.patched_theme_pairs, as a one-shot build's narrowlinks.py does). digest serve keeps the last build's index,
field by field, with its page records (PageRecords.values): the new index is those very objects with the
edited Entries replaced (the same region steps, body, figures and key figures: none is made of the
summary), so that no pass over the 10 000 entries is made, and the Tracker, finding every other field the
last build's object, hashes none of their reads again.

Anything else — a file added or removed, any other field changed, no last index in memory — is None: the
build makes the index whole (builder.render.indexes.build_index).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from builder.content.narrowedit import LINKED_FIELDS, changed_fields, is_narrow

if TYPE_CHECKING:
    from builder.model import Initiative
    from builder.render.indexes import SiteIndex
    from builder.render.session import IdentityMemo

# more edited initiatives than this in one build: made whole (a checkout, a search and replace)
MOST_EDITED = 20


# the cross-links of the initiatives and the digest of their inputs (site.compute_links, site.link_digest)
Relink = Callable[[], tuple[dict[str, list[Any]], str]]


def patched_index(
    initiatives: list[Initiative], previous: Any, memo: IdentityMemo, relink: Relink | None = None
) -> tuple[SiteIndex, str] | None:
    """The site index of `initiatives` and the digest of its cross-links' inputs, made from the last
    build's (`previous`: its PageRecords, holding the values of its index's fields and that digest) when
    they are its initiatives with at most MOST_EDITED of them edited narrowly (the same objects for the
    others: digest serve's readings of unchanged files); a title edit only with `relink`, which makes the
    cross-links again; else None. Each new Entry is kept in `memo` (digest serve's) for the Initiative it
    shows."""
    from builder.render.indexes import SiteIndex

    values = getattr(previous, "values", None)
    last = values.get("entries") if isinstance(values, dict) else None
    if not isinstance(last, dict) or len(last) != len(initiatives) or not getattr(previous, "links", ""):
        return None
    edited = []
    for item in initiatives:
        entry = last.get(item.slug)
        if entry is None:
            return None
        if entry.item is not item:
            edited.append((entry, item))
            if len(edited) > MOST_EDITED:
                return None
    linked = False
    for entry, item in edited:
        fields = changed_fields(entry.item, item)
        if fields and not is_narrow(entry.item, item, fields, entry.body.paragraphs):
            return None
        linked = linked or bool(fields & LINKED_FIELDS)
    if linked and relink is None:
        return None
    entries = dict(last)
    for entry, item in edited:
        entries[item.slug] = memo.keep("entry", (item,), dataclasses.replace(entry, item=item))
    assert isinstance(values, dict)
    fields = {**values, "entries": entries}
    inputs = previous.links
    if linked:
        assert relink is not None
        related, inputs = relink()
        fields.update(_relinked(values, entries, related))
    return SiteIndex(**fields), inputs


def _relinked(
    values: dict[str, Any], entries: dict[str, Any], related: dict[str, list[Any]]
) -> dict[str, Any]:
    """The `related` and `theme_pairs` fields after the cross-links became `related`: the last build's
    (`values`) with the links of the initiatives whose links moved replaced (the others' lists the very
    objects they were) and the theme pairs patched from those (relatedviews.patched_theme_pairs)."""
    from builder.render.indexes import _links
    from builder.render.relatedviews import patched_theme_pairs

    last = values["related"]
    links = dict(last)
    moved = []
    for slug, kept in last.items():
        now = _links(related.get(slug, []), entries, slug)
        if now is not kept and now != kept:
            links[slug] = now
            moved.append(slug)
    if not moved:
        return {}
    position = {slug: k for k, slug in enumerate(entries)}
    themes_of = {slug: entry.item.themes for slug, entry in entries.items()}
    pairs = patched_theme_pairs(
        values["theme_pairs"], values["themes"], (last, links), moved, themes_of, position
    )
    return {"related": links, "theme_pairs": pairs}
