"""`digest serve`: check the content folder, start the dev server (builder.serve.live) with the real build,
run until Ctrl-C or SIGTERM, stop it.

Exit code: 0 after Ctrl-C / SIGTERM, 1 when it cannot start (no content folder, the port is taken).
"""

from __future__ import annotations

import contextlib
import functools
import signal
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from builder.errors import EXIT_FAILED, EXIT_OK
from builder.serve import heap
from builder.serve.live import HOST, BuildFailed, BuildFn, ContentErrors, DevServer


@functools.cache
def session_bodies() -> Any:
    """What the rebuilds of this process keep in memory (a builder.render.session.BuildSession: rendered
    bodies, the content files read, what was made of each, the last build's page records and files)."""
    from builder.render.session import BuildSession

    return BuildSession()


def tidy() -> None:
    """What digest serve does once idle after a rebuild: collect the rebuilds' garbage (builder.serve.heap),
    then ready the spare folder for the next edit (builder.commands.buildoutput.ready_spare)."""
    heap.collect()
    if session_bodies.cache_info().currsize:
        from builder.commands.buildoutput import ready_spare

        ready_spare(session_bodies())


def save_session() -> None:
    """Write what the session kept in memory of its last build (its stamp and page records), so that the
    next `digest build` starts from the served site."""
    if session_bodies.cache_info().currsize:
        from builder.commands.buildoutput import save_session as save

        save(session_bodies())


def default_build(
    content_dir: Path, out_dir: Path, base_url: str = "/", changed: Iterable[Path] | None = None
) -> None:
    """`digest build --content content_dir --out out_dir --base-url base_url` in this process (served from
    `/`, so `/` unless `digest serve --base-url` says otherwise: site.yaml's published address is not the
    dev server's); the Markdown of bodies that did not change since the last rebuild is not parsed again.
    Content errors (checked by the build, through its file cache) raise ContentErrors with their lines.
    `changed`: the files the dev server's watcher saw change since the last call (only they are looked at
    among the content files); None when it does not know (every file is)."""
    from builder.commands.build import run_build  # imported only when serving for real
    from builder.content.filecache import entries_in_memory

    errors: list[str] = []
    session = session_bodies()
    # the file cache's entries: not loaded again, written when serving stops
    with entries_in_memory(session.cache_entries, session.unsaved):
        code = run_build(
            str(content_dir),
            str(out_dir),
            base_url=base_url,
            quiet=True,
            body_cache=session,
            content_errors=errors,
            changed=changed,
        )
    heap.kept()  # what the session keeps is out of the next rebuild's garbage collections
    if errors:
        raise ContentErrors(errors)
    if code != EXIT_OK:
        raise BuildFailed(f"digest build failed (exit code {code}); see the terminal")


@contextlib.contextmanager
def _stopped_by_signals(server: DevServer) -> Iterator[None]:
    """SIGTERM stops the server, and Ctrl-C raises KeyboardInterrupt even when started with SIGINT ignored
    (a shell's background job, nohup); the previous handlers come back afterwards. Main thread only."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, lambda *_: server.stopping.set())
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)


def run_serve(
    content_dir: str | Path,
    out_dir: str | Path,
    port: int = 8000,
    quiet: bool = False,
    *,
    host: str | None = None,
    base_url: str = "/",
    build: BuildFn | None = None,
    theme_dir: str | Path | None = None,
    stop_event: threading.Event | None = None,
) -> int:
    """`digest serve`: runs until Ctrl-C / SIGTERM (or `stop_event`), then returns 0; 1 if it cannot start.
    `host` is the address to listen on (127.0.0.1 when None); `base_url` that of the default build."""
    content = Path(content_dir)
    if not content.is_dir():
        print(
            f"{content}: error: content folder not found (run from the project folder, or pass --content DIR)",
            file=sys.stderr,
        )
        return EXIT_FAILED
    server = DevServer(
        content,
        Path(out_dir),
        build=build or functools.partial(default_build, base_url=base_url),
        theme_dir=Path(theme_dir) if theme_dir else None,
        host=host or HOST,
        port=port,
        quiet=quiet,
        build_checks=build is None,  # the real build checks the content, through its file cache
        tell_changes=build is None,  # and looks only at the files the watcher saw change
        tidy=tidy if build is None else None,  # the rebuilds' garbage collected, the spare readied
    )
    with _stopped_by_signals(server), contextlib.suppress(KeyboardInterrupt):  # Ctrl-C: stop below
        try:
            url = server.start()
        except OSError as exc:
            print(
                f"digest serve: cannot listen on {server.host}:{port}: {exc.strerror or exc} "
                f"(try --port {port + 1})",
                file=sys.stderr,
            )
            server.stop()
            return EXIT_FAILED
        print(f"serving {url}  (content: {content}; Ctrl-C to stop)", flush=True)
        while not server.stopping.wait(0.2):
            if stop_event is not None and stop_event.is_set():
                break
    if not quiet:
        print("stopping …", flush=True)
    server.stop()
    if build is None:
        save_session()
    return EXIT_OK
