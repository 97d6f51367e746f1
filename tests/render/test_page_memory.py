"""What the main process holds while a big build's pages render (issue 16: peak memory): search documents
past a number of characters wait in a file (given back equal and in order, the site the same), and the
initiatives' Markdown bodies are let go once the index is made (the site the same)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.render import searchspool
from builder.render import site as site_stage
from builder.render.search import SearchDoc
from builder.render.searchspool import SpooledDocs
from tests.support.fixture_site import build_site


def _doc(n: int) -> SearchDoc:
    text = f"第{n}个村的议事会 " * (n % 7 + 1)
    return SearchDoc(f"initiatives/i{n}/", f"标题{n}", "某省 · 某县", text, f"标题{n} 议事", text[:5])


def test_documents_past_the_limit_wait_in_a_file_and_come_back_equal_in_order(tmp_path: Path) -> None:
    given = [_doc(n) for n in range(3 * searchspool.BATCH + 5)]
    docs = SpooledDocs(limit=200, folder=tmp_path)
    for doc in given:
        docs.append(doc)
        assert len(docs._held) <= searchspool.BATCH  # never every document as objects
    assert docs.spilled and len(docs) == len(given)
    back = docs.loaded()
    assert back == given and [d.snippet for d in back] == [d.snippet for d in given]
    assert docs.loaded() is back and list(docs) == given  # read back once
    assert list(tmp_path.iterdir()) == []  # the file has no name


def test_documents_under_the_limit_stay_the_objects_given(tmp_path: Path) -> None:
    given = [_doc(n) for n in range(10)]
    docs = SpooledDocs(limit=10**6, folder=tmp_path)
    for doc in given:
        docs.append(doc)
    assert not docs.spilled
    assert all(a is b for a, b in zip(docs.loaded(), given, strict=True))


def test_documents_stay_held_when_no_file_can_be_made(tmp_path: Path) -> None:
    given = [_doc(n) for n in range(searchspool.BATCH + 3)]
    docs = SpooledDocs(limit=200, folder=tmp_path / "gone")
    for doc in given:
        docs.append(doc)
    assert docs.spilled and docs.loaded() == given


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_site_whose_documents_waited_in_a_file_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_content
) -> None:
    content = fixture_content()
    held = _files(build_site(content, tmp_path / "held", force=True))
    monkeypatch.setattr(searchspool, "AHEAD_CHARS", 1)  # every document past it
    spilled: list[bool] = []
    loaded = SpooledDocs.loaded
    monkeypatch.setattr(SpooledDocs, "loaded", lambda docs: spilled.append(docs.spilled) or loaded(docs))
    assert _files(build_site(content, tmp_path / "spooled", force=True)) == held
    assert spilled and all(spilled)


def test_a_big_one_shot_build_lets_the_markdown_bodies_go_and_renders_the_same(
    monkeypatch: pytest.MonkeyPatch, fixture_content
) -> None:
    from builder.content.loader import load_content, load_vocabulary
    from builder.render import indexes

    content = fixture_content()
    vocab = load_vocabulary(content)
    kept = [f.initiative for f in load_content(content)]
    held = dict(site_stage.render_site(kept, vocab, "/"))
    assert all(item.body for item in kept)  # a small site keeps them
    monkeypatch.setattr(indexes, "LAID_OUT", 1)  # as big as a site that forks page workers
    items = [f.initiative for f in load_content(content)]
    assert dict(site_stage.render_site(items, vocab, "/")) == held
    assert [item for item in items if "body" in vars(item)] == []
