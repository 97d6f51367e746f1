"""What a `digest build` starts from (builder.commands.build): the content files loaded (through the file
cache) and checked, the vocabularies and settings, the page records and rendered bodies of the last build,
the pinyin slugs kept by earlier builds; and the collector paused while a build makes what it keeps.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from builder.render import recordstore
from builder.util import buildstamp
from builder.util.progress import Progress

if TYPE_CHECKING:  # loading and validating are imported when a build really runs (not when up to date)
    from builder.content.loader import ContentFile, Vocabulary
    from builder.content.settings import SiteSettings
    from builder.content.storedbuild import StoredBodies, StoredDerived
    from builder.model import Initiative
    from builder.render.bodycache import BodyCache
    from builder.render.session import BuildSession


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
    return recordstore.load_records(buildstamp.records_path(out_dir), last)


def last_build(
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
    pages, from the file cache `cache`), loaded with no collections (`collector_paused`)."""
    from builder.content.storedbuild import StoredBodies

    with collector_paused():
        previous = _previous(out_dir, content_dir, stamp, force, held)
        return previous, body_cache or StoredBodies(cache)


def load_inputs(
    content_dir: Path,
    cache: Path,
    progress: Progress,
    say: Callable[[str], None],
    found: list[str] | None = None,
    session: BuildSession | None = None,
    holding: bool = False,
    pack: bool = False,
) -> tuple[list[Initiative], Vocabulary, SiteSettings, StoredDerived | None] | None:
    """The initiatives of `content_dir` (through the file cache `cache`, and `session`: digest serve's
    readings of the last build), its vocabularies and settings (`holding`: those `session` read for its last
    build, whose other inputs than the content files are these), and (a one-shot build's) what earlier
    builds derived from each initiative's file (storedbuild.StoredDerived); None when it has errors (printed,
    or added to `found`). `pack` (a one-shot build with no page records to keep pages by, whose pages a big
    site renders in forked workers): the initiatives laid out field by field (builder.content.packed)."""
    from builder.content.cachedreads import load_cached, load_with_stats
    from builder.content.loader import load_vocabulary
    from builder.content.settings import load_settings
    from builder.content.storedbuild import StoredDerived

    with progress, collector_paused():
        progress.stage("loading content files")
        if session is None:
            files = load_with_stats(content_dir, cache)
        else:
            files = load_cached(content_dir, cache, session.files, session.file_stats, session.changes)
    say(f"loaded {len(files)} content files from {content_dir}")
    if _content_errors(content_dir, files, progress, cache, found):
        return None
    if pack and session is None:
        _pack(files)
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


def _pack(files: list[ContentFile]) -> None:
    """The initiatives of `files` laid out field by field (builder.content.packed) when they are many."""
    from builder.content.packed import MIN_ITEMS, packed

    read = [f for f in files if f.initiative is not None]
    if len(read) < MIN_ITEMS:
        return
    from builder.util.libc import release_freed_memory

    for file, item in zip(read, packed([f.initiative for f in read]), strict=True):
        file.initiative = item
    release_freed_memory()  # the pages the old values held (this build holds what it frees otherwise)


@contextlib.contextmanager
def kept_readings(cache: Path) -> Iterator[None]:
    """Give builder.text.romanize the slugs, and builder.ingest.traditionalchars the Traditional characters'
    readings, kept in the file cache `cache` by earlier builds (a rebuild then need not import pypinyin, nor
    convert with OpenCC); when the build succeeds, keep what it added."""
    from builder.content.filecache import load_entry, store_entry
    from builder.ingest import traditionalchars
    from builder.text import romanize

    key = f"pypinyin-{romanize.romanizer_version()}"
    stored = load_entry(cache, "romanized", key)
    romanize.learn_slugs(stored if isinstance(stored, dict) else {})
    before = len(romanize.known_slugs())
    table_key = f"opencc-{traditionalchars.readings_version()}"
    table = load_entry(cache, "readings", table_key)
    traditionalchars.learn_readings(table if isinstance(table, dict) else {})
    yield
    known = romanize.known_slugs()
    if len(known) != before:
        store_entry(cache, "romanized", key, known)
    if not isinstance(table, dict) and traditionalchars.readings_made():
        store_entry(cache, "readings", table_key, traditionalchars.readings())


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
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
