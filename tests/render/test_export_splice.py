"""builder.render.exportsplice: an edited initiative's export text replaced where it stands, or refused."""

from __future__ import annotations

import pytest

from builder.render.exportsplice import NotSpliced, splice

JSON = b'{"edition_date":null,"initiatives":[\n{"slug":"a","s":"x"},\n{"slug":"b","s":"y"}\n]}\n'


def test_a_line_is_replaced_where_it_stands() -> None:
    after = splice(JSON, b'{"slug":"b","s":"y"}', b'{"slug":"b","s":"yz"}', (b",\n", b"\n]}"))
    assert after == JSON.replace(b'"y"', b'"yz"')
    first = splice(JSON, b'{"slug":"a","s":"x"}', b'{"slug":"a","s":""}', (b",\n", b"\n]}"))
    assert first == JSON.replace(b'"x"', b'""')


def test_the_same_text_leaves_the_file_as_it_is() -> None:
    assert splice(JSON, b"missing", b"missing") is JSON


@pytest.mark.parametrize(
    ("data", "old", "ends"),
    [
        (JSON, b'{"slug":"c"}', ()),  # not there
        (b"h\nr1\nr1\n", b"r1\n", ()),  # twice
        (JSON, b'{"slug":"a"', (b",\n", b"\n]}")),  # not a whole line
        (b"h\nxr1\n", b"r1\n", ()),  # not at a line's start
        (b"h\n", b"", ()),  # no text before: where would the new one go?
    ],
)
def test_a_text_not_found_once_at_a_line_start_is_refused(data: bytes, old: bytes, ends: tuple) -> None:
    with pytest.raises(NotSpliced):
        splice(data, old, b"new\n", ends)
