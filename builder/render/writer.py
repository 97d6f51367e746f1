"""The one way the site reaches the disk: every file into a folder beside `--out`, swapped in whole.

So a failed or killed build leaves the previous site untouched, and readers never see half a site. A folder
that does not look like a built site is never replaced.

A build that names itself (`build`: the id of its stamp, as `digest build` and `digest serve` do) keeps the
site it replaces beside the new one as the *spare* (`.<name>.spare`), with a note of what the new build
wrote (`.cache/digest-<name>-spare.pickle`). The next build that starts from the site (`last`) brings the
spare up to it (links the files the last build wrote, removes those it dropped), writes its own new files
into it (a file with the bytes already there is left as it is), removes the files it no longer makes, and
swaps it in (`fs.exchange_folders`). An edit thus writes a handful of files and makes no folder, where a
fresh folder took 14 000 folders and 69 000 links at N=10 000 (4 s). Files are never written in place: the
spare shares its unchanged files with the site (hard links), so a changed one is unlinked first. A spare
whose note is missing or not the last build's (a failed or killed build, a site written otherwise), or no
spare at all, is brought up to the site by linking every file of it again. Any other build (a full one)
writes a fresh folder (`fs.staged_directory`); one that names itself then links every file of that folder
into a fresh spare (`fs.link_tree`), noted as the site itself, so that the first edit after a cold build
writes only its changed files too (N=10 000: ~1-2 s of system time in the full build, against ~3 s of the
edit); the replaced site and the last spare are removed (by a detached process when big). The note is
trusted: a spare changed behind it (it is a hidden folder of the build's own) gives a wrong site.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from builder.util.fs import (
    current_umask,
    discard,
    exchange_folders,
    link_tree,
    staged_directory,
    write_cache_bytes,
    write_tree,
)

SITE_MARKERS = ("index.html", "digest.json")
BACKGROUND_REMOVAL_FILES = (
    1000  # a replaced site this big is removed by a detached process (fs.staged_directory)
)
SPARE_VERSION = 1


@dataclass(frozen=True)
class LastSite:
    """The site at `--out` as the build `build` wrote it (its files: relative paths); the caller checked
    that it is (builder.util.buildstamp)."""

    build: str
    files: list[str]


def replace_refused(out_dir: Path) -> str | None:
    """Why `out_dir` may not be replaced by a site (it is a file, or a folder of something else), or None."""
    if out_dir.exists() and not out_dir.is_dir():
        return f"{out_dir}: exists and is not a directory"
    if out_dir.is_dir() and any(out_dir.iterdir()) and not any((out_dir / m).exists() for m in SITE_MARKERS):
        return f"{out_dir}: is not empty and does not look like a built site; refusing to replace it"
    return None


def spare_folder(out_dir: Path) -> Path:
    """Where the site replaced by the last build waits to become the next one: `.<name>.spare` beside it."""
    target = Path(os.path.realpath(out_dir))
    return target.parent / f".{target.name}.spare"


def spare_note(out_dir: Path) -> Path:
    """The note of what the spare lacks of the site, beside the build stamp."""
    out_dir = Path(out_dir)
    return out_dir.parent / ".cache" / f"digest-{out_dir.name}-spare.pickle"


def write_site(
    files: Iterable[tuple[str, bytes | None]],
    out_dir: Path,
    build: str | None = None,
    last: LastSite | None = None,
    changes: list[list[str]] | None = None,
) -> int:
    """Write every (relative path, bytes) into a folder beside `out_dir`, then swap it in for `out_dir`; a
    pair (path, None) keeps that file of the current site (an incremental build). Returns the number of
    files. A symbolic link at `out_dir` stays and names the new site. `build`: this build's id, under which
    the replaced site is kept as the next build's spare (None: it is removed); `last`: the current site,
    as its build wrote it (the spare is then patched, not a fresh folder written). `changes`: receives,
    when the spare was patched, the files written and those of the last site removed (every other file of
    the new site is the last site's, as it was)."""
    known = _take_note(out_dir)
    target = Path(os.path.realpath(out_dir))
    spare = spare_folder(out_dir)
    if build is not None and last is not None and target.is_dir():
        count, wrote, gone = _patch_and_swap(
            out_dir, build, last, known, lambda root: _write_files(root, files, last)
        )
        if changes is not None:
            changes.extend((wrote, gone))
        return count
    made: list[str] = []
    count = 0
    linked: Path | None = None
    try:
        with staged_directory(out_dir, lambda: count >= BACKGROUND_REMOVAL_FILES) as folder:
            count = write_tree(folder, _noting(files, made), previous=target)
            if build is not None:  # the next build's spare: this site, linked file by file
                linked = Path(tempfile.mkdtemp(prefix=f".{target.name}.build-spare-", dir=target.parent))
                os.rmdir(linked)
                link_tree(folder, linked, made)
        if linked is not None:
            if os.path.lexists(spare):
                discard(spare, target, count >= BACKGROUND_REMOVAL_FILES)
            os.rename(linked, spare)
            linked = None
            _write_note(spare_note(out_dir), build, spare, [], [])
    finally:
        if linked is not None:  # the build failed: its spare goes with it (the last spare stays, unnoted)
            shutil.rmtree(linked, ignore_errors=True)
    return count


def _take_note(out_dir: Path) -> dict | None:
    """The spare's note, read and removed: the spare is not trusted again before this build's note is
    written."""
    note = spare_note(out_dir)
    known = _read_note(note)
    note.unlink(missing_ok=True)
    return known


def _patch_and_swap(
    out_dir: Path,
    build: str,
    last: LastSite,
    known: dict | None,
    write: Callable[[str], tuple[int, list[str], list[str]]],
) -> tuple[int, list[str], list[str]]:
    """A build from the last site by patching its spare: the spare brought up to the site as it is
    (`known`: the spare's note), `write(the spare's root)` (-> the number of files of the new site, the
    files written and those of the last site removed), the spare exchanged for the site, and the note of
    what the new spare (the replaced site) lacks written. Returns what `write` returned."""
    target = Path(os.path.realpath(out_dir))
    spare = spare_folder(out_dir)
    _bring_up(spare, target, last, _open_spare(spare, known, last.build))
    count, wrote, gone = write(os.fspath(spare))
    exchange_folders(spare, target)
    _write_note(spare_note(out_dir), build, spare, wrote, gone)
    return count, wrote, gone


def prepare_spare(out_dir: Path, site: LastSite) -> bool:
    """Bring the spare up to the site at `out_dir` (as the build `site.build` wrote it) now, so that the next
    build from it writes only its changed files: digest serve does this while idle after a build whose spare
    is not noted (a spare lost or disturbed; a full build leaves its spare noted: `write_site`), whose first
    edit would otherwise link every file of the site: 69 000 links and 14 000 folders at N=10 000, ~3 s).
    Returns whether anything was done. The caller
    holds the site's lock; a spare already noted for this site is left as it is."""
    note = spare_note(out_dir)
    spare = spare_folder(out_dir)
    target = Path(os.path.realpath(out_dir))
    if not target.is_dir():
        return False
    lacks = _open_spare(spare, _read_note(note), site.build)  # (a spare made now is not trusted by any note)
    if lacks == ([], []):
        return False
    note.unlink(missing_ok=True)  # the spare is not trusted while it is patched
    _bring_up(spare, target, site, lacks)
    _write_note(note, site.build, spare, [], [])
    return True


def _open_spare(spare: Path, known: dict | None, build: str) -> tuple[list[str], list[str]] | None:
    """The spare folder, made when there is none (or a link stands in its place: the first build from a site
    links every file into it), and what it lacks of the site the build `build` wrote: (files written, files
    removed) by its note `known`, or None when that is not known (every file is linked again)."""
    made_now = not _plain_folder(spare)
    if made_now:
        if os.path.lexists(spare):
            os.unlink(spare)
        os.mkdir(spare, 0o777 & ~current_umask())
    # a spare made just now is never the noted one, even when it got the removed folder's inode number back
    if (
        known is not None
        and not made_now
        and known["site"] == build
        and known["inode"] == os.stat(spare).st_ino
    ):
        return known["written"], known["removed"]
    return None


def _plain_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _noting(files: Iterable[tuple[str, bytes | None]], made: list[str]) -> Iterator[tuple[str, bytes | None]]:
    for rel, data in files:
        made.append(rel)
        yield rel, data


def _read_note(note: Path) -> dict | None:
    try:
        with open(note, "rb") as handle:
            found = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError, TypeError, ImportError):
        return None
    if (
        not isinstance(found, dict)
        or found.get("version") != SPARE_VERSION
        or not isinstance(found.get("site"), str)
        or not isinstance(found.get("written"), list)
        or not isinstance(found.get("removed"), list)
    ):
        return None
    return found


def _write_note(note: Path, build: str, spare: Path, wrote: list[str], gone: list[str]) -> None:
    """Note that the spare is the site before the build `build`, which wrote `wrote` and removed `gone`."""
    data = {
        "version": SPARE_VERSION,
        "site": build,
        "inode": os.stat(spare).st_ino,
        "written": wrote,
        "removed": gone,
    }
    with contextlib.suppress(OSError):  # without a note the next build links every file again
        write_cache_bytes(note, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))


def _remove(root: str, rel: str) -> None:
    """Remove the file `rel` of the folder `root` (a folder in its place too), and the folders it leaves
    empty."""
    path = os.path.join(root, rel)
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except IsADirectoryError:
        shutil.rmtree(path)
    except PermissionError:  # EPERM: some systems' answer to unlinking a folder
        if not os.path.isdir(path) or os.path.islink(path):
            raise
        shutil.rmtree(path)
    parent = os.path.dirname(rel)
    while parent:
        try:
            os.rmdir(os.path.join(root, parent))
        except OSError:
            break
        parent = os.path.dirname(parent)


def _link(source: str, target: str) -> None:
    """The file `source` at `target` too (a hard link, else a copy), replacing what was there."""
    try:
        os.unlink(target)
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        shutil.rmtree(target)
    try:
        os.link(source, target)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def _write_new(target: str, data: bytes) -> bool:
    """`data` as a new file at `target` unless the file there holds these bytes (False); that file (maybe
    a link to the site's) is unlinked first."""
    try:
        if os.stat(target).st_size == len(data):
            with open(target, "rb") as handle:
                if handle.read() == data:
                    return False
        os.unlink(target)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
    except IsADirectoryError:
        shutil.rmtree(target)
    with open(target, "wb") as handle:
        handle.write(data)
    return True


def _files_of(root: str) -> set[str]:
    found: set[str] = set()
    cut = len(root) + 1
    for folder, _dirs, names in os.walk(root):
        found.update(os.path.join(folder, name)[cut:].replace(os.sep, "/") for name in names)
    return found


def _bring_up(spare: Path, site: Path, last: LastSite, lacks: tuple[list[str], list[str]] | None) -> None:
    """Make the spare folder the site as it is (`lacks`: the files the last build wrote and those it
    removed; None: unknown, every file is linked again and the others removed)."""
    root, now = os.fspath(spare), os.fspath(site)
    if lacks is None:
        for rel in _files_of(root).difference(last.files):
            _remove(root, rel)
        for folder, dirs, names in os.walk(root, topdown=False):  # folders left empty by anything
            if not dirs and not names and folder != root:
                with contextlib.suppress(OSError):
                    os.rmdir(folder)
        written, removed = last.files, []
    else:
        written, removed = lacks
    for rel in removed:
        _remove(root, rel)
    for rel in written:
        _link(os.path.join(now, rel), os.path.join(root, rel))


def _write_files(
    root: str, files: Iterable[tuple[str, bytes | None]], last: LastSite
) -> tuple[int, list[str], list[str]]:
    """Make the folder `root`, holding the last site, this build's site: `files` written (a pair (path,
    None) keeps that file), the last site's files they do not name removed. Returns the number of files,
    those written and those of the last site removed."""
    before = set(last.files)
    wrote: list[str] = []
    made: set[str] = set()
    for rel, data in files:
        made.add(rel)
        if data is None:
            if rel not in before:
                raise ValueError(f"{rel}: kept from the last build, which did not make it")
            continue
        if _write_new(os.path.join(root, rel), data):  # (the same bytes: the file is kept, as it was)
            wrote.append(rel)
    gone = sorted(before.difference(made))
    for rel in gone:
        _remove(root, rel)
    return len(made), wrote, gone


def write_changes(
    out_dir: Path, build: str, last: LastSite, written: dict[str, bytes], removed: Iterable[str]
) -> tuple[int, list[str], list[str]]:
    """`write_site` from the last site for a build that knows what it changes (a narrow edit, builder.
    render.narrowbuild): the files `written` (path -> bytes) and the last site's files `removed`; every
    other file of `last` is kept, and not one of the 69 000 paths of a site at N=10 000 is gone through
    file by file. Returns the number of files of the new site, the files written (those whose bytes
    changed) and those of the last site removed."""
    known = _take_note(out_dir)
    if not os.path.isdir(os.path.realpath(out_dir)):
        raise FileNotFoundError(f"{out_dir}: no site to start from")
    before = set(last.files)

    def write(root: str) -> tuple[int, list[str], list[str]]:
        wrote = [rel for rel, data in sorted(written.items()) if _write_new(os.path.join(root, rel), data)]
        gone = sorted(rel for rel in set(removed) if rel in before and rel not in written)
        for rel in gone:
            _remove(root, rel)
        return len(before) - len(gone) + sum(rel not in before for rel in written), wrote, gone

    return _patch_and_swap(out_dir, build, last, known, write)
