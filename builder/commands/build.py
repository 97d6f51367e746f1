"""`digest build`: load content/ → validate → index → cross-link → render → search index → write site/.

The site is rendered into a fresh directory beside `--out` and swapped in at the end, so a failed build
leaves the previous site untouched, and readers never see half a site. Invalid content writes nothing.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import functools
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from builder.util import buildstamp
from builder.util.fs import LockedError, directory_lock
from builder.util.paths import THEME_DIR

if TYPE_CHECKING:  # the rendering modules are imported when a build really runs (not when up to date)
    from builder.content.loader import ContentFile, Vocabulary
    from builder.model import Initiative
    from builder.render.bodycache import BodyCache
    from builder.render.search import SearchDoc

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
SITE_MARKERS = ("index.html", "digest.json")


@dataclass(frozen=True)
class BuildDiagnostic:
    """Same shape as builder.validate.run.Diagnostic, for the fallback check."""

    path: str
    line: int
    severity: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


# ------------------------------------------------------------------------------------------ stages


def validate_content(content_dir: Path, files: list[ContentFile]) -> list[Any]:
    """Diagnostics from builder.validate.run when it exists; else a minimal check of what a build needs."""
    try:
        from builder.validate.run import validate
    except ImportError:
        return _minimal_check(files)
    return list(validate(content_dir, files))


def _minimal_check(files: list[ContentFile]) -> list[BuildDiagnostic]:
    found: list[BuildDiagnostic] = []
    seen: dict[str, str] = {}
    for f in files:
        if f.error is not None:
            found.append(BuildDiagnostic(str(f.path), f.error.line or 1, "error", f.error.message))
        elif f.initiative is None:
            found.append(
                BuildDiagnostic(str(f.path), 1, "error", "front matter does not describe an initiative")
            )
        elif not f.initiative.slug or not f.initiative.title:
            found.append(BuildDiagnostic(str(f.path), 1, "error", "title and slug are required"))
        elif f.initiative.slug in seen:
            message = f"slug {f.initiative.slug!r} is also used by {seen[f.initiative.slug]}"
            found.append(BuildDiagnostic(str(f.path), 1, "error", message))
        else:
            seen[f.initiative.slug] = str(f.path)
    return found


def compute_links(initiatives: list[Initiative], data_dir: Path | None = None) -> dict[str, list[Any]]:
    """Cross-links from builder.render.crosslinks when it exists (none until then), with the content's own
    tokenizer dictionary when it has one."""
    try:
        from builder.render.crosslinks import compute_related
    except ImportError:
        return {}
    if data_dir is not None and (Path(data_dir) / "terms.txt").is_file():
        from builder.text.tokens import get_tokenizer

        return compute_related(initiatives, top_k=5, tokenizer=get_tokenizer(Path(data_dir)))
    return compute_related(initiatives, top_k=5)


@functools.cache
def _libc() -> Any:
    """The C library (Linux only), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None


def release_freed_memory() -> None:
    """Give the C heap's free pages back to the system (glibc keeps them after a stage's many mid-sized
    allocations are freed; 70 MB after cross-linking 10 000 initiatives). No-op elsewhere."""
    with contextlib.suppress(AttributeError):
        _libc().malloc_trim(0)


def _render_bodies(bodies: list[str]) -> Iterator[Any]:
    from builder.render.markdown import render_body
    from builder.util.parallel import ordered_map

    return ordered_map(render_body, bodies)


def _initiative_job(slug: str) -> tuple[str, bytes, SearchDoc]:
    from builder.util import parallel

    return parallel.state().initiative(slug)


def _page_job(job: tuple[str, str]) -> tuple[str, bytes]:
    from builder.util import parallel

    return parallel.state().run(job)


def render_site(
    initiatives: list[Initiative],
    vocab: Vocabulary,
    base_url: str,
    theme_dir: Path = THEME_DIR,
    data_dir: Path | None = None,
    body_cache: BodyCache | None = None,
) -> Iterator[tuple[str, bytes]]:
    """Every file of the site as (relative path, bytes). Pure apart from reading the theme."""
    from builder.render import exports, feeds
    from builder.render.bodycache import BodyCache
    from builder.render.env import SITE_NAME, SITE_NAME_EN, make_env
    from builder.render.indexes import SiteIndex, build_index
    from builder.render.pages import SiteRenderer
    from builder.render.search import build_search_files
    from builder.util.parallel import ordered_map

    links = compute_links(initiatives, data_dir)
    release_freed_memory()
    cache = body_cache if body_cache is not None else BodyCache()
    index: SiteIndex = build_index(
        initiatives,
        vocab,
        links,
        functools.partial(cache.render_all, render_many=_render_bodies),
    )
    renderer = SiteRenderer(index, make_env(theme_dir), base_url)
    paths: list[str] = []
    docs: list[SearchDoc] = []
    for path, data, doc in ordered_map(_initiative_job, list(index.entries), shared=renderer):
        docs.append(doc)
        paths.append(path)
        yield path, data
    for path, data in ordered_map(_page_job, renderer.jobs(), shared=renderer):
        paths.append(path)
        yield path, data
    yield "feed.xml", feeds.atom_feed(index, base_url, f"{SITE_NAME} {SITE_NAME_EN}")
    yield "sitemap.xml", feeds.sitemap(paths, base_url)
    yield "digest.json", exports.digest_json(index, base_url)
    yield "digest.csv", exports.digest_csv(index, base_url)
    yield "digest-metrics.csv", exports.metrics_csv(index)
    static = Path(theme_dir) / "static"
    for asset in sorted(p for p in static.rglob("*") if p.is_file() and not p.name.startswith(".")):
        yield f"static/{asset.relative_to(static).as_posix()}", asset.read_bytes()
    del index, renderer, links, cache, paths  # the search index comes last, when the pages' memory is free
    release_freed_memory()
    for path, data in build_search_files(docs):
        yield f"search/{path}", data


# ------------------------------------------------------------------------------------------ writing


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories (Linux renameat2 RENAME_EXCHANGE); False where unsupported."""
    try:
        renameat2 = _libc().renameat2
    except AttributeError:  # no C library, or one without renameat2
        return False
    at_fdcwd, rename_exchange = -100, 2
    result = renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange)
    return result == 0


def write_site(files: Iterable[tuple[str, bytes]], out_dir: Path) -> int:
    """Write every file into a fresh sibling directory, then swap it in for `out_dir`. Returns the count.

    A symbolic link at `out_dir` is followed (the folder it names is replaced, the link stays). Where the
    file system cannot exchange two folders atomically, the old site is renamed aside first and put back if
    the second rename fails; a build killed between the two renames finds it there and restores it."""
    out_dir = Path(os.path.realpath(out_dir))
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    old = out_dir.parent / f".{out_dir.name}.build-old"
    if not out_dir.exists() and old.is_dir():
        os.rename(old, out_dir)  # a build was killed between its two renames: the old site comes back
    for stale in out_dir.parent.glob(f".{out_dir.name}.build-*"):
        shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed; we hold the lock
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.build-", dir=out_dir.parent))
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o777 & ~umask)
        made: set[Path] = {tmp}
        count = 0
        for rel, data in files:
            target = tmp / rel
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            target.write_bytes(data)
            count += 1
        if not out_dir.exists():
            os.rename(tmp, out_dir)
        elif _exchange(tmp, out_dir):
            shutil.rmtree(tmp)
        else:
            os.rename(out_dir, old)
            try:
                os.rename(tmp, out_dir)
            except BaseException:
                os.rename(old, out_dir)
                raise
            shutil.rmtree(old, ignore_errors=True)
        return count
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# ------------------------------------------------------------------------------------------ command


def normalize_base_url(base_url: str) -> str:
    """'/sub' -> '/sub/'; '' -> '/'; 'https://x.org/a' -> 'https://x.org/a/'."""
    base = (base_url or "/").strip()
    if "://" not in base and not base.startswith("/"):
        base = "/" + base
    return base if base.endswith("/") else base + "/"


def _refuse_out(out_dir: Path) -> str | None:
    if out_dir.exists() and not out_dir.is_dir():
        return f"{out_dir}: exists and is not a directory"
    if out_dir.is_dir() and any(out_dir.iterdir()) and not any((out_dir / m).exists() for m in SITE_MARKERS):
        return f"{out_dir}: is not empty and does not look like a built site; refusing to replace it"
    return None


def run_build(
    content: str | Path,
    out: str | Path,
    *,
    base_url: str = "/",
    quiet: bool = False,
    theme_dir: Path = THEME_DIR,
    force: bool = False,
    body_cache: BodyCache | None = None,
) -> int:
    """The `digest build` command. 0 built (or already up to date), 1 invalid content or build failure
    (nothing written), 2 usage. Unless `force`, a build whose inputs did not change does nothing.
    `body_cache` keeps rendered bodies for the next build of the same process (`digest serve`)."""
    started = time.perf_counter()
    content_dir, out_dir = Path(content), Path(out)
    say: Callable[[str], None] = (lambda _m: None) if quiet else (lambda m: print(m, file=sys.stderr))
    if not content_dir.is_dir():
        print(f"digest build: {content_dir}: no such content folder", file=sys.stderr)
        return EXIT_USAGE
    problem = _refuse_out(out_dir)
    if problem:
        print(f"digest build: {problem}", file=sys.stderr)
        return EXIT_USAGE
    base = normalize_base_url(base_url)
    real_out = Path(os.path.realpath(out_dir))  # lock, stamp and cache are the folder's, however it is named
    stamp = buildstamp.input_stamp(content_dir, theme_dir, base)
    if not force and buildstamp.up_to_date(real_out, content_dir, stamp):
        say(f"{out_dir} is up to date: no input changed since the last build (--force rebuilds it)")
        return EXIT_OK
    from builder.content.loader import load_content, load_vocabulary

    files = load_content(content_dir)
    say(f"loaded {len(files)} content files from {content_dir}")
    diagnostics = validate_content(content_dir, files)
    errors = [d for d in diagnostics if getattr(d, "severity", "error") == "error"]
    if errors:
        for d in errors:
            print(d, file=sys.stderr)
        print(f"digest build: {len(errors)} error(s) in {content_dir}; nothing written", file=sys.stderr)
        return EXIT_INVALID
    initiatives = [f.initiative for f in files if f.initiative is not None]
    vocab = load_vocabulary(content_dir)
    try:
        with directory_lock(out_dir):
            files = render_site(initiatives, vocab, base, theme_dir, content_dir / "_data", body_cache)
            count = write_site(files, real_out)
            buildstamp.save(real_out, stamp)
            legacy = real_out.parent / ".cache" / f"digest-{real_out.name}-bodies.json"
            legacy.unlink(missing_ok=True)  # the body cache file of earlier versions (now in memory only)
    except LockedError as exc:
        print(f"digest build: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except Exception as exc:  # a template or data bug: report it, keep the previous site
        traceback.print_exc(file=sys.stderr)
        print(f"digest build: failed ({exc}); {out_dir} was left as it was", file=sys.stderr)
        return EXIT_INVALID
    say(
        f"built {len(initiatives)} initiatives, {count} files into {out_dir} in {time.perf_counter() - started:.1f}s"
    )
    return EXIT_OK
