"""`digest build`: arguments → up-to-date check → load → validate → lock → render and write → report.

The stages are builder.render.site (every file of the site) and builder.render.writer (a fresh folder
swapped in for `--out`), so a failed build leaves the previous site untouched, and invalid content writes
nothing. What a build starts from (the content loaded and checked, the last build's page records and bodies)
is builder.commands.buildinputs; what it writes and what digest serve's session keeps of it,
builder.commands.buildoutput.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from builder.commands.buildoutput import holds_last, known_content, session_of
from builder.errors import EXIT_FAILED, EXIT_OK, EXIT_USAGE, LockedError
from builder.render import writer
from builder.util import buildstamp
from builder.util.fs import directory_lock
from builder.util.libc import hold_freed_memory
from builder.util.paths import THEME_DIR
from builder.util.progress import Progress

if (
    TYPE_CHECKING
):  # what a build runs is imported when it really runs (a no-change rebuild imports the stamp's)
    from builder.content.loader import Vocabulary
    from builder.content.settings import SiteSettings
    from builder.content.storedbuild import StoredBodies, StoredDerived
    from builder.model import Initiative
    from builder.render import incremental
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


def _up_to_date(out_dir: Path, content_dir: Path, stamp: dict, session: BuildSession | None) -> bool:
    """Whether the last build into `out_dir` read exactly these inputs and its site is as it wrote it;
    `session`: digest serve's, holding that build (the site is as it wrote it: not scanned)."""
    if session is not None:
        return buildstamp.same_inputs(session.stamp or {}, stamp, content_dir)
    return buildstamp.up_to_date(out_dir, content_dir, stamp)


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
    from builder.render import searchupdate, site

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
        if (session := session_of(body_cache)) is not None:
            session.note_changes(content_dir, None)  # (the changes told are not looked at: all, next time)
        return EXIT_USAGE
    real_out = Path(os.path.realpath(out_dir))  # lock, stamp and cache are the folder's, however it is named
    given = normalize_base_url(base_url) if base_url is not None else ""  # "": site.yaml's (in the stamp)
    session = session_of(body_cache)
    seen = buildstamp.Scan()  # (what the stamp's scan saw of the content folder: a narrow edit's stats)
    stamp = buildstamp.input_stamp(
        content_dir, theme_dir, given, known_content(session, content_dir, changed), seen
    )
    holding = session is not None and not force and holds_last(session, real_out, content_dir, stamp)
    held = session if holding else None  # digest serve's session when it holds the last build
    if not force and _up_to_date(real_out, content_dir, stamp, held):
        say(f"{out_dir} is up to date: no input changed since the last build (--force rebuilds it)")
        return EXIT_OK
    from builder.commands.buildinputs import collector_paused, kept_readings, last_build, load_inputs
    from builder.commands.buildoutput import write_build
    from builder.content import filecache, storedbuild
    from builder.render import incremental

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
            built = narrow_build(
                content_dir, out_dir, real_out, stamp, cache, given, theme_dir, say, started, seen
            )
            if built is not None:
                return EXIT_OK
        except LockedError as exc:
            print(f"digest build: {exc}", file=sys.stderr)
            return EXIT_FAILED
    # every page rendered (no records of the last build's): a big site's in forked workers (buildinputs._pack)
    cold = one_shot and (force or not buildstamp.records_path(real_out).exists())
    with (
        collector_paused() if one_shot else contextlib.nullcontext(),
        filecache.packed(cache) if one_shot else contextlib.nullcontext(),
    ):
        if (
            loaded := load_inputs(content_dir, cache, progress, say, content_errors, session, holding, cold)
        ) is None:
            return EXIT_FAILED
        initiatives, _vocab, settings, derived = loaded
        base = given or normalize_base_url(settings.base_url or "/")
        try:
            with directory_lock(out_dir), progress, kept_readings(cache):
                previous, bodies = last_build(real_out, content_dir, stamp, force, held, body_cache, cache)
                records = incremental.PageRecords()
                pages = _site_files(
                    loaded, base, theme_dir, content_dir, cache, real_out, previous, records, progress, bodies
                )
                count = write_build(pages, real_out, stamp, records, session, holding, previous is not None)
                storedbuild.save_search_docs(bodies)
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
