"""The readers of initiatives' fields (incremental.entry_readers, issue 16's narrow path, step 2): after a
summary edit, every page the build renders again is among the readers of a field of the edited
initiative, and each reader is noted with the fields it read."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from builder.commands.build import run_build
from builder.render import incremental, recordstore
from builder.util import buildstamp
from tests.render.test_incremental import _inodes, _save
from tests.support.fixture_site import INITIATIVES, write_content


def test_readers_by_slug_with_the_fields_read() -> None:
    records = {
        ("initiative", "a"): (
            "initiatives/a/index.html",
            (("entries", "a|item.summary"), ("entries", "a|")),
            "d",
        ),
        ("theme", "t"): (
            "themes/t/index.html",
            (("entries", "#"), ("entries", "a|item.title"), ("entries", "b|lead"), ("entries", "a|lead")),
            "d",
        ),
        ("home", ""): ("index.html", (("themes", "*"), ("entries", "b|")), "d"),
    }
    assert incremental.entry_readers(records) == {
        "a": {("initiative", "a"): ("item.summary",), ("theme", "t"): ("item.title", "lead")},
        "b": {("theme", "t"): ("lead",)},
    }


def test_the_pages_a_summary_edit_renders_again_read_a_field_of_the_edited_initiative(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    last = buildstamp.last_build(site.resolve())[0]
    records = recordstore.load_records(buildstamp.records_path(site.resolve()), last)
    assert records is not None
    readers = incremental.entry_readers(records)
    edited = INITIATIVES[2]
    before = _inodes(site)
    _save(content, dataclasses.replace(edited, summary="编辑改写的摘要：居民议事。"))
    assert run_build(content, site, quiet=True) == 0
    after = _inodes(site)
    pages = {path for path, _reads, _digest in dict.values(records)}
    again = {p for p in pages if before.get(p) != after.get(p)}
    by_reader = {records[job][0]: fields for job, fields in readers[edited.slug].items()}
    assert f"initiatives/{edited.slug}/index.html" in again
    assert again <= by_reader.keys(), again - by_reader.keys()
    assert all(any(f in ("item.summary", "lead", "item") for f in by_reader[p]) for p in again)
    assert len(by_reader) < len(pages)
