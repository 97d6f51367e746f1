"""What a `digest build` writes (builder.commands.build): the site (builder.render.writer), its stamp and page
records; and what digest serve's BuildSession keeps of the last build in memory instead (its stamp, records
and the site's entries), written when serving stops (`save_session`), with the spare folder readied while
it is idle (`ready_spare`).
"""

from __future__ import annotations

import bisect
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from builder.errors import LockedError
from builder.render import writer
from builder.util import buildstamp
from builder.util.fs import directory_lock
from builder.util.sitecheck import note_written

if TYPE_CHECKING:
    from builder.render.bodycache import BodyCache
    from builder.render.session import BuildSession


def write_build(
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
    from builder.render import recordstore

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
    recordstore.save_records(buildstamp.records_path(out_dir), records, buildstamp.build_id(stamp))
    note_written(out_dir, site, buildstamp.folder_times_path(out_dir))
    legacy = out_dir.parent / ".cache" / f"digest-{out_dir.name}-bodies.json"
    legacy.unlink(missing_ok=True)  # the body cache file of earlier versions (now in memory only)
    if session is not None:
        session.out, session.stamp, session.records, session.saved = out_dir, stamp, records, True
        session.site = {entry[0]: entry for entry in site}
        session.changes = set()
    return count


def write_changes(
    out_dir: Path,
    stamp: dict,
    records: dict,
    last: tuple[str, list[buildstamp.Entry], list[str]],
    written: dict[str, bytes],
    removed: set[str],
) -> int:
    """Write the site of a one-shot build that knows what it changes (a narrow edit: the files `written`,
    path -> bytes, and the last site's files `removed`; builder.render.writer.write_changes), then its
    stamp (the last site's entries, `last`: (its build's id, its stamp entries, their paths, both sorted),
    with those of the files written and removed) and page records; returns the number of files."""
    from builder.render import recordstore

    last_id, entries, paths = last
    count, _wrote, gone = writer.write_changes(
        out_dir, buildstamp.build_id(stamp), writer.LastSite(last_id, paths), written, removed
    )
    site = _changed_entries(entries, paths, out_dir, list(written), gone)
    buildstamp.save(out_dir, stamp, site)
    recordstore.save_records(buildstamp.records_path(out_dir), records, buildstamp.build_id(stamp))
    note_written(out_dir, site, buildstamp.folder_times_path(out_dir))  # (the spare swapped in)
    return count


def _changed_entries(
    entries: list[buildstamp.Entry], paths: list[str], out_dir: Path, wrote: list[str], gone: list[str]
) -> list[buildstamp.Entry]:
    """The stamp entries of the site, sorted: `entries` (the last site's, sorted; `paths`, theirs) less the
    files `gone`, with those `wrote` looked at; the entries of the files written in place are replaced
    where they stand (a narrow edit adds or removes a file rarely: then the list is sorted again)."""
    site = list(entries)
    base = os.path.join(os.fspath(out_dir), "")
    added = []
    for rel in wrote:
        at = bisect.bisect_left(paths, rel)
        if at < len(paths) and paths[at] == rel:
            site[at] = _entry(base, rel)
        else:
            added.append(_entry(base, rel))
    if not gone and not added:
        return site
    dropped = set(gone)
    return sorted([entry for entry in site if entry[0] not in dropped] + added)


def _entry(base: str, rel: str) -> buildstamp.Entry:
    """The stamp entry of the file `rel` of the site at `base` (a path ending with a separator)."""
    info = os.stat(base + rel)
    return [rel, info.st_size, info.st_mtime_ns, ""]


def _held(session: BuildSession, out_dir: Path, stamp: dict, records: dict) -> None:
    """Keep the stamp and page records of digest serve's build in memory (`save_session` writes them)."""
    from builder.render import recordstore

    if session.saved:  # the stamp on disk no longer names the site: a later build starts over
        buildstamp.stamp_path(out_dir).unlink(missing_ok=True)
        recordstore.remove_records(buildstamp.records_path(out_dir))
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
        site[rel] = _entry(base, rel)
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
    from builder.render import recordstore

    save_entries(session.cache_entries, session.unsaved)
    if session.saved or session.out is None or session.site is None or session.stamp is None:
        return
    buildstamp.save(session.out, session.stamp, sorted(session.site.values()))
    recordstore.save_records(
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


def session_of(body_cache: BodyCache | None) -> BuildSession | None:
    """`body_cache` when it is digest serve's BuildSession (builder.render.session), else None (without
    importing the session's modules: ~0.25 s of a rebuild with nothing to do)."""
    if body_cache is None:
        return None
    from builder.render.session import BuildSession

    return body_cache if isinstance(body_cache, BuildSession) else None


def known_content(
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


def holds_last(session: BuildSession, out_dir: Path, content_dir: Path, stamp: dict) -> bool:
    """Whether `session` holds the last build of `out_dir` with the same inputs but the content files
    (this build starts from it); a session holding other inputs is reset."""
    if session.holds(out_dir) and buildstamp.same_inputs(
        session.stamp or {}, stamp, content_dir, content=False
    ):
        return True
    session.reset()
    return False
