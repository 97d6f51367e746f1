"""Every file of the site, in order: index → cross-link → render pages → feeds, exports, assets → search index.

`render_site` yields (relative path, bytes) pairs and writes nothing (builder.render.writer puts them on
disk). The rendering modules are imported when a site is really rendered, not when this module is.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.util.libc import release_freed_memory
from builder.util.paths import THEME_DIR
from builder.util.progress import SILENT, Progress

if TYPE_CHECKING:
    from builder.content.loader import Vocabulary
    from builder.content.settings import SiteSettings
    from builder.model import Initiative
    from builder.render.bodycache import BodyCache
    from builder.render.incremental import Job, Record, Tracker
    from builder.render.indexes import SiteIndex
    from builder.render.search import SearchDoc
    from builder.render.searchspool import SpooledDocs
    from builder.render.searchupdate import SearchCache
    from builder.render.session import BuildSession

RELATED_PER_INITIATIVE = 5
# pages between two givings back of the memory the build freed while they render (libc.release_freed_memory:
# a one-shot build holds what it frees; the rendered pages that came and went left ~100 MiB at N=10 000)
TRIM_PAGES = 500
# the list pages' sections, each rendered by fresh workers (_fresh_workers_at); the home page and the
# initiatives' index go with the first
SECTION_OF = {"theme": "themes", "region": "regions", "level": "levels", "practice": "practices"}
SECTION_OF |= {section: section for section in ("themes", "regions", "levels", "practices")}
# initiative pages one pair of page workers renders at most: a worker copies what it reads of every initiative
# its pages link to, ~175 MiB by the end of 5 000 pages at N=10 000 (bench/RESULTS.md, sessions 32-34)
PAIR_INITIATIVES = 6000


def words_dir(data_dir: Path | None) -> Path:
    """The data folder whose word lists the cross-links segment with: the content's `_data/` when it has
    its own terms or stopwords, else the package's defaults (never the working folder's content/_data: the
    site of a content folder is the same from wherever it is built, and its kept links and term counts are
    found again)."""
    from builder.text.tokens import STOPWORDS_FILE, TERMS_FILE
    from builder.util.paths import DEFAULT_DATA_DIR

    if data_dir is not None and any(
        (Path(data_dir) / name).is_file() for name in (TERMS_FILE, STOPWORDS_FILE)
    ):
        return Path(data_dir)
    return DEFAULT_DATA_DIR.resolve()


def link_digest(
    initiatives: list[Initiative], data_dir: Path | None, memo: Any = None, derived: Any = None
) -> str:
    """A digest of everything the cross-links of `initiatives` are computed from (linkstore.link_inputs,
    with the word lists `compute_links` reads); `memo` (digest serve's IdentityMemo) and `derived` (a
    one-shot build's, see render_site): each initiative's part as made before."""
    from builder.render.linkstore import link_inputs

    words = [data_dir, words_dir(data_dir)]
    return link_inputs(initiatives, words, RELATED_PER_INITIATIVE, memo, derived)


def compute_links(
    initiatives: list[Initiative],
    data_dir: Path | None = None,
    cache_dir: Path | None = None,
    session: BuildSession | None = None,
    inputs: str | None = None,
    same: dict[str, Any] | None = None,
) -> dict[str, list[Any]]:
    """Cross-links (builder.render.crosslinks), with the content's own tokenizer dictionary when it has one;
    the last build's links from `cache_dir` when nothing they read changed (builder.render.linkstore), or
    from `session` (digest serve's: the same objects, kept in memory). `inputs`: their `link_digest`,
    when the caller made it. `same`: see linkstore.reuse_links."""
    from builder.render.linkstore import known_terms, link_inputs, link_state, reuse_links
    from builder.text.tokens import get_tokenizer

    words = words_dir(data_dir)  # the tokenizer's
    stored: dict[str, Any] = {}

    def compute() -> dict[str, list[Any]]:
        import dataclasses

        from builder.render.crosslinks import compute_related
        from builder.render.linknarrow import links_after_text_edits

        tokenizer = get_tokenizer(words)
        if cache_dir is None:
            return compute_related(initiatives, top_k=RELATED_PER_INITIATIVE, tokenizer=tokenizer)
        last, keep_state = link_state(cache_dir)
        setting = link_inputs([], [data_dir, words], RELATED_PER_INITIATIVE)

        def keep_this(state: Any) -> None:  # (with what it was made from: linknarrow)
            keep_state(dataclasses.replace(state, inputs=digest, setting=setting))

        narrow = links_after_text_edits(
            initiatives, last, setting, stored.get("entry"), tokenizer, RELATED_PER_INITIATIVE
        )
        if narrow is not None:  # only titles and bodies changed: made from the state alone
            keep_this(narrow[1])
            return narrow[0]
        known, keep = known_terms(cache_dir, words)
        links = compute_related(
            initiatives, RELATED_PER_INITIATIVE, tokenizer, known_terms=known, last=last, keep=keep_this
        )
        keep()
        if session is None:  # a one-shot build: no next build in this process reads the counts again
            tokenizer.forget_counts()
        return links

    if cache_dir is None:
        return compute()
    memo = session.memo if session is not None else None
    digest = inputs or link_digest(initiatives, data_dir, memo)
    if session is not None and session.links is not None and session.links[0] == digest:
        return session.links[1]
    links = reuse_links(cache_dir, digest, compute, same, stored)
    if session is not None:
        session.links = (digest, links)
    return links


def _render_bodies(bodies: list[str]) -> Iterator[Any]:
    from builder.render.markdown import render_body
    from builder.util.parallel import ordered_map

    return ordered_map(render_body, bodies)


def _sitemap(paths: list[str], base_url: str, index: Any, edition: str | None, memo: Any) -> bytes:
    """feeds.sitemap; in digest serve the last build's bytes when the pages, their dates and the base URL
    are the same (an edit of a summary: 0.2 s of escaping 70 000 URLs at N=10 000 saved)."""
    from builder.render import feeds

    if memo is None:
        return feeds.sitemap(paths, base_url, index, edition)
    dates = [(e.slug, e.item.date) for e in dict.values(index.entries)]
    inputs = (paths, base_url, dates, edition)
    return memo.reuse("sitemap", inputs, lambda: feeds.sitemap(paths, base_url, index, edition))


def _render_job(job: tuple[str, str]) -> tuple[Any, Any]:
    from builder.util import parallel

    return parallel.state().render(job)


def _fresh_workers_at(todo: list[Job]) -> list[int]:
    """Where fresh page workers take over (parallel.ordered_map's `fresh_at`): inside the initiative pages,
    in equal parts of at most PAIR_INITIATIVES; at the first list page and at the first page of each section
    of list pages (SECTION_OF). Each worker copies the site index's pages it reads: an initiative's page
    reads its own initiative and its related ones', each section's list pages a few fields of every
    initiative; at N=10 000 a worker's copies reached ~175 MiB by the end of the initiative pages and ~310
    MiB by the end of the list pages (bench/RESULTS.md, session 32). A section's cards (rendered once per
    link depth) are rarely another's: few are made again. A fresh pair copies again what it reads (system
    time: ~1 s a pair at N=10 000, session 32), so the initiative pages are cut only where their pair's copies make the
    build's peak (session 34)."""
    initiatives = sum(1 for job in todo if job[0] == "initiative")  # they come first
    parts = -(-initiatives // PAIR_INITIATIVES)
    inside = [initiatives * part // parts for part in range(1, parts)]
    sections = [SECTION_OF.get(job[0]) for job in todo]
    starts = [n for n in range(initiatives + 1, len(todo)) if sections[n] != sections[n - 1]]
    return [*inside, initiatives, *starts]


def _pages(tracker: Tracker, jobs: list[Job]) -> Iterator[tuple[Job, str, Any]]:
    """(job, path, what the renderer returned) for every page, in the order of `jobs`; None for a page
    kept from the last build. Only the other pages are rendered (in workers when they are many)."""
    from builder.util import parallel

    kept = {job: tracker.kept_path(job) for job in jobs}
    todo = [job for job in jobs if kept[job] is None]
    least = parallel.MIN_ITEMS
    later = parallel.forks(len(todo), least)  # the digests made once the workers are gone (Tracker.note)
    rendered = parallel.ordered_map(
        _render_job, todo, shared=tracker, min_items=least, trim=True, fresh_at=_fresh_workers_at(todo)
    )
    for done, job in enumerate(jobs, 1):
        if done % TRIM_PAGES == 0:
            release_freed_memory()
        path = kept[job]
        if path is not None:
            yield job, path, None
            continue
        result, reads = next(rendered)
        tracker.note(job, result[0], reads, later)
        yield job, result[0], (result[1:] if job[0] == "initiative" else result[1])
    for _ in rendered:  # close the worker pool
        pass
    tracker.settle()


def _site_pages(
    tracker: Tracker,
    progress: Progress,
    paths: list[str],
    docs: SpooledDocs,
    kept_docs: dict[str, tuple[str, SearchDoc]] | None,
    all_docs: Callable[[], None] = lambda: None,
) -> Iterator[Any]:
    """Every page as (path, bytes, or None when kept), each path added to `paths` and each initiative's
    search document to `docs`, in site order; `all_docs()` is called once `docs` holds every initiative's
    (the initiative pages come first). `kept_docs` (digest serve's, BodyCache.search_docs): the documents
    of the last build of the process by slug, with their page's input digest; a kept page keeps its
    document, and the mapping is left holding this build's."""
    from builder.render.searchdocs import search_doc

    index = tracker.digests.index
    jobs = [("initiative", slug) for slug in index.entries] + tracker.renderer.jobs()
    progress.stage("rendering", len(jobs), "pages")
    known: dict[str, tuple[str, SearchDoc]] = kept_docs or {}
    if not index.entries:
        all_docs()
    for job, path, data in _pages(tracker, jobs):
        progress.step()
        paths.append(path)
        if job[0] == "initiative":
            if data is not None:
                doc = data[1]
            else:  # a kept page: its record is the last build's, with its digest
                digest, last = tracker.records[job][2], known.get(job[1])
                doc = last[1] if last and last[0] == digest else search_doc(index, index.entries[job[1]])
            docs.append(doc)
            data = data[0] if data is not None else None
            if len(docs) == len(index.entries):
                all_docs()
        yield path, data
    if kept_docs is not None:  # with their pages' digests, made by now (Tracker.settle)
        kept_docs.clear()
        made = zip(index.entries, docs.loaded(), strict=True)  # one document an initiative, in order
        kept_docs.update((slug, (tracker.records[("initiative", slug)][2], doc)) for slug, doc in made)


def _site_index(
    initiatives: list[Initiative],
    vocab: Vocabulary,
    data_dir: Path | None,
    body_cache: BodyCache | None,
    cache_dir: Path | None,
    progress: Progress,
    derived: Any = None,
    same: dict[str, Any] | None = None,
) -> tuple[SiteIndex, str]:
    """Cross-link, then index the initiatives (bodies rendered through `body_cache`; with what the last
    build of the process made, when it is digest serve's BuildSession; `derived`: see render_site); with
    the digest of the cross-links' inputs ("" without a cache folder: never the same as a last build's).
    `same`: the links unchanged (linkstore.reuse_links)."""
    from builder.render.bodycache import BodyCache
    from builder.render.indexes import build_index
    from builder.render.indicatorfile import load_indicators

    session = _session(body_cache)
    memo = session.memo if session is not None else None
    links, inputs = _cross_links(initiatives, data_dir, cache_dir, session, progress, derived, same)
    cache = body_cache if body_cache is not None else BodyCache()
    progress.stage("indexing", len(initiatives), "initiatives")
    index = build_index(
        initiatives,
        vocab,
        links,
        functools.partial(cache.render_all, render_many=_render_bodies),
        load_indicators(Path(data_dir).parent if data_dir is not None else None),
        memo,
        derived,
    )
    return index, inputs


def _cross_links(
    initiatives: list[Initiative],
    data_dir: Path | None,
    cache_dir: Path | None,
    session: BuildSession | None,
    progress: Progress,
    derived: Any = None,
    same: dict[str, Any] | None = None,
) -> tuple[dict[str, list[Any]], str]:
    """The cross-links of `initiatives` (compute_links) and the digest of their inputs ("" without a cache
    folder); see _site_index."""
    progress.stage("cross-linking", len(initiatives), "initiatives")
    memo = session.memo if session is not None else None
    inputs = link_digest(initiatives, data_dir, memo, derived) if cache_dir is not None else ""
    links = compute_links(initiatives, data_dir, cache_dir, session=session, inputs=inputs, same=same)
    release_freed_memory()
    return links, inputs


def _session(body_cache: BodyCache | None) -> BuildSession | None:
    """`body_cache` when it is digest serve's BuildSession (builder.render.session), else None."""
    from builder.render.session import BuildSession

    return body_cache if isinstance(body_cache, BuildSession) else None


def render_site(
    initiatives: list[Initiative],
    vocab: Vocabulary,
    base_url: str,
    theme_dir: Path = THEME_DIR,
    data_dir: Path | None = None,
    body_cache: BodyCache | None = None,
    previous: dict[Job, Record] | None = None,
    records: dict[Job, Record] | None = None,
    progress: Progress = SILENT,
    search: SearchCache | None = None,
    cache_dir: Path | None = None,
    derived: Any = None,
    settings: SiteSettings | None = None,
    digest_of: Callable[[Initiative], str | None] | None = None,
) -> Iterator[tuple[str, bytes | None]]:
    """Every file of the site as (relative path, bytes). Pure apart from reading the theme.

    With `previous` (the page records of the last build into the same folder, builder.render.incremental),
    a page whose inputs did not change comes as (path, None): the last build's file holds. `records` is
    filled with the record of every page of this build. `progress` is told each stage and page.
    `cache_dir`: the build's file cache (builder.content.filecache), where the cross-links are kept;
    `derived` (storedbuild.StoredDerived.get): what earlier builds derived from each initiative's bytes.
    `settings`: those of the content's site.yaml when the caller read them (else read here). `digest_of` (a
    one-shot build's, storedbuild.StoredDerived.digest_of): each initiative's content hash, with which the
    index is stored field by field for the next build's narrow edit (builder.render.indexstore)."""
    from builder.content.settings import SiteSettings as Settings
    from builder.content.settings import load_settings
    from builder.render import exports, feeds
    from builder.render.env import make_env
    from builder.render.incremental import PageRecords, Tracker
    from builder.render.indexes import LAID_OUT, markdown_let_go
    from builder.render.narrowindex import patched_index
    from builder.render.pages import SiteRenderer
    from builder.render.searchspool import SearchAhead

    session = _session(body_cache)
    memo = session.memo if session is not None else None
    # digest serve's, after a narrow edit: the last build's index with the edited Entries replaced, a title's
    # moved links patched in (what the last build made is kept in the memo: no new_build)
    links_kept: dict[str, Any] = {}  # (the links computed again but the same as the last build's)
    patched = None
    if memo is not None and previous:  # (a title edit's links made again: the present path's way)
        relink = functools.partial(_cross_links, initiatives, data_dir, cache_dir, session, progress, derived)
        patched = patched_index(initiatives, previous, memo, lambda: relink(links_kept))
    if patched is not None:
        index, link_inputs = patched
    else:
        if memo is not None:
            memo.new_build()
        index, link_inputs = _site_index(
            initiatives, vocab, data_dir, body_cache, cache_dir, progress, derived, links_kept
        )
    if settings is None:
        settings = load_settings(Path(data_dir).parent) if data_dir is not None else Settings()
    if session is None:
        env = make_env(theme_dir, settings.title)
    else:  # its templates compiled once (a changed theme resets the session)
        env = session.environment((theme_dir, settings.title), lambda: make_env(theme_dir, settings.title))
    if digest_of is not None and cache_dir is not None and isinstance(records, PageRecords):
        from builder.render.indexstore import save_index

        records.index_store = save_index(cache_dir, index, digest_of)
    if memo is None and len(index.entries) >= LAID_OUT:  # a one-shot build big enough to fork page workers
        markdown_let_go(index.entries)
        release_freed_memory()
    renderer = SiteRenderer(index, env, base_url, memo)
    tracker = Tracker(index, renderer, previous, memo, derived, link_inputs, links_kept)
    paths: list[str] = []
    ahead = SearchAhead(search, cache_dir)
    try:
        yield from _site_pages(
            tracker, progress, paths, ahead.docs, getattr(body_cache, "search_docs", None), ahead.start
        )
        if records is not None:
            tracker.save(records)
        progress.stage("writing feeds, exports and the search index")
        yield "feed.xml", feeds.atom_feed(index, base_url, settings)
        yield "sitemap.xml", _sitemap(paths, base_url, index, settings.edition_date, memo)
        rows: Any = memo
        if memo is None and cache_dir is not None:  # digest build's: the texts of unchanged initiatives kept
            last = getattr(previous, "exports", None) if previous is not None else None
            rows = exports.StoredExports(tracker.digests, cache_dir, last)
        yield "digest.json", exports.digest_json(index, base_url, settings.edition_date, rows)
        yield "digest.csv", exports.digest_csv(index, base_url, rows)
        yield "digest-metrics.csv", exports.metrics_csv(index, rows)
        if isinstance(rows, exports.StoredExports) and isinstance(records, PageRecords):
            records.exports = rows.save()
        static = Path(theme_dir) / "static"
        for asset in sorted(p for p in static.rglob("*") if p.is_file() and not p.name.startswith(".")):
            yield f"static/{asset.relative_to(static).as_posix()}", asset.read_bytes()
        # the search index comes last, when the pages' memory is free
        del index, renderer, paths, tracker, rows
        release_freed_memory()
        for path, data in ahead.files():  # patched from the last build when `search` allows
            yield f"search/{path}", data
    finally:
        ahead.wait()  # a build that failed (or was closed) leaves no thread behind
