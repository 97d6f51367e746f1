"""digest serve's index of the page records' reads (builder.render.readindex): the pages that made a read,
and the reads to hash again after an edit."""

from __future__ import annotations

from builder.render.readindex import ReadIndex

RECORDS = {
    ("initiative", "a"): (
        "initiatives/a/index.html",
        (("entries", "a|item.summary"), ("related", "a")),
        "d1",
    ),
    ("theme", "grid"): ("themes/grid/index.html", (("entries", "a|item.title"), ("themes", "grid")), "d2"),
    ("home", ""): ("index.html", (("entries", "#"), ("entries", "b|item.title")), "d3"),
}


def test_the_readers_of_changed_reads_are_the_pages_that_made_them() -> None:
    index = ReadIndex.of(RECORDS, [("themes", "*")])
    assert index.readers_of([("entries", "a|item.summary")]) == {("initiative", "a")}
    assert index.readers_of([("entries", "a|item.title"), ("entries", "#")]) == {
        ("theme", "grid"),
        ("home", ""),
    }
    assert index.readers_of([("themes", "*"), ("entries", "c|item.title")]) == set()


def test_the_reads_to_hash_again_leave_out_those_of_unchanged_initiatives() -> None:
    index = ReadIndex.of(RECORDS, [("themes", "*"), ("entries", "c|steps")])
    others = {("related", "a"), ("themes", "grid"), ("entries", "#"), ("themes", "*")}
    assert set(index.suspects({"a", "b", "c"})) == others
    assert set(index.suspects({"b", "c"})) == others | {
        ("entries", "a|item.summary"),
        ("entries", "a|item.title"),
    }
    assert set(index.suspects(set())) >= {("entries", "b|item.title"), ("entries", "c|steps")}


def test_a_page_made_again_is_indexed_for_its_new_reads_once() -> None:
    index = ReadIndex.of(RECORDS, [])
    job, (_, before, _) = ("theme", "grid"), RECORDS[("theme", "grid")]
    for _ in range(3):  # rendered again by three rebuilds
        index.add_page(job, (*before, ("entries", "b|item.title")), before)
    assert index.readers[("entries", "b|item.title")] == [("home", ""), job]
    assert index.readers[("themes", "grid")] == [job]
    assert ("entries", "b|item.title") in index.suspects({"a"})
