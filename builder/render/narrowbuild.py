"""A one-shot `digest build` of a narrow edit: only the pages that read what the edit changed (issue 16;
bench/RESULTS.md, sessions 21-23).

builder.content.narrowedit says which initiatives an edit changed and that it changed only fields no
grouping of the site index reads (a summary), or only the cross-links (a title: builder.render.narrowlinks
makes them, and the theme pairs, from the kept links state; the reads of those that moved are changed reads
too). Every other field of the index but `entries` is then the last build's, and so is every Entry but the
edited ones. This module makes the site of such an edit from what
the last build kept, without loading the content or making the index:

1. the pages to render: those whose recorded reads (the page records of the last build) include a field of
   an edited initiative whose digest is not the same now (`entries` "<slug>|item.summary", "<slug>|lead" …);
2. the index they render against: the fields those pages read, from the last build's stored index
   (builder.render.indexstore), and the Entries they read, made again from what the file cache keeps by
   each file's content hash (the Initiative, the rendered body, the region steps and figures), each chunk
   of the pack read once (cachepack.read_entries); every other field and Entry is a stand-in that raises
   when touched;
3. their records: each page's reads hashed as a full build would (Digests, with the last build's digests
   of every read and of the unchanged initiatives' fields carried over), the edited initiatives' field
   digests made again, written as a delta over the records file (recordstore.save_records);
4. the exports: the last site's, each edited initiative's text replaced in place (builder.render.
   exportsplice), the search files patched for the edited documents, the feed made again from its own entries when it shows an edited initiative (the store keeps
   its slugs), every other file kept.

Whenever a condition fails — anything not found, a page touching a stand-in, a page that reads a field of
the index it did not read before — the answer is None and the build takes the present path, which handles
every change (the result is the same site, byte for byte: tests/render/test_narrow_build.py).
"""

from __future__ import annotations

import bisect
import dataclasses
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from builder.content.narrowedit import FieldEdit
from builder.render.narrowloads import NotLoaded, PartDict, Unloaded, UnloadedDict, UnloadedList, load_entries
from builder.render.recording import ALL, KEYS, SEP, Read

# pages to render beyond which the present path is taken (a summary shown on many pages: ~5 at N=10 000)
MOST_PAGES = 60


class Refused(Exception):
    """The narrow path does not make this site (the reason: a condition not met)."""


@dataclasses.dataclass
class NarrowSite:
    """What a narrow build writes: the files it writes (path -> bytes) and the last site's files it removes
    (every other file of the last site is kept), and the page records of the build."""

    written: dict[str, bytes]
    removed: set[str]
    records: Any
    rendered: int
    timings: dict[str, float]


def changed_paths(entry: Any, known: dict[str, bytes]) -> set[str]:
    """The field paths of an initiative read by the last build's pages (`known`: each with its digest
    then) whose value in `entry` (the edited initiative's Entry) has another digest."""
    from builder.render.valuedigest import fast_digest

    changed = set()
    for path, digest in known.items():
        value = entry
        for name in path.split("."):
            value = getattr(value, name)
        if fast_digest((value,)) != digest:
            changed.add(path)
    return changed


def pages_reading(records: dict, reads: set[Read]) -> list[Any]:
    """The pages of `records` (job -> (path, reads, digest)) that made one of `reads` (records read in
    part: the pages found are read into them; incremental.pages_reading)."""
    from builder.render.incremental import pages_reading as reading

    return reading(records, reads)


def _has(paths: list[str], path: str) -> bool:
    """Whether the sorted `paths` hold `path`."""
    at = bisect.bisect_left(paths, path)
    return at < len(paths) and paths[at] == path


def _title_links(
    edited: dict[str, FieldEdit], store: Any, previous: Any, cache: Path, data_dir: Path | None
) -> Any:
    """The cross-links after the title edits of `edited` (builder.render.narrowlinks), None when no title
    was edited; raises Refused when they cannot be made from what the last build kept."""
    from builder.render.narrowlinks import NoLinks, links_after_titles

    titled = {slug: e.new.initiative for slug, e in edited.items() if "title" in e.fields}
    if not titled:
        return None
    if data_dir is None:
        raise Refused("a title edit without the content's data folder")
    try:
        return links_after_titles(titled, store, getattr(previous, "links", ""), cache, data_dir)
    except NoLinks as exc:
        raise Refused(f"the cross-links: {exc}") from exc


def _read_slugs(reads: Iterable[Read]) -> set[str]:
    return {key.partition(SEP)[0] for field, key in reads if field == "entries" and SEP in key}


def narrow_site(
    edits: list[FieldEdit],
    previous: Any,
    cache: Path,
    out_dir: Path,
    base_url: str,
    theme_dir: Path,
    settings: Any,
    last_site: list[str],
    notice: Callable[[str, bool], None] = lambda _message, _error: None,
    data_dir: Path | None = None,
) -> NarrowSite | None:
    """The site after the narrow `edits` (builder.content.narrowedit) of the last build (`previous`: its
    page records, read from disk; `last_site`: the paths of its files), or None when the present path
    must make it (see the module's docstring). `cache`: the file cache folder; `out_dir`: the site.
    `notice(message, error)` is told why the present path must make it: a condition not met (Refused,
    NotLoaded; error False), or an error no condition foresaw (error True, named with where it was raised:
    a bug of this path, never hidden). `data_dir`: the content's `_data/` (a title edit's cross-links are
    made with its word lists: builder.render.narrowlinks)."""
    state = {"committed": False}  # (once the search files' state is saved, no way back to the present path)
    try:
        where = (cache, out_dir, theme_dir, data_dir)
        return _narrow_site(edits, previous, where, base_url, settings, last_site, state)
    except (Refused, NotLoaded) as exc:
        if state["committed"]:
            raise
        notice(
            f"not a narrow build ({type(exc).__name__}: {exc}); building the pages the edit changes", False
        )
        return None
    except Exception as exc:  # anything unforeseen before the search files: said, with its place
        if state["committed"]:
            raise
        notice(f"the narrow build failed, {fallback_reason(exc)}; building the pages the edit changes", True)
        return None


def fallback_reason(exc: BaseException) -> str:
    """'ValueError: message (at builder/render/x.py:12 in f)': an exception and the innermost frame that
    raised it, in one line."""
    import traceback

    frames = traceback.extract_tb(exc.__traceback__)
    where = ""
    if frames:
        frame = frames[-1]
        parts = Path(frame.filename).parts
        short = "/".join(parts[parts.index("builder") :]) if "builder" in parts else frame.filename
        where = f" (at {short}:{frame.lineno} in {frame.name})"
    return f"{type(exc).__name__}: {exc}{where}"


def _narrow_site(
    edits: list[FieldEdit],
    previous: Any,
    where: tuple[Path, Path, Path, Path | None],
    base_url: str,
    settings: Any,
    last_site: list[str],
    state: dict[str, bool],
) -> NarrowSite | None:
    from builder.content.cachepack import NAME, read_keys
    from builder.render import searchupdate
    from builder.render.env import make_env
    from builder.render.exportsplice import NotSpliced, spliced_exports
    from builder.render.incremental import PageRecords, field_read
    from builder.render.indexes import SiteIndex
    from builder.render.indexstore import KEYED, load_index
    from builder.render.inputdigests import Digests
    from builder.render.pages import SiteRenderer
    from builder.render.recording import FragmentMemo, instrument, recorded
    from builder.render.searchnarrow import is_sorted, narrow_search
    from builder.render.valuedigest import value_digest

    cache, out_dir, theme_dir, data_dir = where
    timings: dict[str, float] = {}
    clock = time.thread_time
    began = clock()
    store = load_index(cache, getattr(previous, "index_store", ""))
    if store is None or not previous.entry_reads_apart or not previous.read_digests:
        raise Refused("no stored index of the last build, or no read digests")
    order = dict(store.order)
    indicators = store.field("indicator_defs")
    parts_name = f"entry parts {value_digest(indicators).hex()}"
    keys = read_keys(cache / NAME)
    edited = {edit.slug: edit for edit in edits}
    if len(edited) != len(edits) or any(order.get(s) != e.old_digest for s, e in edited.items()):
        raise Refused("an edited file is not the one the stored index names")
    # the edited Entries: the new Initiative with the parts of the old one (no part is made of a narrow field)
    old = load_entries(cache, {slug: e.old_digest for slug, e in edited.items()}, parts_name, keys)
    if old is None:
        raise Refused("the last reading of an edited file is not kept")
    new_entries = {slug: dataclasses.replace(old[slug], item=e.new.initiative) for slug, e in edited.items()}
    links = _title_links(edited, store, previous, cache, data_dir)
    changed: set[Read] = set() if links is None else links.changed_reads()
    moved = set() if links is None else links.related.keys() - edited.keys()
    shown = set() if links is None else links.slugs_shown()
    for slug, entry in new_entries.items():
        known = previous.entry_digests.get(slug)
        if known is None:
            raise Refused("no page read an edited initiative")
        changed.update(("entries", f"{slug}{SEP}{path}") for path in changed_paths(entry, known[1]))
    jobs = pages_reading(previous, changed)
    if len(jobs) > MOST_PAGES:
        raise Refused(f"{len(jobs)} pages read the edited fields")
    timings["plan"] = clock() - began
    # the index those pages read: their fields and Entries (the edited ones new), stand-ins for the rest
    reads = {read for job in jobs for read in previous[job][1]}
    fields = {field for field, _key in reads} | {"indicator_defs"}
    feed_slugs = set(store.feed) if edited.keys() & set(store.feed) else set()
    if feed_slugs:
        fields.add("theme_labels")
    fields.add("related")  # (the exports' lines of the edited initiatives name their cross-links)
    if links is not None:
        fields.add("theme_pairs")
    wanted = (_read_slugs(reads) | feed_slugs | moved | shown) - edited.keys()
    loaded = load_entries(cache, {slug: order[slug] for slug in wanted}, parts_name, keys)
    if loaded is None:
        raise Refused("an Entry the pages read is not kept")
    loaded.update(new_entries)
    feed_entries = {slug: loaded[slug] for slug in feed_slugs}
    values: dict[str, Any] = {}
    for f in dataclasses.fields(SiteIndex):
        if f.name == "entries":
            values[f.name] = {slug: loaded.get(slug) or Unloaded(slug) for slug in order}
        elif f.name in fields and f.name in KEYED:  # (the keys the pages read, and the edited ones)
            keys = {key for field, key in reads if field == f.name} | edited.keys() | moved
            values[f.name] = PartDict(f.name, store.part(f.name, keys))
            if links is not None and f.name == "related":
                dict.update(values[f.name], links.related)
        elif links is not None and f.name == "theme_pairs":
            values[f.name] = links.theme_pairs
        elif f.name in fields and f.name in store.fields:
            values[f.name] = store.field(f.name)
        elif f.name in store.fields:
            kind = type(store.field(f.name)) if f.name in ("provinces", "indicators") else dict
            values[f.name] = UnloadedList(f.name, ()) if kind is list else UnloadedDict(f.name, {})
        else:
            raise Refused(f"the field {f.name} is not stored")
    index = SiteIndex(**values)
    timings["index"] = clock() - began - timings["plan"]
    # the pages, recorded as a full build records them
    digests = Digests(index, previous.entry_digests, None, None, previous.links)
    if digests.shared != previous.shared:
        raise Refused("the fields every page reads changed")
    digests.carry(previous.read_digests)
    if links is not None:
        if {("related", ALL), ("related", KEYS)} & previous.read_digests.keys():
            raise Refused("the last build read the cross-links whole")
        digests.forget(links.changed_reads())
    env = make_env(theme_dir, settings.title)
    renderer = SiteRenderer(index, env, base_url)
    instrument(index)
    renderer._fragments = FragmentMemo()
    rendered: dict[str, bytes] = {}
    made_docs: dict[str, Any] = {}
    records = PageRecords(
        previous,
        entry_digests=previous.entry_digests,
        read_digests=previous.read_digests,
        shared=previous.shared,
        exports=previous.exports,
        entry_reads_apart=True,
        links=previous.links,
        fields=previous.fields,
    )
    same: dict[Read, Read] = {}
    for job in jobs:
        kind, key = job
        result, page_reads = (
            recorded(renderer.initiative, key) if kind == "initiative" else recorded(renderer.run, job)
        )
        if {field for field, _key in page_reads} - fields:
            raise Refused(f"{job} read a field it did not read before")
        page_reads = tuple(map(same.setdefault, page_reads, page_reads))
        path = result[0]
        if path != previous[job][0]:
            raise Refused(f"{job} moved")
        rendered[path] = result[1]
        if kind == "initiative":
            made_docs[key] = result[2]
        records[job] = (path, page_reads, digests.page(job, page_reads))
    for slug in edited:  # every field of the edited initiatives the last build's pages read, hashed again
        for path in previous.entry_digests[slug][1]:
            digests.read(("entries", f"{slug}{SEP}{path}"))
    entry_digests = dict(previous.entry_digests)
    entry_digests.update(digests.entry_digests)
    digests.entry_digests = records.entry_digests = entry_digests
    # the last build's read digests (carried: `digests.carry`) with the reads hashed now, but those of
    # initiatives' fields (37 000 carried reads at N=10 000 are not gone through again)
    made_now = digests.read_digests()
    records.read_digests = dict(previous.read_digests)
    records.read_digests.update(
        (read, made_now[read])
        for read in made_now.keys() - previous.read_digests.keys()
        if not field_read(read)
    )
    if links is not None:  # the reads of the cross-links the edit moved, hashed again (the exports' too)
        records.read_digests.update(
            (read, digests.read(read)) for read in links.changed_reads() if read in previous.read_digests
        )
        records.links = links.inputs
        records.fields = dict(previous.fields)
        if "theme_pairs" in records.fields:
            records.fields["theme_pairs"] = digests.field_digest("theme_pairs")
    timings["pages"] = clock() - began - timings["plan"] - timings["index"]
    # the feed: kept, unless it shows an edited initiative (then made of its entries alone)
    if edited.keys() & set(store.feed):
        from builder.render import feeds

        shown = dataclasses.replace(index, entries={slug: feed_entries[slug] for slug in store.feed})
        rendered["feed.xml"] = feeds.atom_feed(shown, base_url, settings)
    # the exports: the last site's, the edited initiatives' texts replaced (the stored texts are kept as
    # they are: the edited initiatives' new ones are made again by the next present-path build)
    rows = [(s, old[s], new_entries[s]) for s in edited] + [(s, loaded[s], loaded[s]) for s in sorted(moved)]
    before = index
    if links is not None:  # (the moved initiatives' lines name their last cross-links)
        before = dataclasses.replace(index, related={**dict(dict.items(index.related)), **links.before})
    try:
        made = spliced_exports(out_dir, index, base_url, rows, before)
    except (NotSpliced, OSError) as exc:
        raise Refused(f"the exports: {exc}") from exc
    timings["exports"] = clock() - began - sum(timings.values())
    # the search files: the last build's, patched for the documents made again (builder.render.searchnarrow)
    numbers = {slug: number for number, slug in enumerate(order)}
    search = narrow_search(
        {numbers[slug]: doc for slug, doc in made_docs.items()},
        searchupdate.search_cache(cache, Path(os.path.realpath(out_dir)), incremental=True),
    )
    if search is None:
        raise Refused("the search index's state cannot patch the last site's")
    rendered.update(made)
    if not is_sorted(last_site):
        last_site = sorted(last_site)
    if not all(_has(last_site, path) for path in rendered):
        raise Refused("a page of the edit is not a file of the last site")
    written, removed = search.changes(last_site)
    state["committed"] = True
    search.save()
    if links is not None:
        from builder.render.narrowlinks import keep_links, patch_store

        keep_links(cache, links)
        patch_store(store, links)
    timings["search"] = clock() - began - sum(timings.values())
    rendered.update(written)
    # the store of the index again, the edited initiatives' files named by their new hashes
    from builder.render.indexstore import write_index

    store.order = [(slug, edited[slug].new_digest if slug in edited else d) for slug, d in store.order]
    records.index_store = write_index(cache, store)  # ("": the next edit takes the present path)
    records.last = previous
    return NarrowSite(rendered, removed, records, len(jobs), timings)
