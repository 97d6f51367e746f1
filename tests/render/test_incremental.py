"""Incremental builds (builder.render.incremental): after any sequence of editors' edits, the site an
incremental build leaves is byte for byte the site a full build of the same content writes, and pages whose
inputs did not change are kept (the previous file, same inode), not rendered again."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.content.frontmatter import dump
from builder.model import LEVELS, Initiative, Region
from builder.render import incremental, inputdigests, recordstore, searchindex
from builder.render import pages as pages_module
from builder.render.bodycache import BodyCache
from builder.render.valuedigest import fast_digest, value_digest
from builder.util.paths import THEME_DIR
from tests.support.fixture_site import INITIATIVES, THEMES, write_content
from tests.support.fuzz import fuzz

THEME_SLUGS = [slug for slug, _zh, _en in THEMES]
LEVEL_SLUGS = list(LEVELS)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def _save(content: Path, item: Initiative) -> None:
    (content / f"{item.slug}.md").write_text(dump(item), encoding="utf-8")


def _items(content: Path) -> list[str]:
    return sorted(p.stem for p in content.glob("*.md"))


def _apply(content: Path, edit: tuple[str, int, int]) -> None:
    """One editor's edit of the fixture content: (kind, which file, a variant number)."""
    kind, pick, n = edit
    slugs = _items(content)
    if not slugs:
        return
    by_slug = {item.slug: item for item in INITIATIVES}
    slug = slugs[pick % len(slugs)]
    from builder.content.loader import read_content_file

    item = read_content_file(content / f"{slug}.md").initiative or by_slug.get(slug)
    assert item is not None
    if kind == "summary":
        _save(content, dataclasses.replace(item, summary=f"{item.summary or ''}（修订{n}）"))
    elif kind == "title":
        _save(content, dataclasses.replace(item, title=f"{item.title}·{n}"))
    elif kind == "themes":
        _save(content, dataclasses.replace(item, themes=[THEME_SLUGS[n % len(THEME_SLUGS)]]))
    elif kind == "body":
        _save(content, dataclasses.replace(item, body=item.body + f"\n新增段落：社区网格员{n}名走访群众。\n"))
    elif kind == "figure" and item.metrics:
        first = dataclasses.replace(item.metrics[0], value=item.metrics[0].value + n)
        _save(content, dataclasses.replace(item, metrics=[first, *item.metrics[1:]]))
    elif kind == "level":  # the level lists' groups and pages, the levels' theme counts
        _save(content, dataclasses.replace(item, level=LEVEL_SLUGS[n % len(LEVEL_SLUGS)]))
    elif kind == "date":  # the sitemap's lastmod, the feed's order and entries
        _save(content, dataclasses.replace(item, date=f"2024-0{n}-1{n}"))
    elif kind == "delete" and len(slugs) > 2:
        for other in slugs:  # its parts name it no more (an overview deleted with its parts' parent lines)
            part = read_content_file(content / f"{other}.md").initiative
            if part is not None and part.parent == slug:
                _save(content, dataclasses.replace(part, parent=None))
        (content / f"{slug}.md").unlink()
    elif kind == "region":  # another initiative's place: the region tree and the site order change
        _save(content, dataclasses.replace(item, region=INITIATIVES[n % len(INITIATIVES)].region))
    elif kind == "practice":  # another's practice, named in the summary: the glossary changes
        other = next(
            (p for p in INITIATIVES[n % len(INITIATIVES)].practices if p not in item.practices), "网格"
        )
        _save(
            content, dataclasses.replace(item, practices=[*item.practices, other], summary=f"推行{other}。")
        )
    elif kind == "parent":  # an overview's parts change: made a part of another initiative, or no more one
        others = [other for other in slugs if other != slug]
        parent = None if item.parent or n % 3 == 0 else others[n % len(others)] if others else None
        _save(content, dataclasses.replace(item, parent=parent))
    elif kind == "add":
        region = Region(province="浙江省", city="杭州市", county="桐庐县") if n % 2 else item.region
        _save(
            content,
            dataclasses.replace(item, slug=f"{slug}-copy-{n}", title=f"{item.title}（续{n}）", region=region),
        )


EDITS = st.tuples(
    st.sampled_from(
        ["summary", "figure", "title", "themes", "body", "delete", "add", "date", "region", "level", "parent"]
    ),
    st.integers(0, 50),
    st.integers(1, 9),
)


@pytest.fixture(autouse=True, scope="module")
def _big_site_search_layout():  # type: ignore[no-untyped-def]
    """Many shards and common grams in files of their own, as on a big site, so that the search index of an
    incremental build is patched here (builder/render/searchupdate.py), not rewritten."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(searchindex, "SHARD_BYTES", 2_000)
        patch.setattr(searchindex, "EXTERNAL_BYTES", 64)
        # lists of a few items a page, so that the edits move initiatives between the pages of a list (what
        # a page of a long list reads: its list's grouping in the site index and its own initiatives)
        for name in ("THEME_ROWS", "LIST_LINES", "PRACTICE_USES", "INDICATOR_ROWS", "GLOSSARY_ENTRIES"):
            patch.setattr(pages_module, name, 2)
        yield


def _build(content: Path, out: Path, **options: object) -> None:
    assert run_build(content, out, quiet=True, **options) == 0  # type: ignore[arg-type]


@fuzz(8)
@given(st.lists(EDITS, min_size=1, max_size=4))
def test_incremental_build_is_byte_identical_to_full_build(edits: list[tuple[str, int, int]]) -> None:
    with tempfile.TemporaryDirectory(prefix="digest-incremental-") as tmp:
        root = Path(tmp)
        content = write_content(root / "content", INITIATIVES[:8])
        session = BodyCache()  # as digest serve keeps bodies and search documents between its builds
        _build(content, root / "site", body_cache=session)
        for edit in edits:
            _apply(content, edit)
            _build(content, root / "site", body_cache=session)
            shutil.rmtree(root / "full", ignore_errors=True)
            for cached in (root / ".cache").glob("digest-full-*"):  # the reference starts from no cache
                shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
            _build(content, root / "full", force=True)
            assert _tree(root / "site") == _tree(root / "full"), edit


@fuzz(6)
@given(st.lists(EDITS, min_size=1, max_size=3))
def test_builds_starting_from_the_disk_are_byte_identical_to_full_build(
    edits: list[tuple[str, int, int]],
) -> None:
    """`digest build` after each edit as a new process does it: no session, only what the last build left
    on disk (stamp, page records, file cache, the search documents of its pages)."""
    with tempfile.TemporaryDirectory(prefix="digest-incremental-") as tmp:
        root = Path(tmp)
        content = write_content(root / "content", INITIATIVES[:8])
        _build(content, root / "site")
        for edit in edits:
            _apply(content, edit)
            _build(content, root / "site")
            shutil.rmtree(root / "full", ignore_errors=True)
            for cached in (root / ".cache").glob("digest-full-*"):  # the reference starts from no cache
                shutil.rmtree(cached) if cached.is_dir() else cached.unlink()
            _build(content, root / "full", force=True)
            assert _tree(root / "site") == _tree(root / "full"), edit


def test_a_summary_edit_keeps_the_pages_that_do_not_show_it(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    _build(content, site)
    before = _inodes(site)
    edited = INITIATIVES[0]
    _save(content, dataclasses.replace(edited, summary="编辑改写的摘要：网格员走访群众。"))
    _build(content, site)
    after = _inodes(site)
    page = f"initiatives/{edited.slug}/index.html"
    assert "编辑改写的摘要" in (site / page).read_text(encoding="utf-8")
    assert after[page] != before[page]
    kept = [p for p in after if p.endswith(".html") and before.get(p) == after[p]]
    assert "404.html" in kept and len(kept) > len(after) // 4, kept


def _rendered_again(tmp_path: Path, edit: tuple[str, int, int]) -> tuple[list[str], list[str], list[str]]:
    """(every HTML page, the pages an incremental build after `edit` rendered again, those of them whose
    bytes did not change) on the whole fixture site."""
    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    _build(content, site)
    before, old = _inodes(site), _tree(site)
    _apply(content, edit)
    _build(content, site)
    after, new = _inodes(site), _tree(site)
    pages = [p for p in after if p.endswith(".html")]
    again = [p for p in pages if before.get(p) != after[p]]
    return pages, again, [p for p in again if old.get(p) == new[p]]


def test_a_summary_edit_renders_again_only_the_pages_that_show_it(tmp_path: Path) -> None:
    """List pages read an initiative field by field (TracedEntry): a page that shows its title and place but
    not its summary (the home page's matrix, a practice's uses, a related card) is kept."""
    pages, again, unchanged = _rendered_again(tmp_path, ("summary", 0, 1))
    assert f"initiatives/{_items(tmp_path / 'content')[0]}/index.html" in again
    assert not unchanged, unchanged
    assert len(again) < len(pages) // 5, again


def test_a_figure_edit_does_not_render_every_page_again(tmp_path: Path) -> None:
    """The indicator rows are read as a whole only by the pages that look into them (compare, regions)."""
    # item 7: 网格, compared in grids (item 0's cut of 考核事项 and item 4's 楼栋长（单元长）, the only building
    # heads' figure since grid-workers has facets, are compared with nothing)
    pages, again, _unchanged = _rendered_again(tmp_path, ("figure", 7, 7))
    assert "compare/index.html" in again and "404.html" not in again and "index.html" not in again
    assert len(again) < len(pages) // 5, again


def test_a_changed_template_rebuilds_every_page(tmp_path: Path) -> None:
    content = write_content(tmp_path / "content", INITIATIVES[:5])
    theme = tmp_path / "theme"
    shutil.copytree(THEME_DIR, theme)
    site = tmp_path / "site"
    _build(content, site, theme_dir=theme)
    before = _inodes(site)
    base = theme / "templates" / "base.html"
    if not base.exists():
        base = next((theme / "templates").glob("*.html"))
    base.write_text(base.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    _build(content, site, theme_dir=theme)
    after = _inodes(site)
    assert not [p for p in after if p.endswith(".html") and before.get(p) == after[p]]


def test_page_records_of_another_build_are_not_used(tmp_path: Path) -> None:
    path = tmp_path / "pages.pickle"
    path.write_bytes(recordstore.dump_records({("home", ""): ("index.html", (), "x")}, "1"))
    assert recordstore.load_records(path, "1") == {("home", ""): ("index.html", (), "x")}
    assert recordstore.load_records(path, "2") is None
    path.write_bytes(b"garbage")
    assert recordstore.load_records(path, "1") is None


def _records(pages: dict, entries: dict, reads: dict, last: incremental.PageRecords | None = None) -> Any:
    records = incremental.PageRecords(
        pages, entry_digests=entries, read_digests=reads, shared=b"s", links="l"
    )
    records.last = last
    return records


def _same(loaded: Any, records: Any) -> bool:
    return (
        dict(loaded) == dict(records)
        and loaded.entry_digests == records.entry_digests
        and loaded.read_digests == recordstore._saved_reads(records)
        and (loaded.shared, loaded.exports, loaded.links) == (records.shared, records.exports, records.links)
    )


def test_page_records_of_an_edit_are_saved_as_a_delta_over_the_records_file(tmp_path: Path) -> None:
    path = tmp_path / "pages.pickle"
    pages = {("theme", str(n)): (f"t/{n}.html", (("themes", str(n)),), str(n)) for n in range(100)}
    entries = {f"i{n}": (b"item", {"item.summary": b"x"}) for n in range(20)}
    reads = {("themes", str(n)): b"d" for n in range(100)} | {("entries", "i1|item.summary"): b"x"}
    recordstore.save_records(path, _records(pages, entries, reads), "1")
    first = recordstore.load_records(path, "1")
    assert first is not None and _same(first, _records(pages, entries, reads))
    whole = path.read_bytes()
    # an edit: one page changed, one gone, one new; one initiative's digests and one read changed
    edited = pages | {("home", ""): ("index.html", (), "h")}
    edited[("theme", "3")] = ("t/3.html", (("themes", "3"),), "changed")
    del edited[("theme", "4")]
    second = _records(edited, dict(entries, i2=(b"new", {})), reads | {("themes", "3"): b"e"}, first)
    recordstore.save_records(path, second, "2")
    assert path.read_bytes() == whole and recordstore.delta_path(path).is_file()
    loaded = recordstore.load_records(path, "2")
    assert loaded is not None and _same(loaded, second)
    # the next edit's delta holds both edits' changes (over the same records file), and undoes one
    again = dict(edited)
    again[("theme", "3")] = pages[("theme", "3")]
    again[("theme", "9")] = ("t/9.html", (), "changed too")
    third = _records(again, dict(second.entry_digests), dict(second.read_digests), loaded)
    recordstore.save_records(path, third, "3")
    assert path.read_bytes() == whole
    assert recordstore.load_records(path, "2") is None
    loaded = recordstore.load_records(path, "3")
    assert loaded is not None and _same(loaded, third)
    # many changes: saved whole, the delta removed
    many = {job: (out, reads_of, "all changed") for job, (out, reads_of, _d) in again.items()}
    fourth = _records(many, dict(third.entry_digests), dict(third.read_digests), loaded)
    recordstore.save_records(path, fourth, "4")
    assert not recordstore.delta_path(path).exists()
    loaded = recordstore.load_records(path, "4")
    assert loaded is not None and _same(loaded, fourth)
    # a delta of other records is not laid over these
    recordstore.save_records(path, _records(pages, {}, {}, loaded), "5")
    path.write_bytes(whole)
    assert recordstore.load_records(path, "5") is None


def test_value_digest_ignores_identity_and_set_order() -> None:
    a = ["".join(["网", "格"]), "网格"]
    b = ["网格", "网格"]
    assert fast_digest(a) == fast_digest(b)
    assert value_digest(frozenset({"a", "b"})) == value_digest(frozenset({"b", "a"}))
    assert value_digest(["a"]) != value_digest(["b"])
    assert fast_digest(("a", 1)) != fast_digest(("a", 2))


def test_unchanged_files_are_not_parsed_again_and_read_the_same(tmp_path: Path, monkeypatch) -> None:
    from builder.content import cachedreads
    from builder.content.loader import read_content_file

    content = write_content(tmp_path / "content", INITIATIVES[:6])
    parsed: list[str] = []
    real = cachedreads.read_content_file

    def counting(path: Path, root: Path | None = None):  # type: ignore[no-untyped-def]
        parsed.append(Path(path).name)
        return real(path, root)

    monkeypatch.setattr(cachedreads, "read_content_file", counting)
    _build(content, tmp_path / "site")
    assert len(parsed) == 6
    edited = INITIATIVES[2]
    # (a title and body: the present path loads the content; a narrow edit reads the edited file alone too)
    _save(content, dataclasses.replace(edited, title="缓存之后改写的标题", body=f"{edited.body}\n\n又一段。"))
    parsed.clear()
    _build(content, tmp_path / "site")
    assert parsed == [f"{edited.slug}.md"]
    assert "缓存之后改写的标题" in (tmp_path / "site" / "initiatives" / edited.slug / "index.html").read_text(
        "utf-8"
    )
    cache = next((tmp_path / ".cache").glob("digest-site-files-*"))
    for path in sorted(content.glob("*.md")):
        kept = cachedreads.read_cached(
            path, content, cache
        )  # (kept without its text: read again when needed)
        assert kept.initiative == read_content_file(path, content).initiative
        assert cachedreads.full_reading(kept) == read_content_file(path, content)
    (tmp_path / ".cache" / cache.name / "files").rename(tmp_path / "moved")  # a lost cache is only slower
    _build(content, tmp_path / "site", force=True)


def test_the_field_digests_of_unchanged_initiatives_are_kept(tmp_path: Path, monkeypatch) -> None:
    """An incremental build hashes again only the fields of the initiatives that changed
    (PageRecords.entry_digests); the others' digests are the last build's."""
    from builder.render import narrowbuild

    # (the present path: a summary edit is narrow)
    monkeypatch.setattr(narrowbuild, "narrow_site", lambda *_a: None)
    content = write_content(tmp_path / "content", INITIATIVES)
    _build(content, tmp_path / "site")
    hashed: list[object] = []
    real = inputdigests.fast_digest

    def counting(value: object) -> bytes:
        hashed.append(value)
        return real(value)

    monkeypatch.setattr(inputdigests, "fast_digest", counting)
    _save(content, dataclasses.replace(INITIATIVES[3], summary="只改摘要。"))
    _build(content, tmp_path / "site")
    items = [v for v in hashed if isinstance(v, Initiative)]
    # only the edited initiative's item is hashed: the others' digests are kept by their files' bytes
    # (storedbuild.StoredDerived), which tell an unchanged one
    assert [item.slug for item in items] == [INITIATIVES[3].slug]
    others = [(item.summary,) for item in INITIATIVES if item.slug != INITIATIVES[3].slug and item.summary]
    assert ("只改摘要。",) in hashed and not [v for v in hashed if v in others]  # no other one's summary
    incremental_count = len(hashed)
    hashed.clear()
    _build(content, tmp_path / "site", force=True)
    assert incremental_count * 2 < len(hashed), (incremental_count, len(hashed))


def related_reads_hashed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The slugs of the `related` reads hashed from now on (Digests._hash), in order."""
    hashed: list[str] = []
    real = inputdigests.Digests._hash

    def counting(self: inputdigests.Digests, read: tuple[str, str]) -> bytes:
        if read[0] == "related":
            hashed.append(read[1])
        return real(self, read)

    monkeypatch.setattr(inputdigests.Digests, "_hash", counting)
    return hashed


def test_the_cross_links_are_hashed_again_only_when_their_inputs_changed(tmp_path: Path, monkeypatch) -> None:
    """A one-shot build whose cross-links are computed from the same inputs as the last build's (an edited
    summary) keeps the digests of the `related` reads (PageRecords.links) without hashing the link lists;
    an edit the links read (a body) hashes again those of the initiatives whose links are not the last
    build's (tests/render/test_linkpatch_builds.py), and the site is a full build's."""
    content = write_content(tmp_path / "content", INITIATIVES)
    _build(content, tmp_path / "site")
    hashed = related_reads_hashed(monkeypatch)
    _save(content, dataclasses.replace(INITIATIVES[3], summary="只改摘要。"))
    _build(content, tmp_path / "site")
    assert hashed == []
    _save(content, dataclasses.replace(INITIATIVES[3], body=INITIATIVES[3].body + "\n\n新增一段正文。"))
    _build(content, tmp_path / "site")
    assert hashed and len(set(hashed)) == len(hashed) <= len(INITIATIVES)
    incremental_site = tmp_path / "site"
    _build(content, tmp_path / "full", force=True)
    assert _tree(incremental_site) == _tree(tmp_path / "full")


def test_the_index_fields_an_edit_did_not_change_are_not_hashed_again(tmp_path: Path, monkeypatch) -> None:
    """A one-shot build keeps the digests of the reads of every mapping field of the index whose whole
    digest is the last build's (PageRecords.fields): an edited summary hashes no read of the regions or
    theme counts; an initiative moved to another region hashes them again, and the site is a full build's."""
    content = write_content(tmp_path / "content", INITIATIVES)
    _build(content, tmp_path / "site")
    hashed: list[str] = []
    real = inputdigests.Digests._hash

    def counting(self: inputdigests.Digests, read: tuple[str, str]) -> bytes:
        hashed.append(read[0])
        return real(self, read)

    monkeypatch.setattr(inputdigests.Digests, "_hash", counting)
    _save(content, dataclasses.replace(INITIATIVES[3], summary="只改摘要。"))
    _build(content, tmp_path / "site")
    assert "regions" not in hashed and "theme_counts" not in hashed and "parts" not in hashed
    moved = INITIATIVES[3]
    other = next(item.region for item in INITIATIVES if item.region.province != moved.region.province)
    _save(content, dataclasses.replace(moved, summary="只改摘要。", region=other))
    _build(content, tmp_path / "site")
    assert "regions" in hashed
    _build(content, tmp_path / "full", force=True)
    assert _tree(tmp_path / "site") == _tree(tmp_path / "full")


def test_a_kept_initiative_keeps_its_search_document_in_the_same_process(tmp_path: Path, monkeypatch) -> None:
    """digest serve (a BodyCache kept between builds): the search document of a kept initiative page is the
    last build's, not made again; the edited one's comes from its new page."""
    from builder.render import searchdocs

    content = write_content(tmp_path / "content", INITIATIVES[:6])
    session = BodyCache()
    _build(content, tmp_path / "site", body_cache=session)
    assert set(session.search_docs) == {item.slug for item in INITIATIVES[:6]}
    made: list[str] = []
    real = searchdocs.search_doc
    monkeypatch.setattr(
        searchdocs, "search_doc", lambda ix, entry: made.append(entry.slug) or real(ix, entry)
    )
    _save(content, dataclasses.replace(INITIATIVES[1], summary="服务期间改写的摘要。"))
    _build(content, tmp_path / "site", body_cache=session)
    assert made == []
    assert "服务期间改写的摘要" in session.search_docs[INITIATIVES[1].slug][1].text


def test_a_kept_initiative_keeps_its_search_document_from_the_last_build_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new `digest build` (no session) takes the search documents of the pages it keeps from the file
    cache, one entry; the edited page's comes from its new rendering, and a stored document whose page
    digest is not the kept page's is made again. They are stored again when more than STALE_DOCS are out
    of date."""
    import pickle

    from builder.content import filecache, storedbuild
    from builder.render import narrowbuild, searchdocs

    content = write_content(tmp_path / "content", INITIATIVES[:6])
    monkeypatch.setattr(storedbuild, "STALE_DOCS", 0)
    # (the present path: a summary edit is narrow, and a narrow build reads no stored search document)
    monkeypatch.setattr(narrowbuild, "narrow_site", lambda *_a: None)
    _build(content, tmp_path / "site")
    (stored,) = (tmp_path / ".cache").glob("digest-site-files-*/searchdocs/*/*.pickle")
    docs = pickle.loads(stored.read_bytes())
    assert set(docs) == {item.slug for item in INITIATIVES[:6]}
    wrong = INITIATIVES[2].slug  # its digest no longer its page's: its document is not taken
    docs[wrong] = ("0" * 32, docs[wrong][1])
    stored.write_bytes(pickle.dumps(docs))
    made: list[str] = []
    real = searchdocs.search_doc
    monkeypatch.setattr(
        searchdocs, "search_doc", lambda ix, entry: made.append(entry.slug) or real(ix, entry)
    )
    _save(content, dataclasses.replace(INITIATIVES[1], summary="命令行改写的摘要。"))
    _build(content, tmp_path / "site")
    assert made == [wrong]
    docs = filecache.load_entry(stored.parents[2], "searchdocs", storedbuild.SEARCH_DOCS)
    assert "命令行改写的摘要" in docs[INITIATIVES[1].slug][1].text
    assert docs[wrong][0] != "0" * 32
    shutil.rmtree(tmp_path / "full", ignore_errors=True)
    _build(content, tmp_path / "full", force=True)
    assert _tree(tmp_path / "site") == _tree(tmp_path / "full")
    monkeypatch.setattr(storedbuild, "STALE_DOCS", 1)  # one stale document: not stored again
    stamp = stored.stat().st_mtime_ns, stored.stat().st_ino
    _save(content, dataclasses.replace(INITIATIVES[3], summary="再次改写的摘要。"))
    made.clear()
    _build(content, tmp_path / "site")
    assert made == [] and (stored.stat().st_mtime_ns, stored.stat().st_ino) == stamp
    _save(content, dataclasses.replace(INITIATIVES[4], summary="第三次改写的摘要。"))
    _build(content, tmp_path / "site")
    assert made == [INITIATIVES[3].slug]  # its stored document was the one before its edit
    assert (stored.stat().st_mtime_ns, stored.stat().st_ino) != stamp  # two out of date: stored again


def test_the_stamp_of_an_incremental_build_names_its_site_without_scanning_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stamp takes the entries of the kept files from the last stamp and looks only at the files written;
    what it records is what a scan finds, so the next build with nothing changed has nothing to do."""
    import json

    from builder.util import buildstamp

    content = write_content(tmp_path / "content", INITIATIVES[:6])
    site = tmp_path / "site"
    _build(content, site)
    _apply(content, ("summary", 1, 2))
    scans: list[Path] = []
    real, checked = buildstamp.output_entries, buildstamp.site_as_written
    monkeypatch.setattr(buildstamp, "output_entries", lambda out: scans.append(out) or real(out))
    monkeypatch.setattr(
        buildstamp, "site_as_written", lambda out, old, times: scans.append(out) or checked(out, old, times)
    )
    _build(content, site)
    assert len(scans) == 1  # the check that the site is as the last build left it; none after writing
    saved = json.loads(buildstamp.stamp_path(site).read_text(encoding="utf-8"))["site"]
    assert saved == real(site.resolve())
    stamp = buildstamp.input_stamp(content, THEME_DIR, "")
    assert buildstamp.up_to_date(site.resolve(), content, stamp)


def test_an_edit_build_makes_the_export_rows_of_the_edited_initiative_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """digest build keeps each initiative's digest.json line and CSV rows (exports.StoredExports) by the
    digests of its item and cross-links: an edit makes those of the edited initiative (and of those whose
    cross-links it changed) again, the bytes those of a full build."""
    from builder.render import exports

    content = write_content(tmp_path / "content", INITIATIVES)
    site = tmp_path / "site"
    _build(content, site)
    made: list[str] = []
    real = exports._record
    monkeypatch.setattr(
        exports, "_record", lambda ix, base, slug, entry: made.append(slug) or real(ix, base, slug, entry)
    )
    edited = INITIATIVES[0]
    _save(content, dataclasses.replace(edited, summary="编辑改写的摘要：网格员走访群众。"))
    _build(content, site)
    assert edited.slug in made and len(made) < len(INITIATIVES) // 2, made
    (tmp_path / ".cache" / "digest-site-pages.pickle").unlink()  # no records: every row made again
    made.clear()
    _save(content, dataclasses.replace(edited, summary="再次改写。"))
    _build(content, site)
    assert len(made) == len(INITIATIVES)
    shutil.rmtree(tmp_path / "full", ignore_errors=True)
    _build(content, tmp_path / "full", force=True)
    assert _tree(site) == _tree(tmp_path / "full")


def test_pages_rendered_by_workers_have_the_records_of_pages_rendered_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With forked workers the pages' digests are made once the workers are gone (Tracker.note `later`,
    settle): the same site and the same page records as a build without workers."""
    from builder.util import parallel
    from builder.util.buildstamp import records_path

    content = write_content(tmp_path / "content", INITIATIVES)
    built = {}
    for workers in ("1", "2"):
        monkeypatch.setenv("DIGEST_WORKERS", workers)
        monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
        out = tmp_path / f"site{workers}"
        _build(content, out)
        loaded = recordstore._read(records_path(out), recordstore.RECORD_VERSION)
        assert loaded is not None
        built[workers] = (_tree(out), loaded["pages"], loaded["read_digests"], loaded["entry_digests"])
    assert built["1"] == built["2"]
