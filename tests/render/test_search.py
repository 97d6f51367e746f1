"""Search recall: for every term drawn from the content, every initiative page that shows the term is found.

The ground truth is the built HTML itself (the text of each initiative's <article>), not the index's own
input, so a term that a reader can see on a page must be found by the search. The Python `query` mirrors
theme/static/search.js; tests/browser/test_build_browser.py runs the same terms through the real JS.
"""

from __future__ import annotations

import json
import pickle
import random
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.model import Initiative
from builder.render import searchgrams, searchindex
from builder.render.search import (
    SearchDoc,
    cover,
    normalize,
    query,
    query_terms,
    read_varint,
    read_varints,
    shard_of,
)
from builder.render.searchindex import build_search_files, varints
from tests.support.fixture_site import INITIATIVES
from tests.support.repo import ROOT
from tests.support.search_fetch import needs_rest, predicts_rest
from tests.support.search_recall import expected_pages, page_nodes, python_search, recall_terms

SEEDS = ROOT / "seeds"


@pytest.fixture
def site(fixture_site: Path) -> Path:
    """The fixture content built once per run."""
    return fixture_site


def test_recall_for_terms_drawn_from_the_content(site: Path) -> None:
    pages = page_nodes(site)
    terms = recall_terms(site)
    assert len(terms) >= 50
    checked = 0
    for term in terms:
        strict, loose = expected_pages(pages, term)
        found = set(python_search(site, term))
        assert strict <= found, f"{term!r}: missed {sorted(strict - found)}"
        assert found <= loose | strict, f"{term!r}: wrong hits {sorted(found - loose)}"
        checked += bool(strict)
    assert checked >= 50, "most terms occur on at least one page"


def test_every_initiative_is_findable_by_its_title(site: Path) -> None:
    for item in INITIATIVES:
        assert python_search(site, item.title)[0] == f"initiatives/{item.slug}/"


def test_queries_fold_width_and_case_and_need_every_term(site: Path) -> None:
    assert set(python_search(site, "ＧＲＩＤ-BASED")) == set(python_search(site, "grid-based"))
    both = set(python_search(site, "网格员 双报到"))
    assert both == set(python_search(site, "网格员")) & set(python_search(site, "双报到"))
    assert python_search(site, "   ") == []
    assert python_search(site, "不存在的词语组合") == []


def test_single_character_terms_scan_the_texts(site: Path) -> None:
    pages = page_nodes(site)
    strict, _ = expected_pages(pages, "妈")
    assert strict and set(python_search(site, "妈")) == strict


def _files(docs: list[SearchDoc]):
    files = dict(build_search_files(docs))
    return files, files.__getitem__


def _directory(data: bytes, size: int) -> list[tuple[str, int, int]]:
    """(gram, bytes of its records, external) of every gram of a shard."""
    count, at = read_varint(data, 0)
    out = []
    for _ in range(count):
        codes = []
        for _ in range(size + 1):
            value, at = read_varint(data, at)
            codes.append(value)
        out.append(("".join(map(chr, codes[:-1])), codes[-1] >> 1, codes[-1] & 1))
    return out


def test_index_files_are_small_and_sharded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(searchindex, "EXTERNAL_BYTES", 256)
    docs = [SearchDoc(f"initiatives/d{i}/", f"标题{i}", "", f"第{i}篇 网格员{i} 楼栋长") for i in range(250)]
    files, load = _files(docs)
    meta = json.loads(load("meta.json"))
    assert meta["docs"] == 250 and len(read_varints(load("lengths.bin"))) == 250
    assert {f"r/{n}.json" for n in range(250)} <= set(files)
    shards = [name for name in files if name.startswith("g") and "-" not in name]
    assert len(shards) == sum(meta["shards"])
    externals = {name for name in files if name.startswith("g") and "-" in name}
    for name in shards:  # every gram in the shard the query looks in; a common gram in a file of its own
        size, shard = (int(n) for n in name[1:-4].split("/"))
        grams = _directory(files[name], size)
        assert all(len(g) == size and shard_of(g, meta["shards"][size - 1]) == shard for g, _, _ in grams)
        own = {
            f"g{size}/{shard}-{'-'.join(f'{ord(c):x}' for c in g)}.bin"
            for g, _, external in grams
            if external
        }
        assert own <= externals and all(
            length > searchindex.EXTERNAL_BYTES for _, length, ext in grams if ext
        )
        externals -= own
    assert not externals
    assert any("-" in name for name in files if name.startswith("g3/")), "楼栋长 is in 250 documents"
    assert query(load, "网格员1")[:1] == [1]
    assert len(query(load, "楼栋长")) == 250


def test_the_index_does_not_depend_on_how_many_parts_it_is_built_in(monkeypatch: pytest.MonkeyPatch) -> None:
    docs = [
        SearchDoc(f"d{i}/", f"标题{i}", "", f"第{i}篇 网格员{i % 7} 楼栋长 红色物业{i % 3}")
        for i in range(300)
    ]
    whole = dict(build_search_files(docs))
    monkeypatch.setattr(searchindex, "_PART_CHARS", 500)
    monkeypatch.setattr(searchindex, "_CHUNK_TEXTS", 7)
    assert dict(build_search_files(docs)) == whole


def test_the_index_does_not_depend_on_how_occurrences_are_sorted(monkeypatch: pytest.MonkeyPatch) -> None:
    """A gram's key and place packed in one integer and sorted (the usual way) or its keys sorted stably
    (a corpus of so many distinct characters that they do not fit): the same files."""
    docs = [
        SearchDoc(f"d{i}/", f"标题{i}", "", f"第{i}篇 Ｇrid网格员{i % 7} 楼栋长{chr(0x20000 + i)}")
        for i in range(200)
    ]
    packed = dict(build_search_files(docs))
    monkeypatch.setattr(searchgrams, "_SORT_BITS", 0)
    assert dict(build_search_files(docs)) == packed
    assert query(packed.__getitem__, "ｇrid网格员3") == [i for i in range(200) if i % 7 == 3]


def test_a_long_snippet_text_is_split_after_its_first_part() -> None:
    long = "网格" * searchindex.SNIPPET_CHARS + "末尾"
    files, load = _files(
        [SearchDoc("a/", "甲", "某地", long, snippet=long), SearchDoc("b/", "乙", "", "短文")]
    )
    first = json.loads(load("r/0.json"))
    assert first[:3] == ["a/", "甲", "某地"] and len(first[3]) == searchindex.SNIPPET_CHARS
    assert first[3] + load("r/0.txt").decode("utf-8") == long
    assert json.loads(load("r/1.json"))[3] == "短文" and "r/1.txt" not in files
    assert json.loads(load("meta.json"))["snippet"] == searchindex.SNIPPET_CHARS


def test_a_document_holds_its_article_once() -> None:
    """The snippet text, the article's body, starts the text (searchdocs.search_text): the document keeps
    its length, not a second copy, so the file cache's pickle of the documents holds each article once
    (issue 16: 160 MB at 10 000 initiatives, half of it the copies). A snippet that does not start the text
    (the summary of a page without a body) is kept as given; an empty one still means the text."""
    body = "某街道把辖区划分为36个网格，配备专职网格员120名。" * 40
    doc = SearchDoc("a/", "甲", "某地", f"{body} 主题Themes 网格化治理", "甲", body)
    assert doc.snippet == body and doc.own_snippet == ""
    assert pickle.dumps(doc).count(body.encode("utf-8")) == 1
    summary = SearchDoc("b/", "乙", "", "某地 乙 摘要在此", "", "摘要在此")
    assert summary.snippet == "摘要在此" and pickle.loads(pickle.dumps(summary)) == summary
    assert SearchDoc("c/", "丙", "", "短文").snippet == "" and pickle.loads(pickle.dumps(doc)).snippet == body


def test_a_query_is_decided_without_document_text() -> None:
    docs = [
        SearchDoc(f"d{i}/", f"t{i}", "", text)
        for i, text in enumerate(["红色物业联盟", "红色 物业", "物业红色"])
    ]
    _, load = _files(docs)
    fetched: list[str] = []

    def spy(path: str) -> bytes:
        fetched.append(path)
        return load(path)

    assert query(spy, "红色物业") == [0]
    assert query(spy, "色物") == [0]
    assert not [path for path in fetched if path.startswith("r/")]


def test_title_and_practice_hits_rank_first_then_density() -> None:
    docs = [
        SearchDoc("a/", "甲", "", "网格 " + "填充" * 40),
        SearchDoc("b/", "乙", "", "网格 网格 填充"),
        SearchDoc("c/", "丙", "", "网格 " + "填充" * 90, head="丙 网格化"),
    ]
    _, load = _files(docs)
    assert query(load, "网格") == [2, 1, 0]


def test_the_cover_of_a_term_spans_every_character() -> None:
    for size in range(3, 30):
        offsets = cover(size)
        assert offsets[0] == 0 and offsets[-1] == size - 3
        assert set().union(*(range(o, o + 3) for o in offsets)) == set(range(size))


def test_values_are_written_as_varints_and_read_back() -> None:
    import numpy as np

    rng = random.Random(7)
    values = [
        rng.choice([0, 1, 127, 128, 16383, 16384, 2**21, 2**35 + 3, rng.randrange(10**6)]) for _ in range(500)
    ]
    data, offsets = varints(np.array(values, np.int64))
    assert read_varints(data.tobytes()) == values
    assert offsets.tolist()[-1] == len(data) and all(
        read_varint(data.tobytes(), at)[0] == v for at, v in zip(offsets.tolist(), values, strict=False)
    )
    assert data[:3].tolist() == [values[0] & 127 | (128 if values[0] > 127 else 0), *data[1:3].tolist()]
    assert varints(np.array([300]))[0].tolist() == [0xAC, 0x02]  # LEB128 as search.js reads it


def test_normalize_folds_width_and_case() -> None:
    assert normalize("ＡＢＣ　ｄ") == "abc d"


_ALPHABET = "网格员黨員党红色物业双报到志愿服务 ＡaB　𠀀｢"
_texts = st.text(alphabet=_ALPHABET, max_size=40)


def _naive(docs: list[SearchDoc], text: str) -> list[int]:
    """The ranking `query` promises, computed from the texts themselves."""

    def count(hay: str, term: str) -> int:
        return sum(hay.startswith(term, i) for i in range(len(hay)))

    scored = []
    for i, doc in enumerate(docs):
        body, head = normalize(doc.text), normalize(doc.head or doc.title)
        terms = query_terms(text)
        if terms and all(t in body for t in terms):
            heads = sum(t in head for t in terms)
            scored.append((-heads, -Fraction(sum(count(body, t) for t in terms), max(1, len(body))), i))
    return [i for *_, i in sorted(scored)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_texts, _texts), min_size=1, max_size=8), st.data())
def test_random_substrings_of_random_documents_are_found_exactly(pairs, data) -> None:
    docs = [SearchDoc(f"d{i}/", title, "", text) for i, (title, text) in enumerate(pairs)]
    _, load = _files(docs)
    for _ in range(5):
        text = normalize(data.draw(st.sampled_from(docs)).text)
        start = data.draw(st.integers(0, max(0, len(text) - 1)))
        term = text[start : start + data.draw(st.integers(1, 12))]
        assert query(load, term) == _naive(docs, term), term
    terms = " ".join(data.draw(st.lists(st.text(alphabet=_ALPHABET[:8], min_size=1, max_size=5), max_size=3)))
    assert query(load, terms) == _naive(docs, terms), terms


def test_recall_on_the_committed_content(content_site: Path, committed: list[Initiative]) -> None:
    site = content_site
    pages = page_nodes(site)
    terms = recall_terms(site, extra=60, items=committed)
    assert len(terms) >= 50
    for term in terms:
        strict, loose = expected_pages(pages, term)
        found = set(python_search(site, term))
        assert strict <= found, f"{term!r}: missed {sorted(strict - found)}"
        assert found <= loose | strict, f"{term!r}: wrong hits {sorted(found - loose)}"


def test_rest_bits_say_when_a_snippet_lies_beyond_the_first_part() -> None:
    """rest.bin marks the results whose snippet text starts their text and has a rest; for those, the first
    text position of a term (which search.js reads from the 3-gram positions) tells whether the snippet
    needs r/<id>.txt exactly as the first part itself does (search_fetch.needs_rest), so search.js may
    fetch both at once. Texts from a seed page; snippets long, short, the whole text, and not its start."""
    words = normalize(" ".join(sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8").split()))
    rng = random.Random(17)
    docs = []
    for i in range(40):
        start = rng.randrange(0, len(words) - 1500)
        body = words[start : start + rng.choice([120, 590, 640, 900, 1400])]
        rest = f" 标题{i} 主题Themes 网格化治理 来源Source"
        snippet = [body, "", words[:700]][i % 3]  # the body; the whole text; not the text's start
        docs.append(SearchDoc(f"initiatives/d{i}/", f"标题{i}", "", body + rest, f"标题{i}", snippet))
    files, load = _files(docs)
    meta = json.loads(load("meta.json"))
    bits = load("rest.bin")
    checked = 0
    for doc_id, doc in enumerate(docs):
        bit = bool(bits[doc_id >> 3] & (1 << (doc_id & 7)))
        snippet = doc.snippet or doc.text
        assert bit == (f"r/{doc_id}.txt" in files and doc.text.startswith(snippet)), doc_id
        if not bit:
            continue
        first = json.loads(load(f"r/{doc_id}.json"))[3]
        for _ in range(30):
            at = rng.randrange(0, len(doc.text) - 8)
            term = doc.text[at : at + rng.choice([3, 4, 6])]
            if " " in term:
                continue
            position = doc.text.find(term)
            assert predicts_rest(bit, position, term, meta) == needs_rest(first, term, meta), (doc_id, term)
            checked += 1
    assert checked > 200


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 300), st.lists(st.integers(0, 300), max_size=12))
def test_the_bytes_outside_the_external_records_are_those_no_range_covers(size: int, cuts: list[int]) -> None:
    """searchindex._outside (the inline records of a shard file, the external ones left out): for disjoint
    ascending ranges, touching or not, at either end or empty of ranges, every byte no range covers, in order."""
    import numpy as np

    bounds = sorted(min(cut, size) for cut in cuts)[: len(cuts) // 2 * 2]
    starts, ends = np.array(bounds[0::2], np.int64), np.array(bounds[1::2], np.int64)
    data = np.arange(size, dtype=np.int64).astype(np.uint8)
    covered = {i for a, b in zip(starts.tolist(), ends.tolist(), strict=True) for i in range(a, b)}
    expected = [int(data[i]) for i in range(size) if i not in covered]
    assert searchindex._outside(data, starts, ends).tolist() == expected
