"""The file cache's pack (builder.content.cachepack, filecache.packed): a one-shot build looks the content
files and rendered bodies up in one file, a first build streams them into a new one, an edit writes its few
new ones one by one, many new ones make a new pack; a pack that cannot be read is a miss, and the entries a
build read are kept even when it stops on content errors."""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
import types
from pathlib import Path

import pytest

from builder.commands.build import run_build
from builder.content import cachedreads, cachepack, filecache
from builder.model import Initiative
from builder.render import indexes, inputdigests, narrowbuild
from tests.render.test_incremental import _save, _tree
from tests.render.test_serve_edits import _full
from tests.support.fixture_site import INITIATIVES, write_content


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the content files parsed (not taken from the cache)."""
    names: list[str] = []
    real = cachedreads.read_content_file

    def counting(path: Path, root: Path | None = None):  # type: ignore[no-untyped-def]
        names.append(Path(path).name)
        return real(path, root)

    monkeypatch.setattr(cachedreads, "read_content_file", counting)
    return names


def _cache(root: Path) -> Path:
    return next((root / ".cache").glob("digest-site-files-*"))


def _entries(cache: Path, kind: str) -> list[Path]:
    return sorted((cache / kind).rglob("*.pickle")) if (cache / kind).is_dir() else []


def test_a_first_build_writes_one_pack_and_an_edit_its_own_entries(
    tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cachepack, "REPACK_AT", 4)
    # (the present path: a summary edit is narrow)
    monkeypatch.setattr(narrowbuild, "narrow_site", lambda *_a: None)
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    cache = _cache(tmp_path)
    assert (cache / cachepack.NAME).is_file()
    assert _entries(cache, "files") == [] and _entries(cache, "bodies") == []  # all in the pack
    assert len(parsed) == len(INITIATIVES)
    edited = INITIATIVES[3]
    _save(content, dataclasses.replace(edited, summary="打包之后改写的摘要。"))
    parsed.clear()
    pack = (cache / cachepack.NAME).stat()
    assert run_build(content, site, quiet=True) == 0
    assert parsed == [f"{edited.slug}.md"]  # the others from the pack
    assert len(_entries(cache, "files")) == 1 and _entries(cache, "bodies") == []  # (the body is the same)
    assert (cache / cachepack.NAME).stat().st_mtime_ns == pack.st_mtime_ns  # not written again for two
    assert _tree(site) == _full(tmp_path, content)
    for n in range(5):  # more new entries than REPACK_AT: a new pack, holding them
        _save(content, dataclasses.replace(INITIATIVES[n], summary=f"第{n}次改写的摘要。"))
    parsed.clear()
    assert run_build(content, site, quiet=True) == 0
    assert len(parsed) == 5
    parsed.clear()
    assert run_build(content, site, quiet=True, force=True) == 0
    assert parsed == []  # every reading in the new pack (or one by one)
    assert _tree(site) == _full(tmp_path, content)


@pytest.mark.parametrize("damage", ["torn", "garbage", "other-version", "folder"])
def test_a_pack_that_cannot_be_read_is_a_miss(
    tmp_path: Path, parsed: list[str], damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cachepack, "REPACK_AT", 0)
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    pack = _cache(tmp_path) / cachepack.NAME
    assert pack.is_file()
    if damage == "torn":
        pack.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    elif damage == "garbage":
        pack.write_bytes(b"not a pickle at all")
    elif damage == "other-version":
        pack.write_bytes(
            pickle.dumps(cachepack.VERSION - 1)
            + pickle.dumps((("files", "x"), "not a file"))
            + pickle.dumps(None)
        )
    else:
        pack.unlink()
        pack.mkdir()
    parsed.clear()
    assert run_build(content, site, quiet=True, force=True) == 0
    assert sorted(parsed) == sorted(f"{item.slug}.md" for item in INITIATIVES)  # read again, no error
    assert _tree(site) == _full(tmp_path, content)


def test_the_readings_of_a_build_stopped_by_content_errors_are_kept(
    tmp_path: Path, parsed: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    broken = content / f"{INITIATIVES[0].slug}.md"
    good = broken.read_text(encoding="utf-8")
    broken.write_text(good.replace("title:", "title: [unclosed", 1), encoding="utf-8")
    assert run_build(content, tmp_path / "site", quiet=True) == 1
    assert broken.name in capsys.readouterr().err
    broken.write_text(good, encoding="utf-8")
    parsed.clear()
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    assert parsed == [broken.name]  # the others were kept from the failed build


def test_many_new_entries_go_to_a_new_pack_and_none_to_files_of_their_own(
    tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack holding the files only (a build that stopped before rendering): the next build's bodies are
    many new entries (and what it derives from each file: storedbuild.StoredDerived), streamed into the new
    pack with the files it took; no entry file is written."""
    monkeypatch.setattr(cachepack, "REPACK_AT", 4)
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    cache = _cache(tmp_path)
    only_files = {k: v for k, v in cachepack.read_pack(cache / cachepack.NAME).items() if k[0] == "files"}
    with open(cache / cachepack.NAME, "wb") as handle:
        for value in (cachepack.VERSION, list(only_files.items()), None):
            pickle.dump(value, handle)
    parsed.clear()
    assert run_build(content, site, quiet=True, force=True) == 0
    assert parsed == []  # the files from the pack
    assert all(_entries(cache, kind) == [] for kind in filecache.PER_FILE)
    kinds = sorted({kind for kind, _key in cachepack.read_pack(cache / cachepack.NAME)})
    assert kinds == ["bodies", "derived", "files"]
    assert _tree(site) == _full(tmp_path, content)


def test_entries_found_in_files_of_their_own_move_into_the_pack(
    tmp_path: Path, parsed: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The entry files of earlier builds (or of versions that had no pack) are read, and the next pack holds
    them: the build after reads none of them again."""
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    cache = _cache(tmp_path)
    for key, value in cachepack.read_pack(cache / cachepack.NAME).items():
        filecache._write(filecache._entry(cache, *key), value)  # as one file each
    (cache / cachepack.NAME).unlink()
    read: list[Path] = []
    real = cachepack.read_pickle
    per_file = ("files", "bodies")  # (the other kinds of entry are read too)
    monkeypatch.setattr(
        filecache,
        "read_pickle",
        lambda path: (path.parts[-3] in per_file and read.append(path)) or real(path),
    )
    parsed.clear()
    assert run_build(content, site, quiet=True, force=True) == 0
    assert parsed == [] and len(read) == 2 * len(INITIATIVES)
    read.clear()
    assert run_build(content, site, quiet=True, force=True) == 0
    assert parsed == [] and read == []  # all from the pack now


def test_an_edit_derives_the_figures_and_digest_of_the_edited_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a one-shot build derives from each initiative alone (its region steps, figures and item
    digest: storedbuild.StoredDerived) is kept by its file's bytes: an edit derives the edited one's only;
    other indicators (content/_data/indicators.yaml) sort and pick the figures again for every one. Each
    site is a full build's."""
    # (the present path: a summary edit is narrow)
    monkeypatch.setattr(narrowbuild, "narrow_site", lambda *_a: None)
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    derived: list[str] = []
    real_steps, real_digest = indexes.region_steps, inputdigests.fast_digest
    monkeypatch.setattr(indexes, "region_steps", lambda region: derived.append("steps") or real_steps(region))
    monkeypatch.setattr(
        inputdigests,
        "fast_digest",
        lambda value: (isinstance(value, Initiative) and derived.append(value.slug)) or real_digest(value),
    )
    edited = INITIATIVES[3]
    _save(content, dataclasses.replace(edited, summary="只改了摘要。"))
    assert run_build(content, site, quiet=True) == 0
    assert derived == ["steps", edited.slug]
    assert _tree(site) == _full(tmp_path, content)
    derived.clear()
    (content / "_data").mkdir(exist_ok=True)
    (content / "_data" / "indicators.yaml").write_text(
        "indicators:\n  - slug: safety-ratings\n    zh: 安全感\n    en: Safety\n    kind: share\n"
        '    unit: "%"\n    labels: [安全感]\n',
        encoding="utf-8",
    )
    assert run_build(content, site, quiet=True) == 0
    assert derived.count("steps") == len(INITIATIVES)  # (the item digests are the same bytes')
    assert edited.slug not in derived
    assert _tree(site) == _full(tmp_path, content)


def test_a_one_shot_build_hashes_again_only_the_files_whose_stat_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-shot build keeps the stats of the content files it loaded (cachedreads.load_with_stats): the next
    one reads and hashes only a file whose size, times or inode changed (or changed within RACY_NS of the
    load: none here)."""
    # (the present path: a summary edit is narrow)
    monkeypatch.setattr(narrowbuild, "narrow_site", lambda *_a: None)
    monkeypatch.setattr(cachedreads, "RACY_NS", 0)
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    assert run_build(content, site, quiet=True) == 0
    hashed: list[bytes] = []
    real = hashlib.sha256

    def counting(data: bytes = b""):  # type: ignore[no-untyped-def]
        if data.startswith(b"---"):
            hashed.append(data)
        return real(data)

    monkeypatch.setattr(cachedreads, "hashlib", types.SimpleNamespace(sha256=counting))
    edited = INITIATIVES[3]
    _save(content, dataclasses.replace(edited, summary="只改了这一篇的摘要。"))
    assert run_build(content, site, quiet=True) == 0
    assert len(set(hashed)) == 1 and "只改了这一篇的摘要。" in hashed[0].decode("utf-8")  # (a miss: twice)
    assert _tree(site) == _full(tmp_path, content)


def test_the_cache_keeps_a_files_initiative_and_its_checks_read_the_file_again(tmp_path: Path) -> None:
    """What the cache keeps of a reading is its Initiative (cachedreads.kept_reading), not the text, front
    matter data and lines only the checks read; `full_reading` reads them again from the file, as it is
    then (with the hash of those bytes: a file changed since the load is checked as it is now)."""
    content = write_content(tmp_path / "content", INITIATIVES[:1])
    path = next(content.glob("*.md"))
    read = cachedreads.read_content_file(path)
    kept = cachedreads.kept_reading(read)
    assert cachedreads.is_kept(kept) and not cachedreads.is_kept(read)
    assert kept.initiative == read.initiative and kept.text is None and not kept.data and not kept.lines
    assert len(pickle.dumps(kept)) < len(pickle.dumps(read))
    again = cachedreads.full_reading(kept)
    assert again == read and again.digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert cachedreads.full_reading(read) is read
    _save(content, dataclasses.replace(INITIATIVES[0], title="读取之后改过的标题"))
    changed = cachedreads.full_reading(kept)
    assert changed == cachedreads.read_content_file(path) and changed.data["title"] == "读取之后改过的标题"
    assert changed.digest == hashlib.sha256(path.read_bytes()).hexdigest()
