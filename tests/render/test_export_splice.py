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


def _searched_one_by_one(
    data: bytes, pairs: list[tuple[bytes, bytes]], ends: tuple[bytes, ...]
) -> bytes | None:
    """What splicing means, each old text searched for in the whole file (`b"\\n" + old` found exactly once,
    followed by one of `ends`; no two overlapping); None: refused."""
    spans = []
    for old, new in pairs:
        if old == new:
            continue
        if not old:
            return None
        at = data.find(b"\n" + old)
        if at < 0 or data.find(b"\n" + old, at + 1) >= 0:
            return None
        end = at + 1 + len(old)
        if ends and not data.startswith(ends, end):
            return None
        spans.append((at + 1, end, new))
    out, done = b"", 0
    for start, end, new in sorted(spans):
        if start < done:
            return None
        out, done = out + data[done:start] + new, end
    return out + data[done:]


@pytest.mark.parametrize("seed", range(300))
def test_texts_found_in_one_pass_are_those_searched_one_by_one(seed: int) -> None:
    """splice_all finds every old text in one pass over the file (the line starts opening with its head):
    the file it makes, or its refusal, is that of searching the whole file for each text, for lines that
    share heads, repeat, hold one another, span several lines, or are shorter than the others' heads."""
    import random

    from builder.render.exportsplice import splice_all

    rng = random.Random(seed)
    words = [b"a", b"ab", b"b", b'{"slug":"s', b"\xe8\xae\xae", b",", b"\n"]
    lines = [b"".join(rng.choices(words, k=rng.randint(0, 8))) for _ in range(rng.randint(1, 12))]
    data = b"head\n" + b"\n".join(lines) + b"\n]}\n"
    pairs = []
    for _ in range(rng.randint(1, 4)):
        if rng.random() < 0.7:  # a run of whole lines, maybe cut short or running on
            first = rng.randrange(len(lines))
            old = b"\n".join(lines[first : first + rng.randint(1, 2)])
            old = old[: rng.randint(0, len(old))] if rng.random() < 0.3 else old
        else:
            old = b"".join(rng.choices(words, k=rng.randint(0, 3)))
        pairs.append((old, old + b"+" if rng.random() < 0.9 else old))
    ends = (b"\n",) if rng.random() < 0.5 else ()
    expected = _searched_one_by_one(data, pairs, ends)
    if expected is None:
        with pytest.raises(NotSpliced):
            splice_all(data, pairs, ends)
    else:
        assert splice_all(data, pairs, ends) == expected
