"""`digest build` of a narrow edit (issue 16): when the last one-shot build's site is as it wrote it, every
input but the content files is the same, and the content files changed only where no grouping of the
site index looks (builder.content.narrowedit: a summary, a title), the site is made by builder.render.narrowbuild
from what the last build kept: the pages that read the edited fields, the exports, the search files;
every other file is kept. Whenever a condition fails the caller takes the present path (`None`)."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from builder.render import recordstore
from builder.util import buildstamp
from builder.util.fs import directory_lock


def narrow_build(
    content_dir: Path,
    out_dir: Path,
    real_out: Path,
    stamp: dict,
    cache: Path,
    given: str,
    theme_dir: Path,
    say: Callable[[str], None],
    started: float,
    seen: buildstamp.Scan | None = None,
) -> int | None:
    """Build the site of a narrow edit into `out_dir` (`real_out`: its real path) and return the files
    written, or None when the present path must build it (nothing was written then). `given`: the base URL
    given on the command line ("" for site.yaml's); `stamp`: this build's input stamp; `cache`: its file
    cache folder; `seen`: what the stamp's scan saw of the content folder. Raises LockedError when another
    command holds the site."""
    from builder.content.cachedreads import STATS
    from builder.content.filecache import load_entry
    from builder.content.narrowedit import narrow_edits

    last = buildstamp.previous_build(real_out, content_dir, stamp)
    if last is None:
        return None
    stats = load_entry(cache, "stats", STATS)
    edits = narrow_edits(content_dir, cache, stats, seen)
    if not edits:
        return None
    from builder.validate.run import file_diagnostics

    for edit in edits:  # (the other files, and the checks across files, are the last build's)
        if any(d.severity == "error" for d in file_diagnostics(content_dir, edit.new)):
            return None
    from builder.commands.build import normalize_base_url
    from builder.commands.buildinputs import collector_paused, kept_readings
    from builder.commands.buildoutput import write_changes
    from builder.content.settings import load_settings
    from builder.render.narrowbuild import narrow_site
    from builder.render.searchnarrow import is_sorted

    settings = load_settings(content_dir)
    base = given or normalize_base_url(settings.base_url or "/")

    def notice(reason: str, error: bool) -> None:  # why the present path builds it (-q: an error only)
        if error:
            print(f"digest build: {reason}", file=sys.stderr)
        else:
            say(f"digest build: {reason}")

    with collector_paused(), directory_lock(out_dir), kept_readings(cache):
        previous = recordstore.load_records(buildstamp.records_path(real_out), last, partial=True)
        last_id, site = buildstamp.last_build(real_out)
        if previous is None or site is None or last_id is None:
            return None
        paths = [entry[0] for entry in site]
        if not is_sorted(paths):  # (a stamp's entries are sorted by path)
            site = sorted(site)
            paths = [entry[0] for entry in site]
        data = content_dir / "_data"
        narrow = narrow_site(edits, previous, cache, real_out, base, theme_dir, settings, paths, notice, data)
        if narrow is None:
            return None
        before = (last_id, site, paths)
        count = write_changes(real_out, stamp, narrow.records, before, narrow.written, narrow.removed)
        _note_files(cache, stats, edits)
    seconds = time.perf_counter() - started
    say(
        f"built {len(previous.entry_digests)} initiatives, {count} files into {out_dir} in {seconds:.1f}s "
        f"(a narrow edit: {narrow.rendered} pages rendered)"
    )
    return count


def _note_files(cache: Path, stats: Any, edits: list[Any]) -> None:
    """Keep in the file cache what the next build needs of the edited files: their readings, what is
    derived from them that a narrow edit leaves the same (the Entry's parts), and their stats."""
    from builder.content.cachedreads import RACY_STAT, STATS, kept_reading
    from builder.content.cachepack import NAME, read_keys
    from builder.content.filecache import store_entry
    from builder.render.narrowloads import cache_entries
    from builder.render.valuedigest import fast_digest

    keys = read_keys(cache / NAME)
    for edit in edits:
        store_entry(cache, "files", edit.new_digest, kept_reading(edit.new))
        old = cache_entries(cache, [("derived", edit.old_digest)], keys).get(("derived", edit.old_digest))
        parts = (
            {k: v for k, v in old.items() if k.startswith("entry parts ")} if isinstance(old, dict) else {}
        )
        parts["item digest"] = fast_digest(edit.new.initiative)
        store_entry(cache, "derived", edit.new_digest, parts)
        # its stat is not kept (the file may have changed again since it was read): hashed at the next load
        stats[os.fspath(edit.path)] = (RACY_STAT, edit.new_digest)
    store_entry(cache, "stats", STATS, stats)
