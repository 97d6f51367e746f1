"""Where does `digest build` spend its time? cProfile of one in-process build, summarized for the build owner.

    python bench/profile_build.py bench/out/corpus/content-10000 [--top 10] [--out /tmp/profile-site]

Prints the top functions by own time, the top project functions by cumulative time, and writes the raw
profile next to the output (`.prof`, for snakeviz / pstats). Work done in worker processes, if the build uses
them, is not seen here: look at the wall time of the stage that starts them.
"""

from __future__ import annotations

import argparse
import cProfile
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("content", type=Path)
    parser.add_argument("--out", type=Path, default=Path("/tmp/digest-profile-site"))
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument(
        "--code", type=Path, default=ROOT, help="folder holding the builder package to profile"
    )
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code))
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
