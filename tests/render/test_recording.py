"""builder.render.recording: what a page reads of the site index while it renders."""

from __future__ import annotations

import pytest


def test_a_traced_initiative_notes_each_field_read_and_stays_itself() -> None:
    """TracedEntry reads through `__getattribute__`: every field is noted (`item` one level down), special
    names are its own (it is no Entry to isinstance), and it cannot be changed."""
    from types import SimpleNamespace

    from builder.render.recording import TracedEntry, recorded

    item = SimpleNamespace(title="网格", summary="s", locality="")
    entry = SimpleNamespace(item=item, steps=(), slug="a")
    traced = TracedEntry(entry, "a|")

    def page() -> str:
        return f"{traced.item.title}{traced.steps}{traced.item.title}"

    result, reads = recorded(page)
    assert result == "网格()网格"
    assert reads == (("entries", "a|item.title"), ("entries", "a|steps"))
    assert traced.__class__ is TracedEntry and not isinstance(traced, SimpleNamespace)
    assert repr(traced) == "TracedEntry('a|')"
    with pytest.raises(AttributeError):
        traced.item.nothing  # noqa: B018
    with pytest.raises(AttributeError):
        traced.slug = "b"
