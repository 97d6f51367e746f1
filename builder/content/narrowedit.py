"""Which fields of which initiatives an edit changed, found without loading the content (issue 16's narrow
path for a one-shot `digest build`, bench/RESULTS.md, session 21's design).

A one-shot build keeps the stats of the content files it loaded (cachedreads.load_with_stats: path -> the
file's size, times and inode with its content hash). `narrow_edits` looks at those alone: every file whose
stat is the same is taken as unchanged (as the load does); each other file is read and hashed, and when its
bytes did change it is parsed and compared, field by field, with the Initiative the cache keeps for its old
bytes (the pack's entry read by key: cachepack.read_entry, one chunk unpickled, not 30 000 entries).

It answers only for an edit that no grouping of the site index can see: each changed file still names the
same initiative and changed only fields of NARROW_FIELDS (a summary, a title), under the rules of
`is_narrow` (a summary naming a practice: the body's rendered paragraphs, kept by the cache, tell whether the glossary's sentence moves). Anything else — a
file added, removed or renamed, a file the last load did not keep the stat of (changed within 2 s of it), a
reading the cache no longer holds, a file that does not parse, a change to any other field — is None: the
build takes the present path, which handles every change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.content.cachepack import NAME as PACK_NAME
from builder.content.cachepack import read_entry, read_keys, read_pickle
from builder.content.loader import MAX_FILE_BYTES, ContentFile, content_names, is_content_name, parse_content_file
from builder.model import Initiative

if TYPE_CHECKING:
    from builder.util.buildstamp import Scan

# the fields of an Initiative that feed no grouping of the site index (its order, regions, themes, levels,
# parts, the indicator rows) but, for LINKED_FIELDS, the cross-links; the summary still feeds the glossary
# when it names one of the initiative's practices (`is_narrow`)
NARROW_FIELDS = frozenset({"summary", "title"})
# the narrow fields the cross-links read (and the theme pairs made of them): a one-shot build makes the
# links of their edit from the kept links state (builder.render.narrowlinks); digest serve's patched index
# makes them again and patches in the moved ones (builder.render.narrowindex)
LINKED_FIELDS = frozenset({"title"})


@dataclasses.dataclass(frozen=True)
class FieldEdit:
    """One content file whose bytes changed: its path, the content hashes before and after, the readings
    of both, and the names of the Initiative's fields that differ."""

    path: Path
    old_digest: str
    new_digest: str
    old: ContentFile
    new: ContentFile
    fields: frozenset[str]

    @property
    def slug(self) -> str:
        assert self.new.initiative is not None
        return self.new.initiative.slug


def changed_fields(old: Initiative, new: Initiative) -> frozenset[str]:
    """The names of the fields of `old` and `new` whose values differ (compared with ==)."""
    return frozenset(
        f.name for f in dataclasses.fields(Initiative) if getattr(old, f.name) != getattr(new, f.name)
    )


def is_narrow(
    old: Initiative, new: Initiative, fields: frozenset[str], paragraphs: tuple[str, ...] | None = None
) -> bool:
    """Whether changing `fields` of `old` into `new` leaves every grouping of the site index as it was: only
    NARROW_FIELDS changed, and a changed summary gives each of the initiative's practices the glossary's
    sentence it gave (the glossary takes a practice's sentence from the summary when the body has none:
    `paragraphs`, the body's rendered paragraphs, decide; unknown, a summary naming a practice is not
    narrow)."""
    if not fields or not fields <= NARROW_FIELDS:
        return False
    if "summary" not in fields or not new.practices:
        return True
    if paragraphs is None:
        texts = (old.summary or "", new.summary or "")
        return not any(name in text for name in new.practices for text in texts)
    from builder.render.glossary import practice_sentences

    before = practice_sentences(paragraphs, old.summary, old.practices)
    return before == practice_sentences(paragraphs, new.summary, new.practices)


def _entry(cache: Path, key: tuple[str, str], keys: dict[Any, int]) -> Any:
    """The file cache's entry `key`: the pack's (read by its key), or the one in a file of its own (a build
    that stored few new entries wrote them so)."""
    found = read_entry(cache / PACK_NAME, key, keys)
    if found is None:
        kind, name = key
        found = read_pickle(cache / kind / name[:2] / f"{name}.pickle")
    return found


def _reading(cache: Path, digest: str, keys: dict[Any, int]) -> ContentFile | None:
    """The reading the file cache `cache` keeps for the content hash `digest`."""
    found = _entry(cache, ("files", digest), keys)
    return found if isinstance(found, ContentFile) and found.initiative is not None else None


def _paragraphs(cache: Path, body: str, keys: dict[Any, int]) -> tuple[str, ...] | None:
    """The paragraphs of `body` rendered, as the file cache keeps them (None: not kept)."""
    from builder.render.bodycache import body_key

    found = _entry(cache, ("bodies", body_key(body)), keys)
    paragraphs = getattr(found, "paragraphs", None)
    return paragraphs if isinstance(paragraphs, tuple) else None


def _stat(info: os.stat_result) -> tuple[int, int, int, int]:
    return (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino)


def narrow_edits(content_dir: Path, cache: Path, stats: Any, seen: Scan | None = None) -> list[FieldEdit] | None:
    """The content files of `content_dir` changed since the load that kept `stats` (filecache's stats
    entry: path -> (stat, content hash)), each with the fields it changed, when every change is narrow
    (`is_narrow`: the module's docstring); [] when no file changed; None when the build must take the
    present path. `cache`: the file cache folder, whose readings give the old Initiatives. `seen`: what
    the build's input stamp saw of the folder (buildstamp.Scan: its names, and the stat of each file,
    taken before anything was read), so that the folder is not listed and its files looked at again."""
    if not isinstance(stats, dict) or not stats:
        return None
    if seen is None:
        names, infos = content_names(content_dir), {}
    else:
        names = sorted(filter(is_content_name, (*seen.files, *seen.folders)))
        infos = seen.files
    if len(names) != len(stats):
        return None
    # each file's path as the stats spell it (os.fspath(content_dir / name)), a string: no Path is made for
    # the 10 000 unchanged files (0.1 s of CPU at N=10 000)
    prefix = os.fspath(Path(content_dir) / "x")[:-1]
    changed: list[tuple[Path, str, bytes]] = []
    for name in names:
        known = stats.get(prefix + name)
        if known is None:
            return None
        try:
            info = infos.get(name) or os.lstat(prefix + name)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_FILE_BYTES:
                return None
            if _stat(info) == known[0]:
                continue
            path = Path(content_dir) / name
            raw = path.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(raw).hexdigest() != known[1]:
            changed.append((path, known[1], raw))
    if not changed:
        return []
    keys = read_keys(cache / PACK_NAME)
    edits = []
    for path, old_digest, raw in changed:
        old, new = _reading(cache, old_digest, keys), parse_content_file(path, raw)
        if old is None or new.error is not None or new.initiative is None:
            return None
        assert old.initiative is not None
        fields = changed_fields(old.initiative, new.initiative)
        narrow = is_narrow(old.initiative, new.initiative, fields)
        if not narrow and "summary" in fields:  # (a practice named: is the body's sentence the glossary's?)
            paragraphs = _paragraphs(cache, new.initiative.body, keys)
            narrow = paragraphs is not None and is_narrow(old.initiative, new.initiative, fields, paragraphs)
        if not narrow:
            return None
        new_digest = hashlib.sha256(raw).hexdigest()
        edits.append(
            FieldEdit(path, old_digest, new_digest, old, dataclasses.replace(new, digest=new_digest), fields)
        )
    return edits
