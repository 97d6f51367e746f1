"""One entry of the file cache's pack read by its key (builder.content.cachepack.read_entry): the pack ends
with the offset of each entry's chunk, so an edit's narrow path unpickles the keys and one chunk, not the
whole pack; a pack without its keys (torn, cut short, of other code) gives none, and a whole read is as
before."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.content import cachepack


def _pack(folder: Path, count: int) -> Path:
    spool = cachepack._Spool(folder)
    for n in range(count):
        spool.add(("files", f"{n:064x}"), {"n": n, "text": "社区议事" * n})
    spool.finish(folder / cachepack.NAME)
    return folder / cachepack.NAME


def test_an_entry_is_read_from_its_chunk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cachepack, "CHUNK", 4)
    path = _pack(tmp_path, 10)
    keys = cachepack.read_keys(path)
    assert len(keys) == 10 and len(set(keys.values())) == 3  # chunks of 4, 4 and 2
    for n in (0, 3, 4, 9):
        assert cachepack.read_entry(path, ("files", f"{n:064x}")) == {"n": n, "text": "社区议事" * n}
    assert cachepack.read_entry(path, ("files", f"{7:064x}"), keys)["n"] == 7
    assert cachepack.read_entry(path, ("bodies", f"{7:064x}"), keys) is None  # another kind
    assert cachepack.read_entry(path, ("files", "f" * 64)) is None
    assert len(cachepack.read_pack(path)) == 10  # a whole read stops before the keys


def test_an_empty_pack_has_no_keys(tmp_path: Path) -> None:
    path = _pack(tmp_path, 0)
    assert cachepack.read_keys(path) == {} and cachepack.read_pack(path) == {}


@pytest.mark.parametrize("damage", ["cut", "no-keys", "garbage", "missing", "other-version"])
def test_a_pack_without_its_keys_gives_no_entry(tmp_path: Path, damage: str) -> None:
    path = _pack(tmp_path, 5)
    data = path.read_bytes()
    if damage == "cut":
        path.write_bytes(data[:-3])
    elif damage == "no-keys":  # a pack of the layout before the keys: it ends at its None
        keys_at = int.from_bytes(data[-8:], "little")
        path.write_bytes(data[:keys_at])
    elif damage == "garbage":
        path.write_bytes(b"not a pickle at all" * 3)
    elif damage == "missing":
        path.unlink()
    else:
        other = data.replace(b"K\x06", b"K\x05", 1)  # the VERSION, pickled first
        assert other != data
        path.write_bytes(other)
    assert cachepack.read_entry(path, ("files", f"{1:064x}")) is None
