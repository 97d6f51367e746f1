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


@pytest.mark.parametrize("seed", range(20))
def test_many_lines_replaced_in_one_copy_are_those_replaced_one_by_one(seed: int) -> None:
    import random

    from builder.render.exportsplice import splice_all

    rng = random.Random(seed)
    rows = [
        f'{{"slug":"s{k}","t":"{"议事" * rng.randint(0, 3)}"}}'.encode() for k in range(rng.randint(3, 30))
    ]
    data = b'{"initiatives":[\n' + b",\n".join(rows) + b"\n]}\n"
    edited = rng.sample(range(len(rows)), rng.randint(1, 3))
    pairs = [(rows[k], rows[k][:-1] + b',"x":1}' if rng.random() < 0.8 else rows[k]) for k in edited]
    one_by_one = data
    for old, new in pairs:
        one_by_one = splice(one_by_one, old, new, (b",\n", b"\n]}"))
    assert splice_all(data, pairs, (b",\n", b"\n]}")) == one_by_one


def test_old_texts_that_overlap_are_refused() -> None:
    from builder.render.exportsplice import splice_all

    with pytest.raises(NotSpliced):
        splice_all(b"h\nr1\nr2\nr3\n", [(b"r1\nr2\n", b"n1\n"), (b"r2\nr3\n", b"n2\n")])
    with pytest.raises(NotSpliced):  # (one text twice)
        splice_all(b"h\nr1\nr2\n", [(b"r1\n", b"n1\n"), (b"r1\n", b"n1\n")])
    assert splice_all(b"h\nr1\nr2\n", [(b"r2\n", b"n2\n"), (b"r1\n", b"n1\n")]) == b"h\nn1\nn2\n"
