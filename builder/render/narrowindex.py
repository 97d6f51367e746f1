"""digest serve's site index after a narrow edit, patched from the last build's (issue 16).

An edit that changes only what no grouping of the site index reads (builder.content.narrowedit decides:
an initiative's summary, its glossary sentences the same; not a title, whose cross-links move) leaves every field of the index but `entries` as
the last build made it, and every Entry but the edited ones. digest serve keeps the last build's index,
field by field, with its page records (PageRecords.values): the new index is those very objects with the
edited Entries replaced (the same region steps, body, figures and key figures: none is made of the
summary), so that no pass over the 10 000 entries is made, and the Tracker, finding every other field the
last build's object, hashes none of their reads again.

Anything else — a file added or removed, any other field changed, no last index in memory — is None: the
build makes the index whole (builder.render.indexes.build_index).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from builder.content.narrowedit import LINKED_FIELDS, changed_fields, is_narrow

if TYPE_CHECKING:
    from builder.model import Initiative
    from builder.render.indexes import SiteIndex
    from builder.render.session import IdentityMemo

# more edited initiatives than this in one build: made whole (a checkout, a search and replace)
MOST_EDITED = 20


def patched_index(initiatives: list[Initiative], previous: Any, memo: IdentityMemo) -> SiteIndex | None:
    """The site index of `initiatives`, made from the last build's (`previous`: its PageRecords, holding
    the values of its index's fields) when they are its initiatives with at most MOST_EDITED of them
    edited narrowly (the same objects for the others: digest serve's readings of unchanged files); else
    None. Each new Entry is kept in `memo` (digest serve's) for the Initiative it shows."""
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
    for entry, item in edited:
        fields = changed_fields(entry.item, item)
        if fields & LINKED_FIELDS or (
            fields and not is_narrow(entry.item, item, fields, entry.body.paragraphs)
        ):
            return None
    entries = dict(last)
    for entry, item in edited:
        entries[item.slug] = memo.keep("entry", (item,), dataclasses.replace(entry, item=item))
    assert isinstance(values, dict)
    return SiteIndex(**{**values, "entries": entries})
