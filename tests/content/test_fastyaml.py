"""The front-matter fast path (builder.content.fastyaml) gives exactly what the strict loader gives
(builder.content.yamlload: the same values of the same types, the same line of every key), or steps aside.

Properties over front matter as `dump` writes it (any text in any field), and over that front matter damaged
by an editor (any character inserted, a line removed or doubled): whenever the fast path reads a text, the
strict loader reads it too, to the same result."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.content.fastyaml import load_simple
from builder.content.frontmatter import decode, dump, load_front_matter, split
from builder.content.yamlload import FrontMatterError, load_yaml
from builder.model import Metric, Region, Related
from tests.support.fixture_site import INITIATIVES
from tests.support.fuzz import fuzz

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _typed(value: Any) -> Any:
    """The value with the type of every scalar, so that 1, 1.0 and True differ."""
    if isinstance(value, dict):
        return ("dict", [(k, _typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [_typed(v) for v in value])
    return (type(value).__name__, value)


def _agree(yaml_text: str, first_line: int = 2) -> bool:
    """The fast path agrees with the strict loader (or steps aside); whether it read the text."""
    fast = load_simple(yaml_text, first_line)
    if fast is None:
        return False
    strict = load_yaml(yaml_text, first_line)  # raises if the fast path accepted what is an error
    assert _typed(fast[0]) == _typed(strict[0]), yaml_text
    assert fast[1] == strict[1], yaml_text
    return True


def _yaml_of(item: Any) -> str:
    return split(dump(item)).yaml_text


def test_every_committed_and_corpus_file_is_read_alike_and_fast() -> None:
    paths = sorted((ROOT / "content").glob("*.md"))
    assert paths
    for path in paths:
        assert _agree(split(decode(path.read_bytes())).yaml_text), path


def test_the_fixture_initiatives_take_the_fast_path() -> None:
    for item in INITIATIVES:
        assert _agree(_yaml_of(item)), item.slug


TEXT = st.text(
    st.one_of(
        st.sampled_from(
            list("网格党建“”‘’（）：，。、 -?:,[]{}#&*!|>'\"%@`~\t\\\n0123456789.eE+_yYnNoOtTfFlu")
        ),
        st.characters(codec="utf-8"),
    ),
    max_size=12,
)
WORDS = st.lists(TEXT, max_size=3)


@fuzz(400)
@given(
    title=TEXT,
    summary=st.one_of(st.none(), TEXT),
    date=st.one_of(st.none(), TEXT),
    themes=WORDS,
    practices=WORDS,
    county=st.one_of(st.none(), TEXT),
    label=TEXT,
    value=st.one_of(st.integers(-(10**6), 10**12), st.floats(allow_nan=False, allow_infinity=False)),
    pins=WORDS,
)
def test_front_matter_as_dump_writes_it_is_read_alike(**fields: Any) -> None:
    base = INITIATIVES[0]
    item = dataclasses.replace(
        base,
        title=fields["title"],
        summary=fields["summary"],
        date=fields["date"],
        themes=fields["themes"],
        practices=fields["practices"],
        region=Region(province="浙江省", city="杭州市", county=fields["county"], code="330122"),
        metrics=[Metric(fields["label"], fields["value"], "个", False, fields["label"] + "12个")],
        related=Related(pin=tuple(fields["pins"])),
    )
    _agree(_yaml_of(item))


DAMAGE = st.sampled_from(
    [*" \t\n-?:,[]{}#&*!|>'\"%@`~0.\\x", "\u2028", "\x85", "\ufeff", "\x00", "- ", ": ", " #"]
)


@fuzz(400)
@given(st.integers(0, len(INITIATIVES) - 1), st.lists(st.tuples(st.integers(0, 10**6), DAMAGE), max_size=3))
def test_damaged_front_matter_is_read_alike_or_left_to_the_strict_loader(pick: int, edits: list) -> None:
    text = _yaml_of(INITIATIVES[pick])
    for at, damage in edits:
        at %= len(text)
        text = text[:at] + damage + text[at:]
    try:
        _agree(text)
    except FrontMatterError:
        pytest.fail(f"the fast path read what the strict loader refuses: {text!r}")


@pytest.mark.parametrize(
    "text",
    [
        "title: a\ntitle: b\n",  # a key given twice
        "date: 2024-05-18\n",  # a date
        "approx: yes\n",  # YAML 1.1 boolean
        "value: 0x1F\n",
        "value: 1_000\n",
        "value: 1:20\n",
        "value: .inf\n",
        "title: 网格 # 注释\n",
        "title: |\n  网格\n",
        'title: "网格"\n',
        "themes: [a, [b]]\n  - c\n",
        "region:\n    province: 浙江省\n",
        "title: a\n\nslug: b\n",
        "on: x\n",
    ],
)
def test_what_dump_never_writes_is_left_to_the_strict_loader(text: str) -> None:
    assert load_simple(text, 2) is None


def test_a_content_file_reads_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    from builder.content import frontmatter

    raw = dump(INITIATIVES[1]).encode("utf-8")
    fast = load_front_matter(raw)
    monkeypatch.setattr(frontmatter, "load_simple", lambda text, line: None)
    assert load_front_matter(raw) == fast
