"""The pages of the page records file in compact form (builder.render.recordfile) and records read in part
(recordstore.load_records `partial`, a narrow edit's): the same pages, the same pages found reading a set of
reads, and the same records file and delta saved after an edit as from records read whole."""

from __future__ import annotations

import itertools
import pickle
from array import array
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from builder.render import incremental, recordstore
from builder.render.recordfile import END, ID, PageIndex, encode_pages, pages_holding

READS = st.tuples(
    st.sampled_from(["entries", "themes", "related"]), st.sampled_from(["a|x", "a|y", "b|x", "t", ""])
)
RECORDS = st.tuples(st.text(max_size=3), st.lists(READS, max_size=6).map(tuple), st.text(max_size=2))
PAGES = st.dictionaries(st.tuples(st.sampled_from(["initiative", "theme"]), st.text(max_size=2)), RECORDS)


@given(PAGES, st.sets(READS))
def test_pages_stored_compactly_are_the_same_pages(pages: dict, wanted: set) -> None:
    index = PageIndex(pickle.loads(pickle.dumps(encode_pages(pages))))
    assert list(index.records().items()) == list(pages.items())
    assert all(index.record(n) == pages[job] for n, job in enumerate(index.jobs))
    reading = [index.jobs[n] for n in index.reading(wanted)]
    assert reading == [job for job, record in pages.items() if not wanted.isdisjoint(record[1])]


# read numbers whose bytes overlap: 5 is 05 00 00 00, found across 1280 and 0 (00 05 00 00 | 00 00 00 00)
NUMBERS = st.sampled_from([0, 5, 1280, 327_680, 83_886_080, 0x05050505, 0x0500, 0x050000])


@given(st.lists(st.lists(NUMBERS, max_size=5), max_size=6), st.sets(NUMBERS, max_size=3))
def test_the_pages_holding_a_number_are_found_where_a_number_starts(
    pages: list[list[int]], wanted: set[int]
) -> None:
    """pages_holding looks for each number's bytes in the array's: a match across two numbers is none."""
    raw = array(ID, [n for page in pages for n in page]).tobytes()
    ends = array(END, itertools.accumulate(len(page) for page in pages))
    expected = [n for n, page in enumerate(pages) if wanted.intersection(page)]
    assert pages_holding(raw, ends, sorted(wanted)) == expected


def test_a_number_across_two_is_not_found() -> None:
    raw = array(ID, [1280, 0, 5]).tobytes()
    assert raw.find(array(ID, [5]).tobytes()) % array(ID).itemsize != 0  # (the case: found misaligned first)
    assert pages_holding(raw, array(END, [2, 3]), [5]) == [1]


def _records(pages: dict, last: Any = None) -> incremental.PageRecords:
    records = incremental.PageRecords(
        pages, entry_digests={"a": (b"i", {"x": b"1"})}, read_digests={}, shared=b"s"
    )
    records.last = last
    return records


@settings(max_examples=60, deadline=None)
@given(
    PAGES,
    st.lists(st.tuples(st.sets(READS), st.text(max_size=2)), min_size=1, max_size=4),
    st.sampled_from([recordstore.DELTA_SHARE, 1.0]),
)
def test_records_read_in_part_save_what_records_read_whole_save(
    tmp_path_factory, pages: dict, edits, share: float
) -> None:
    """A narrow edit's path: load in part, find the pages reading the changed reads, render them (a new
    digest), save; the next edit starts from the delta. Every save equals the one from records read whole
    (the delta, or the whole file when the changes pass DELTA_SHARE)."""
    kept, recordstore.DELTA_SHARE = recordstore.DELTA_SHARE, share  # (1.0: every save a delta)
    try:
        _edits(tmp_path_factory.mktemp("records"), pages, edits)
    finally:
        recordstore.DELTA_SHARE = kept


def _edits(folder: Path, pages: dict, edits: list) -> None:
    whole_path, part_path = folder / "whole.pickle", folder / "part.pickle"
    for path in (whole_path, part_path):
        recordstore.save_records(path, _records(dict(pages)), "0")
    for number, (changed, digest) in enumerate(edits):
        build, last = str(number), str(number + 1)
        whole = recordstore.load_records(whole_path, build)
        part = recordstore.load_records(part_path, build, partial=True)
        assert whole is not None and part is not None and len(part) <= len(whole)
        jobs = incremental.pages_reading(part, changed)
        assert sorted(jobs) == sorted(incremental.pages_reading(whole, changed))
        for loaded, path in ((whole, whole_path), (part, part_path)):
            records = _records(loaded, loaded)
            for job in jobs:
                out, reads, _digest = loaded[job]
                records[job] = (out, reads, digest)
            recordstore.save_records(path, records, last)
        again = recordstore.load_records(part_path, last)
        assert again is not None and again == recordstore.load_records(whole_path, last)
        for name in (Path(""), Path(".delta")):
            whole_file, part_file = Path(f"{whole_path}{name}"), Path(f"{part_path}{name}")
            assert whole_file.exists() == part_file.exists()
        assert (
            pickle.loads(part_path.read_bytes())["pages"].keys()
            == pickle.loads(whole_path.read_bytes())["pages"].keys()
        )
