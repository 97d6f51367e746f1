"""An incremental build's search files (builder/render/searchupdate.py) are byte for byte a full write's, after
any sequence of edits, and an edit writes only the shards its grams are in (the rest are kept as they were)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.render import searchindex, searchupdate
from builder.render.search import SearchDoc
from builder.render.searchupdate import SearchCache, search_files

_ALPHABET = "网格员黨員党红色物业双报到志愿服务 Ａa　𠀀"
_texts = st.text(alphabet=_ALPHABET, max_size=60)


def _write(files, old: Path | None, new: Path) -> dict[str, bool]:
    """Put the files into `new` (a None: the file of `old`); path -> whether it was written."""
    written = {}
    for path, data in files:
        target = new / "search" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if data is None:
            assert old is not None
            shutil.copyfile(old / "search" / path, target)
        else:
            target.write_bytes(data)
        written[path] = data is not None
    return written


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _docs(texts: list[tuple[str, str]]) -> list[SearchDoc]:
    return [SearchDoc(f"d{i}/", title, "", text) for i, (title, text) in enumerate(texts)]


class _Sites:
    """Builds into site0, site1 … with the state in `root`, each from the last, as `digest build` does."""

    def __init__(self, root: Path) -> None:
        self.root, self.count = root, 0
        self.state = root / "cache" / "search.pickle"

    def build(self, docs: list[SearchDoc]) -> dict[str, bool]:
        old = self.root / f"site{self.count - 1}" if self.count else None
        new = self.root / f"site{self.count}"
        self.count += 1
        written = _write(search_files(docs, SearchCache(self.state, old)), old, new)
        full = self.root / "full"
        shutil.rmtree(full, ignore_errors=True)
        _write(search_files(docs), None, full)
        assert _tree(new) == _tree(full)
        return written


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.tuples(_texts, _texts), min_size=1, max_size=8),
    st.lists(st.tuples(st.integers(0, 7), st.booleans(), _texts), min_size=1, max_size=4),  # a title, text
    # added, or the text rotated (same length, the result's snippet changed)
)
def test_patched_search_files_are_a_full_writes(
    tmp_path_factory: pytest.TempPathFactory, pairs: list[tuple[str, str]], edits
) -> None:
    root = tmp_path_factory.mktemp("search-update")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchindex, "EXTERNAL_BYTES", 12)  # common grams in files of their own
        patch.setattr(searchindex, "SHARD_BYTES", 40)  # many shards
        sites = _Sites(root)
        texts = list(pairs)
        sites.build(_docs(texts))
        for which, in_title, text in edits:
            i = which % len(texts)
            title, body = texts[i]
            rotated = body[len(text) % max(1, len(body)) :] + body[: len(text) % max(1, len(body))]
            texts[i] = (text, body) if in_title else (title, body + text if len(text) % 2 else rotated)
            sites.build(_docs(texts))


def test_an_edit_writes_only_the_shards_of_the_grams_it_changes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(searchindex, "SHARD_BYTES", 400)  # as many shards as a big site has
    texts = [(f"标题{i}", f"第{i}篇 网格员{i} 楼栋长 红色物业 志愿服务队 双报到 " * 8) for i in range(300)]
    sites = _Sites(tmp_path)
    written = sites.build(_docs(texts))
    assert all(written.values())
    texts[7] = (texts[7][0], texts[7][1] + "新增的句子：党员志愿者")
    written = sites.build(_docs(texts))
    grams = [path for path in written if path.startswith("g")]
    changed = [path for path in grams if written[path]]
    assert changed and len(changed) < len(grams) // 4
    assert [path for path in written if path.startswith("r/") and written[path]] == ["r/7.json"]
    assert written["meta.json"] and written["lengths.bin"]
    texts.append(("新的", "一篇新文章"))  # ids of the documents after it would shift: a full write
    assert all(sites.build(_docs(texts)).values())


def test_a_state_that_is_not_the_last_sites_means_a_full_write(tmp_path: Path) -> None:
    texts = [(f"标题{i}", f"网格员{i} 楼栋长") for i in range(20)]
    sites = _Sites(tmp_path)
    sites.build(_docs(texts))
    (tmp_path / "site0" / "search" / "meta.json").write_text("{}", encoding="utf-8")  # another build's site
    texts[3] = ("改", "改过的")
    assert all(sites.build(_docs(texts)).values())
    sites.state.write_bytes(b"garbage")
    texts[4] = ("又改", "又改过的")
    assert all(sites.build(_docs(texts)).values())
    assert searchupdate._load_state(sites.state) is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**62), max_size=40))
def test_varints_decode_to_the_numbers_written(values: list[int]) -> None:
    """The vectorized decoder that patching reads shards with: every width of varint, any mix of them."""
    import numpy as np

    data = searchindex.varints(np.array(values, np.uint64))[0].tobytes()
    assert searchupdate.decode_varints(data).tolist() == values
    assert b"".join(map(searchindex.varint, values)) == data


def _steps(count: int, seed: int):  # type: ignore[no-untyped-def]
    import numpy as np

    return np.array([(seed * 7919 + k * 131) % 40_000 for k in range(count)], np.int64)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([1, 2, 3]),
    st.dictionaries(st.integers(0, 20_000), st.tuples(st.integers(0, 200), st.integers(0, 3)), max_size=30),
    st.dictionaries(
        st.integers(0, 20_100),
        st.none() | st.tuples(st.integers(0, 200), st.integers(0, 3), st.integers(0, 99)),
        min_size=1,
        max_size=5,
    ),
)
def test_patched_records_are_the_records_written_whole(size: int, old: dict, changes: dict) -> None:
    """patch_records (the changed rows encoded, the others' bytes copied) gives the bytes of the records
    written from nothing, for documents added, changed and removed before, between and after the kept
    ones, with ids and counts of one to three bytes."""
    records = {doc: (h, t, _steps(h + t, doc)) for doc, (h, t) in old.items() if h + t}
    change = {
        doc: None if c is None or not c[0] + c[1] else (c[0], c[1], _steps(c[0] + c[1], c[2]))
        for doc, c in changes.items()
    }
    data = searchupdate.patch_records(b"", size, records) if records else b""
    merged = {doc: record for doc, record in {**records, **change}.items() if record is not None}
    whole = searchupdate.patch_records(b"", size, merged) if merged else b""
    assert searchupdate.patch_records(data, size, change) == whole
