"""Command line: parse arguments, call one command of builder.commands, return its exit code.

The commands and their exit codes are the CLI contract of docs/architecture.md (codes in builder.errors).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from builder import __version__
from builder.errors import EXIT_INTERRUPTED, EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Practices Digest: raw newspaper pages -> content/ -> static comparative site.",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ingest = sub.add_parser("ingest", help="raw pages in seeds/ -> content/*.md (keeps editors' changes)")
    ingest.add_argument("--seeds", default="seeds", help="folder of raw pages (default: seeds)")
    ingest.add_argument("--content", default="content", help="content folder (default: content)")
    ingest.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    build = sub.add_parser("build", help="content/ -> site/")
    build.add_argument("--content", default="content", help="content folder (default: content)")
    build.add_argument("--out", default="site", help="output folder (default: site)")
    build.add_argument(
        "--base-url",
        help="where the site is published, e.g. https://example.org/digest/ (default: base_url of "
        "content/_data/site.yaml, else /)",
    )
    build.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    build.add_argument(
        "--force", action="store_true", help="rebuild even when no input changed since the last build"
    )

    check = sub.add_parser("check", help="validate content/ and print path:line: error: message")
    check.add_argument("--content", default="content", help="content folder (default: content)")
    check.add_argument("-q", "--quiet", action="store_true", help="print errors only")

    init = sub.add_parser("init", help="write a starter DIR/_data/ (the default vocabularies) to edit")
    init.add_argument("dir", nargs="?", default="content", help="content folder (default: content)")

    serve = sub.add_parser("serve", help="build, serve on 127.0.0.1, rebuild and live-reload on change")
    serve.add_argument("--content", default="content", help="content folder (default: content)")
    serve.add_argument("--out", default="site", help="output folder (default: site)")
    serve.add_argument(
        "--host", help="address to listen on (default: 127.0.0.1, this computer only; 0.0.0.0: every network)"
    )
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--base-url", default="/", help="base URL of the served build (default: /)")
    serve.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # numpy's OpenBLAS starts a thread per core when imported (~0.05 s of CPU a process on 2 cores); the
    # project never calls BLAS (no matrix product goes through it: render/sparserows.py), so one is enough
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        if args.command == "ingest":
            from builder.commands.ingest import run_ingest

            return run_ingest(args.seeds, args.content, quiet=args.quiet)
        if args.command == "build":
            from builder.commands.build import run_build

            return run_build(
                args.content, args.out, base_url=args.base_url, quiet=args.quiet, force=args.force
            )
        if args.command == "check":
            from builder.commands.check import run_check

            return run_check(args.content, quiet=args.quiet)
        if args.command == "init":
            from builder.commands.init import run_init

            return run_init(args.dir)
        if args.command == "serve":
            from builder.commands.serve import run_serve

            return run_serve(
                args.content,
                args.out,
                port=args.port,
                quiet=args.quiet,
                host=args.host,
                base_url=args.base_url,
            )
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    parser.print_help(sys.stderr)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
