"""A one-shot build's StoredBodies (builder.content.storedbuild) renders each body once, stores it in the file
cache, and keeps none of them itself: the site index holds them while pages render, and a cache holding
them too would keep every rendered body alive to the end of the build, where the search index is made."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from builder.content.filecache import load_entry
from builder.content.storedbuild import StoredBodies
from builder.render.bodycache import body_key
from builder.render.markdown import render_body


def test_rendered_bodies_are_stored_and_not_kept(tmp_path: Path) -> None:
    bodies = ["社区网格员每天走访住户。", "记录诉求，及时办结。", "社区网格员每天走访住户。"]
    rendered: list[str] = []

    def render_many(todo: list[str]) -> list:
        rendered.extend(todo)
        return [render_body(body) for body in todo]

    stored = StoredBodies(tmp_path)
    result = stored.render_all(bodies, render_many)

    assert rendered == bodies[:2]  # each body once
    assert [r.html for r in result] == [render_body(b).html for b in bodies]
    assert load_entry(tmp_path, "bodies", body_key(bodies[1])) == result[1]
    alive = [weakref.ref(r) for r in result]
    del result
    gc.collect()
    assert [ref() for ref in alive] == [None, None, None]
    # a second build of the folder takes them from the cache
    assert [r.html for r in StoredBodies(tmp_path).render_all(bodies, render_many)] == [
        render_body(b).html for b in bodies
    ]
    assert rendered == bodies[:2]
