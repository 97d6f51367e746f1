"""`digest build`: arguments → up-to-date check → load → validate → lock → render and write → report.

The stages are builder.render.site (every file of the site) and builder.render.writer (a fresh folder
swapped in for `--out`), so a failed build leaves the previous site untouched, and invalid content writes
nothing.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from builder.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, LockedError
from builder.render import incremental, site, writer
from builder.util import buildstamp
from builder.util.fs import directory_lock
from builder.util.libc import hold_freed_memory
from builder.util.paths import THEME_DIR
from builder.util.progress import Progress

if TYPE_CHECKING:  # loading and validating are imported when a build really runs (not when up to date)
    from builder.content.filecache import StoredBodies, StoredDerived
    from builder.content.loader import ContentFile, Vocabulary
    from builder.content.settings import SiteSettings
    from builder.model import Initiative
    from builder.render.bodycache import BodyCache
    from builder.render.session import BuildSession


def normalize_base_url(base_url: str) -> str:
    """'/sub' -> '/sub/'; '' -> '/'; 'https://x.org/a' -> 'https://x.org/a/'."""
    base = (base_url or "/").strip()
    if "://" not in base and not base.startswith("/"):
        base = "/" + base
    return base if base.endswith("/") else base + "/"


def _usage_problem(content_dir: Path, out_dir: Path) -> str | None:
    if not content_dir.is_dir():
        return f"{content_dir}: no such content folder"
    return writer.replace_refused(out_dir)


def _content_errors(
    content_dir: Path, files: list[ContentFile], progress: Progress, cache: Path, found: list[str] | None
) -> int:
    """Print the errors `digest check` would report (warnings do not stop a build), or add them to `found`
    when it is a list; return their number. `cache`: the file cache, which keeps what each file's checks
    found."""
    from builder.validate.run import validate

    progress.stage("checking", len(files), "files")
    errors = [d for d in validate(content_dir, files, cache) if d.severity == "error"]
    progress.done()
    if found is not None:
        found.extend(str(d) for d in errors)
        return len(errors)
    for diagnostic in errors:
        print(diagnostic, file=sys.stderr)
    if errors:
        print(f"digest build: {len(errors)} error(s) in {content_dir}; nothing written", file=sys.stderr)
    return len(errors)


def _previous(
    out_dir: Path, content_dir: Path, stamp: dict, force: bool, session: BuildSession | None
) -> dict | None:
    """The page records of the last build when this one may keep its unchanged pages, else None; the ones
    `session` (digest serve's, holding the last build) kept in memory."""
    if force:
        return None
    if session is not None:
        return session.records
    last = buildstamp.previous_build(out_dir, content_dir, stamp)
    if last is None:
        return None
    return incremental.load_records(buildstamp.records_path(out_dir), last)


def _last_build(
    out_dir: Path,
    content_dir: Path,
    stamp: dict,
    force: bool,
    held: BuildSession | None,
    body_cache: BodyCache | None,
    cache: Path,
) -> tuple[dict | None, BodyCache | StoredBodies]:
    """What this build starts from: the page records of the last one (`_previous`) and the rendered bodies
    (`body_cache`, digest serve's, else the file cache's, with the search documents of the last build's
    pages, from the file cache `cache`), loaded with no collections (`_collector_paused`)."""
    from builder.content.filecache import StoredBodies

    with _collector_paused():
        previous = _previous(out_dir, content_dir, stamp, force, held)
        return previous, body_cache or StoredBodies(cache)


def publishing_warnings(base: str, settings: SiteSettings, initiatives: list[Initiative]) -> list[str]:
    """What the published sitemap and feed lack, and what to set for it."""
    from builder.content.settings import has_host
    from builder.render.feeds import page_date

    warnings = []
    if not has_host(base):
        warnings.append(
            f"the base URL '{base}' has no host, so sitemap.xml and feed.xml hold relative links that search "
            "engines and feed readers cannot follow: set base_url in content/_data/site.yaml "
            "(or pass --base-url https://…), e.g. base_url: https://example.org/digest/"
        )
    undated = sum(page_date(i.date, settings.edition_date) is None for i in initiatives)
    if undated:
        warnings.append(
            f"{undated} initiatives have no date and content/_data/site.yaml sets no edition_date, so their "
            "feed entries have no <updated>: set edition_date: YYYY-MM-DD there"
        )
    return warnings


def _load(
    content_dir: Path,
    cache: Path,
    progress: Progress,
    say: Callable[[str], None],
    found: list[str] | None = None,
    session: BuildSession | None = None,
    holding: bool = False,
) -> tuple[list[Initiative], Vocabulary, SiteSettings, StoredDerived | None] | None:
    """The initiatives of `content_dir` (through the file cache `cache`, and `session`: digest serve's
    readings of the last build), its vocabularies and settings (`holding`: those `session` read for its last
    build, whose other inputs than the content files are these), and (a one-shot build's) what earlier
    builds derived from each initiative's file (filecache.StoredDerived); None when it has errors (printed,
    or added to `found`)."""
    from builder.content.filecache import StoredDerived, load_cached, load_with_stats
    from builder.content.loader import load_vocabulary
    from builder.content.settings import load_settings

    with progress, _collector_paused():
        progress.stage("loading content files")
        if session is None:
            files = load_with_stats(content_dir, cache)
        else:
            files = load_cached(content_dir, cache, session.files, session.file_stats, session.changes)
    say(f"loaded {len(files)} content files from {content_dir}")
    if _content_errors(content_dir, files, progress, cache, found):
        return None
    initiatives = [f.initiative for f in files if f.initiative is not None]
    derived = StoredDerived(cache, files) if session is None else None
    if session is not None and holding:  # the vocabularies and settings of its last build: the same files
        vocab, settings = session.memo.reuse(
            "vocabularies and settings",
            os.fspath(content_dir),
            lambda: (load_vocabulary(content_dir), load_settings(content_dir)),
        )
    else:
        vocab, settings = load_vocabulary(content_dir), load_settings(content_dir)
    return initiatives, vocab, settings, derived


def _write(
    pages: Iterable[tuple[str, bytes | None]],
    out_dir: Path,
    stamp: dict,
    records: dict,
    session: BuildSession | None,
    holding: bool,
    from_last: bool,
) -> int:
    """Write the site (builder.render.writer: the spare folder patched and swapped in, when the build
    starts from the last one), then the stamp and the page records of this build; returns the number of
    files. `holding`: `session` (digest serve's) holds the last build of `out_dir`: its stamp and records
    are kept in memory (`save_session` writes them). `from_last`: the build started from the last one,
    whose stamp names the site as it was (the stamp of the new one takes the entries of the files kept
    from there, and looks only at the files written)."""
    made: list[tuple[str, bool]] = []  # each file, and whether it was kept from the last build
    if session is not None and holding:
        assert session.site is not None and session.stamp is not None
        # kept by path (its entries looked up there), sorted only when saved
        last_id, last, known, ordered = buildstamp.build_id(session.stamp), [], session.site, False
        paths: list[str] | None = list(session.site)
    else:  # what the site was (checked at the start)
        last_id, last = buildstamp.last_build(out_dir) if from_last else (None, None)
        known, ordered = None, True
        paths = [entry[0] for entry in last] if last is not None else None
    before = writer.LastSite(last_id, paths) if last_id and paths is not None else None
    changes: list[list[str]] = []  # (the files written and removed, when the spare was patched)
    count = writer.write_site(_noted(pages, made), out_dir, buildstamp.build_id(stamp), before, changes)
    if session is not None and holding and known is not None and changes:
        # digest serve's: its site's entries with those of the files written and removed, not 70 000 looked up
        session.site = _patched_entries(known, out_dir, *changes)
        _held(session, out_dir, stamp, records)
        return count
    site = buildstamp.site_entries(out_dir, made, last, known, ordered)
    if session is not None and holding:
        session.site = {entry[0]: entry for entry in site}
        _held(session, out_dir, stamp, records)
        return count
    buildstamp.save(out_dir, stamp, site)
    incremental.save_records(buildstamp.records_path(out_dir), records, buildstamp.build_id(stamp))
    legacy = out_dir.parent / ".cache" / f"digest-{out_dir.name}-bodies.json"
    legacy.unlink(missing_ok=True)  # the body cache file of earlier versions (now in memory only)
    if session is not None:
        session.out, session.stamp, session.records, session.saved = out_dir, stamp, records, True
        session.site = {entry[0]: entry for entry in site}
        session.changes = set()
    return count


def _held(session: BuildSession, out_dir: Path, stamp: dict, records: dict) -> None:
    """Keep the stamp and page records of digest serve's build in memory (`save_session` writes them)."""
    if session.saved:  # the stamp on disk no longer names the site: a later build starts over
        buildstamp.stamp_path(out_dir).unlink(missing_ok=True)
        incremental.remove_records(buildstamp.records_path(out_dir))
    session.stamp, session.records, session.saved = stamp, records, False
    session.changes = set()  # (this build looked at every change before it: later ones are told)


def _patched_entries(
    known: dict[str, buildstamp.Entry], out_dir: Path, wrote: list[str], gone: list[str]
) -> dict[str, buildstamp.Entry]:
    """The stamp entries of the site by path: `known` (the last site's) less the files `gone`, with those
    `wrote` looked at (every other file is the last site's file, kept: buildstamp.site_entries)."""
    site = dict(known)
    for rel in gone:
        site.pop(rel, None)
    base = os.path.join(os.fspath(out_dir), "")
    for rel in wrote:
        info = os.stat(base + rel)
        site[rel] = [rel, info.st_size, info.st_mtime_ns, ""]
    return site


def _noted(
    pages: Iterable[tuple[str, bytes | None]], made: list[tuple[str, bool]]
) -> Iterator[tuple[str, bytes | None]]:
    """`pages`, each path noted in `made` with whether its file is kept from the last build."""
    for rel, data in pages:
        made.append((rel, data is None))
        yield rel, data


def save_session(session: BuildSession) -> None:
    """Write the stamp and page records of the session's last build when it kept them in memory (digest
    serve, on stopping), and the file cache's entries it stored, so that the next `digest build` starts
    from its site."""
    from builder.content.filecache import save_entries

    save_entries(session.cache_entries, session.unsaved)
    if session.saved or session.out is None or session.site is None or session.stamp is None:
        return
    buildstamp.save(session.out, session.stamp, sorted(session.site.values()))
    incremental.save_records(
        buildstamp.records_path(session.out), session.records, buildstamp.build_id(session.stamp)
    )
    session.saved = True


def ready_spare(session: BuildSession) -> bool:
    """While digest serve is idle after a build: bring the spare folder up to the site the session's last
    build wrote (builder.render.writer.prepare_spare), so that the next edit writes only its changed files
    instead of linking every file of the site first. False when there is nothing to do, or the site is
    locked by another command, or the disk refused (the next build then does it itself)."""
    if session.out is None or session.site is None or session.stamp is None:
        return False
    last = writer.LastSite(buildstamp.build_id(session.stamp), sorted(session.site))
    try:
        with directory_lock(session.out):
            return writer.prepare_spare(session.out, last)
    except (LockedError, OSError):
        return False


def _up_to_date(out_dir: Path, content_dir: Path, stamp: dict, session: BuildSession | None) -> bool:
    """Whether the last build into `out_dir` read exactly these inputs and its site is as it wrote it;
    `session`: digest serve's, holding that build (the site is as it wrote it: not scanned)."""
    if session is not None:
        return buildstamp.same_inputs(session.stamp or {}, stamp, content_dir)
    return buildstamp.up_to_date(out_dir, content_dir, stamp)


def _session(body_cache: BodyCache | None) -> BuildSession | None:
    """`body_cache` when it is digest serve's BuildSession (builder.render.session), else None (without
    importing the session's modules: ~0.25 s of a rebuild with nothing to do)."""
    if body_cache is None:
        return None
    from builder.render.session import BuildSession

    return body_cache if isinstance(body_cache, BuildSession) else None


def _known_content(
    session: BuildSession | None, content_dir: Path, changed: Iterable[Path] | None
) -> tuple[list, set[str]] | None:
    """For buildstamp.input_stamp: the content entries of the stamp of `session`'s last build and the names
    of the content files changed since (BuildSession.note_changes), when its watcher tells them; else None."""
    if session is None:
        return None
    names = session.note_changes(content_dir, changed)
    if names is None or session.stamp is None or not isinstance(session.stamp.get("content"), list):
        return None
    return session.stamp["content"], names


def _holding(session: BuildSession, out_dir: Path, content_dir: Path, stamp: dict) -> bool:
    """Whether `session` holds the last build of `out_dir` with the same inputs but the content files
    (this build starts from it); a session holding other inputs is reset."""
    if session.holds(out_dir) and buildstamp.same_inputs(
        session.stamp or {}, stamp, content_dir, content=False
    ):
        return True
    session.reset()
    return False


@contextlib.contextmanager
def _romanized(cache: Path) -> Iterator[None]:
    """Give builder.text.romanize the slugs kept in the file cache `cache` by earlier builds (a rebuild
    then need not import pypinyin); when the build succeeds, keep the ones it added."""
    from builder.content.filecache import load_entry, store_entry
    from builder.text import romanize

    key = f"pypinyin-{romanize.romanizer_version()}"
    stored = load_entry(cache, "romanized", key)
    romanize.learn_slugs(stored if isinstance(stored, dict) else {})
    before = len(romanize.known_slugs())
    yield
    known = romanize.known_slugs()
    if len(known) != before:
        store_entry(cache, "romanized", key, known)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The cyclic garbage collector does not run inside the block (nor inside nested ones), and every object
    alive at its end is frozen out of later collections (gc.freeze), before the collector runs again. A build
    makes millions of objects that live until its end (the readings, the site index, the digests) and little
    cyclic garbage, so its collections walked them again and again for next to nothing: at N=10 000, 11
    full collections, 1.6-1.8 s of CPU of a one-edit build (of 8.6), 3.5 s of a cold one; and without the
    freeze the first collection after the block walks all it made (1.07 s). The cyclic garbage frozen with
    them (~490 000 objects of an N=10 000 edit build) is freed by a gc.unfreeze and collection: digest
    serve's when idle (builder.serve.heap); a one-shot digest build's process ends. Paused, the peak RSS of
    the edit build rose 770 -> 790 MB; the cold build's stayed 1.28 GB."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _kept(previous: dict | None, records: dict) -> str:
    """' (2,475 of 2,500 pages unchanged since the last build)' for an incremental build, else ''."""
    if not previous:
        return ""
    kept = sum(1 for job, record in records.items() if previous.get(job) == record)
    return f" ({kept:,} of {len(records):,} pages unchanged since the last build)"


def _site_files(
    loaded: tuple[list[Initiative], Vocabulary, SiteSettings, StoredDerived | None],
    base: str,
    theme_dir: Path,
    content_dir: Path,
    cache: Path,
    real_out: Path,
    previous: dict | None,
    records: incremental.PageRecords,
    progress: Progress,
    body_cache: BodyCache | StoredBodies,
) -> Iterable[tuple[str, bytes | None]]:
    """Every file of the site (builder.render.site), incremental against `previous` when given; `records`
    receives this build's page records. `cache`: the build's file cache folder."""
    from builder.render import searchupdate

    initiatives, vocab, settings, derived = loaded
    search = searchupdate.search_cache(cache, real_out, incremental=previous is not None)
    return site.render_site(
        initiatives,
        vocab,
        base,
        theme_dir,
        content_dir / "_data",
        body_cache,
        previous=previous,
        records=records,
        progress=progress,
        search=search,
        cache_dir=cache,
        derived=derived.get if derived is not None else None,
        settings=settings,
        digest_of=derived.digest_of if derived is not None else None,
    )


def run_build(
    content: str | Path,
    out: str | Path,
    *,
    base_url: str | None = None,
    quiet: bool = False,
    theme_dir: Path = THEME_DIR,
    force: bool = False,
    body_cache: BodyCache | None = None,
    content_errors: list[str] | None = None,
    changed: Iterable[Path] | None = None,
) -> int:
    """The `digest build` command. 0 built (or already up to date), 1 invalid content or build failure
    (nothing written), 2 usage. Unless `force`, a build whose inputs did not change does nothing.
    `body_cache` keeps rendered bodies for the next build of the same process (`digest serve`).
    `base_url` None: the `base_url` of content/_data/site.yaml, else '/'. `content_errors`: a list that
    receives the content's errors (as `digest check` prints them) instead of their being printed.
    `changed` (digest serve's, with its BuildSession as `body_cache`): the files its watcher saw change
    since the last call; the content files not among them are taken as the session holds them, without
    a stat (None: every file is looked at)."""
    started = time.perf_counter()
    content_dir, out_dir = Path(content), Path(out)
    say: Callable[[str], None] = (lambda _m: None) if quiet else (lambda m: print(m, file=sys.stderr))
    progress = Progress.for_terminal(quiet)
    if problem := _usage_problem(content_dir, out_dir):
        print(f"digest build: {problem}", file=sys.stderr)
        if (session := _session(body_cache)) is not None:
            session.note_changes(content_dir, None)  # (the changes told are not looked at: all, next time)
        return EXIT_USAGE
    real_out = Path(os.path.realpath(out_dir))  # lock, stamp and cache are the folder's, however it is named
    given = normalize_base_url(base_url) if base_url is not None else ""  # "": site.yaml's (in the stamp)
    session = _session(body_cache)
    stamp = buildstamp.input_stamp(
        content_dir, theme_dir, given, _known_content(session, content_dir, changed)
    )
    holding = session is not None and not force and _holding(session, real_out, content_dir, stamp)
    held = session if holding else None  # digest serve's session when it holds the last build
    if not force and _up_to_date(real_out, content_dir, stamp, held):
        say(f"{out_dir} is up to date: no input changed since the last build (--force rebuilds it)")
        return EXIT_OK
    from builder.content import filecache

    cache = filecache.cache_folder(real_out, stamp)
    # a one-shot build looks every file up in the cache: its entries in one pack (digest serve keeps its own),
    # and runs with the collector paused (digest serve's process has its own policy: builder.serve.heap)
    one_shot = session is None
    if one_shot:  # a process of one build keeps what it frees for its next arrays (libc.hold_freed_memory)
        hold_freed_memory()
    # a narrow edit (a summary): the pages that show it, from what the last build kept (else the present path)
    if one_shot and not force:
        from builder.commands.build_narrow import narrow_build

        try:
            built = narrow_build(content_dir, out_dir, real_out, stamp, cache, given, theme_dir, say, started)
            if built is not None:
                return EXIT_OK
        except LockedError as exc:
            print(f"digest build: {exc}", file=sys.stderr)
            return EXIT_FAILED
    with (
        _collector_paused() if one_shot else contextlib.nullcontext(),
        filecache.packed(cache) if one_shot else contextlib.nullcontext(),
    ):
        if (loaded := _load(content_dir, cache, progress, say, content_errors, session, holding)) is None:
            return EXIT_FAILED
        initiatives, _vocab, settings, derived = loaded
        base = given or normalize_base_url(settings.base_url or "/")
        try:
            with directory_lock(out_dir), progress, _romanized(cache):
                previous, bodies = _last_build(real_out, content_dir, stamp, force, held, body_cache, cache)
                records = incremental.PageRecords()
                pages = _site_files(
                    loaded, base, theme_dir, content_dir, cache, real_out, previous, records, progress, bodies
                )
                count = _write(pages, real_out, stamp, records, session, holding, previous is not None)
                filecache.save_search_docs(bodies)
                if derived is not None:
                    derived.save()
        except LockedError as exc:
            print(f"digest build: {exc}", file=sys.stderr)
            return EXIT_FAILED
        except Exception as exc:  # a template or data bug: report it, keep the previous site
            traceback.print_exc(file=sys.stderr)
            print(f"digest build: failed ({exc}); {out_dir} was left as it was", file=sys.stderr)
            return EXIT_FAILED
        for warning in publishing_warnings(base, settings, initiatives):
            say(f"digest build: warning: {warning}")
        seconds, kept = time.perf_counter() - started, _kept(previous, records)
        say(f"built {len(initiatives)} initiatives, {count} files into {out_dir} in {seconds:.1f}s{kept}")
        return EXIT_OK
