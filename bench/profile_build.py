"""Where does `digest build` spend its time? cProfile of one in-process build, summarized for the build owner.

    python bench/profile_build.py bench/out/corpus/content-10000 [--top 10] [--out /tmp/profile-site]
    python bench/profile_build.py bench/out/corpus/content-1000 --stages   # CPU per stage, no profiler

Prints the top functions by own time, the top project functions by cumulative time, and writes the raw
profile next to the output (`.prof`, for snakeviz / pstats). Work done in worker processes, if the build uses
them, is not seen here: look at the wall time of the stage that starts them (or set DIGEST_WORKERS=1).
`--stages`: no profiler; the CPU time of each stage of a cold build (`STAGES`: the thread time of the thread
that runs it, so that the search index made in a thread beside the pages is counted apart), with the
process's start (interpreter and imports) and the rest (writing files, feeds, the file cache).
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import importlib
import io
import pstats
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _where(func: tuple[str, int, str]) -> str:
    path, line, name = func
    short = path
    for marker in ("/builder/", "/site-packages/", "/lib/python3"):
        if marker in path:
            short = path[path.index(marker) + 1 :]
            break
    return f"{short}:{line}({name})"


def summarize(stats: pstats.Stats, top: int, total: float) -> str:
    raw = stats.stats  # type: ignore[attr-defined]
    rows = [(func, tt, ct, nc) for func, (_cc, nc, tt, ct, _callers) in raw.items()]
    out = io.StringIO()
    out.write(f"total {total:.1f} s\n\ntop {top} by own time:\n")
    for func, tt, ct, nc in sorted(rows, key=lambda r: -r[1])[:top]:
        out.write(f"  {tt:7.2f} s own {ct:7.2f} s cum {nc:>9} calls  {_where(func)}\n")
    out.write(f"\ntop {top} project functions by cumulative time:\n")
    ours = [r for r in rows if "/builder/" in r[0][0]]
    for func, tt, ct, nc in sorted(ours, key=lambda r: -r[2])[: top * 2]:
        out.write(f"  {ct:7.2f} s cum {tt:7.2f} s own {nc:>9} calls  {_where(func)}\n")
    return out.getvalue()


# (module, function or Class.method, label): the stages of a build; a label starting with "- " is a part of
# the stage above it
STAGES = [
    ("builder.commands.buildinputs", "load_inputs", "load, parse and check the content"),
    ("builder.render.site", "compute_links", "cross-links"),
    ("builder.text.tokens", "Tokenizer.term_counts_many", "- cut and count terms (jieba's dictionary too)"),
    ("builder.render.indexes", "build_index", "site index (bodies, groups, indicators)"),
    ("builder.render.site", "_render_job", "pages (in the main process)"),
    ("builder.render.pagerender", "PageRenderer.render", "- their templates"),
    ("builder.render.incremental", "Tracker.note", "- their records and the digests of their reads"),
    ("builder.render.exports", "digest_json", "exports: digest.json"),
    ("builder.render.exports", "metrics_csv", "exports: metrics CSV"),
    ("builder.render.searchspool", "SearchAhead._make", "search index (in its thread)"),
    ("builder.render.searchupdate", "search_files", "search index (made at the end)"),
    ("builder.util.buildstamp", "site_entries", "the site's stamp (a stat of every file)"),
    ("builder.render.recordstore", "save_records", "page records saved"),
    ("builder.content.storedbuild", "StoredDerived.save", "file cache: what was derived from each file"),
    ("builder.content.storedbuild", "save_search_docs", "file cache: search documents"),
]


def stage_times(content: Path, out: Path) -> str:
    """One build with each of STAGES timed (thread CPU time, outermost call only), as text."""
    spent: dict[str, float] = {}
    depth: dict[str, int] = {}

    def timed(label: str, func):
        @functools.wraps(func)
        def run(*args, **kwargs):
            depth[label] = depth.get(label, 0) + 1
            started = time.thread_time()
            try:
                return func(*args, **kwargs)
            finally:
                depth[label] -= 1
                if not depth[label]:
                    spent[label] = spent.get(label, 0.0) + time.thread_time() - started

        return run

    for module_name, name, label in STAGES:
        owner = importlib.import_module(module_name)
        *path, last = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        if hasattr(owner, last):
            setattr(owner, last, timed(label, getattr(owner, last)))
    from builder.commands.build import run_build

    before = time.process_time()  # the interpreter, the imports so far and the wrapping
    code = run_build(content, out, quiet=True)
    total = time.process_time()
    lines = [f"exit {code}; CPU of the process {total:.2f} s", f"  {before:6.2f} s  start and imports"]
    lines += [f"  {spent.get(label, 0.0):6.2f} s  {label}" for _m, _n, label in STAGES]
    rest = total - before - sum(spent.get(label, 0.0) for _m, _n, label in STAGES if label[:2] != "- ")
    return "\n".join([*lines, f"  {rest:6.2f} s  the rest (writing the files, feeds, file cache, ...)"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("content", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/digest-profile-site"))
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--stages", action="store_true", help="CPU per stage of the build, no profiler")
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="folder holding the builder package to profile"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code))
    if args.out.exists():
        shutil.rmtree(args.out)
    if args.stages:
        print(stage_times(args.content, args.out))
        return 0
    from builder.commands.build import run_build

    print(f"profiling {Path(sys.modules['builder.commands.build'].__file__ or '').parent}", file=sys.stderr)

    if args.out.exists():
        shutil.rmtree(args.out)
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    code = run_build(args.content, args.out, quiet=False)
    profiler.disable()
    total = time.perf_counter() - started
    prof = args.out.with_suffix(".prof")
    profiler.dump_stats(prof)
    print(summarize(pstats.Stats(profiler), args.top, total))
    print(f"exit {code}; raw profile: {prof}")
    return code


if __name__ == "__main__":
    sys.exit(main())
