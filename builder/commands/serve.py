"""`digest serve`: build, serve `site/` on 127.0.0.1, rebuild on change and reload open pages.

- The site is served by the standard library's HTTP server, in threads; `/__digest/…` are the dev server's
  own endpoints (the reload script, the overlay stylesheet, `status` as JSON, `events` as server-sent events).
- `content/` (with `content/_data/`) and `theme/` are watched with watchfiles. On a change the content is
  validated first: with errors, nothing is built, the errors go to the terminal and, as an overlay with the
  same messages as `digest check`, to every open page, while the last good site keeps being served. Without
  errors the site is rebuilt and every open page reloads.
- HTML pages get the reload script injected as they are served (`builder.serve.inject`); the files in `site/`
  stay exactly as `digest build` wrote them.
- Ctrl-C (or SIGTERM) stops the watcher, closes the event streams, joins every thread, closes the socket and
  returns 0.
"""

from __future__ import annotations

import functools
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from builder.serve.server import Handler, Hub, Server, Status
from builder.validate.run import validate

BuildFn = Callable[[Path, Path], object]
"""Builds `content_dir` into `out_dir`; raises (any exception) when the build fails."""

HOST = "127.0.0.1"
DEBOUNCE_MS = 400  # longest wait to group a burst of changes
STEP_MS = 50  # quiet time that ends a burst
# Ctrl-C: how long to wait for the watcher and server threads (daemons: they never hold the exit)
STOP_WAIT_S = 10.0
IGNORED_SUFFIXES = (".tmp", ".swp", ".swx", ".sqlite", ".sqlite3", ".db", "-journal", "-wal", "-shm", "~")


class BuildFailed(RuntimeError):
    """The site could not be built (the message says why)."""


@functools.cache
def session_bodies() -> Any:
    """The rendered-body cache shared by the rebuilds of this process (a builder.render.bodycache.BodyCache)."""
    from builder.render.bodycache import BodyCache

    return BodyCache()


def default_build(content_dir: Path, out_dir: Path) -> None:
    """`digest build --content content_dir --out out_dir` in this process, served from `/`; the Markdown of
    bodies that did not change since the last rebuild is not parsed again."""
    from builder.commands.build import run_build  # the build stage; imported only when serving for real

    code = run_build(str(content_dir), str(out_dir), base_url="/", quiet=True, body_cache=session_bodies())
    if code != 0:
        raise BuildFailed(f"digest build failed (exit code {code}); see the terminal")


def _watch_filter(out_dir: Path, roots: list[Path]) -> Callable[[Any, str], bool]:
    """Changes worth a rebuild: not in the output, not hidden (editor swap files, caches, temporary files)."""
    out = out_dir.resolve()
    resolved_roots = [root.resolve() for root in roots]

    def keep(_change: Any, path: str) -> bool:
        changed = Path(path).absolute()
        if changed == out or out in changed.parents or path.endswith(IGNORED_SUFFIXES):
            return False
        root = next((r for r in resolved_roots if r == changed or r in changed.parents), None)
        inside = changed.relative_to(root).parts if root else changed.parts[-1:]
        return not any(part.startswith(".") or part == "__pycache__" for part in inside)

    return keep


def _default_theme_dir(content_dir: Path) -> Path:
    """The theme the build renders with (builder.render.env.THEME_DIR), else `theme/` beside content/."""
    try:
        from builder.render.env import THEME_DIR
    except ImportError:
        return content_dir.parent / "theme"
    return Path(THEME_DIR)


class DevServer:
    """The build + HTTP server + watcher of `digest serve`; `start()` then `stop()` (tests drive it directly)."""

    def __init__(
        self,
        content_dir: Path,
        out_dir: Path,
        *,
        build: BuildFn | None = None,
        theme_dir: Path | None = None,
        host: str = HOST,
        port: int = 8000,
        quiet: bool = False,
        out: TextIO | None = None,
        err: TextIO | None = None,
    ) -> None:
        self.content_dir = Path(content_dir)
        self.out_dir = Path(out_dir)
        self.theme_dir = Path(theme_dir) if theme_dir is not None else _default_theme_dir(self.content_dir)
        self.build = build or default_build
        self.host, self.port, self.quiet = host, port, quiet
        self.out, self.err = out or sys.stdout, err or sys.stderr
        self.hub = Hub()
        self.stopping = threading.Event()
        self._watching = threading.Event()
        self.builds = 0
        self._server: Server | None = None
        self._threads: list[threading.Thread] = []

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}/"

    def _say(self, message: str, *, error: bool = False) -> None:
        if error or not self.quiet:
            print(message, file=self.err if error else self.out, flush=True)

    def rebuild(self, changed: Iterable[Path] = ()) -> bool:
        """Validate, then build; publish the outcome to open pages. True if a new site is being served."""
        started = time.monotonic()
        changed = sorted({str(p) for p in changed})
        if changed:
            shown = ", ".join(changed[:3]) + (f" and {len(changed) - 3} more" if len(changed) > 3 else "")
            self._say(f"changed: {shown}")
        errors = [str(d) for d in validate(self.content_dir) if d.severity == "error"]
        if not errors:
            try:
                self.build(self.content_dir, self.out_dir)
            except Exception as exc:  # any failure of the build must not stop the server
                detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                errors = [f"build failed: {detail}"]
                if not isinstance(exc, BuildFailed):
                    traceback.print_exc(file=self.err)
        if errors:
            for line in errors:
                self._say(line, error=True)
            kept = "the last good site" if self.hub.snapshot()[1].build else "no site yet"
            self._say(f"{len(errors)} error(s): still serving {kept}; fix and save to rebuild", error=True)
            self.hub.publish(Status(self.hub.snapshot()[1].build, tuple(errors)))
            return False
        self.builds += 1
        self.hub.publish(Status(f"{int(time.time())}-{self.builds}"))
        self._say(f"built in {time.monotonic() - started:.2f} s")
        return True

    def start(self) -> str:
        """Build once, then serve and watch in background threads. Returns the URL."""
        self.rebuild()
        self._server = Server((self.host, self.port), partial(Handler, directory=str(self.out_dir)))
        self._server.app = self
        self.port = self._server.server_address[1]
        serving = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.1}, name="digest-http", daemon=True
        )
        watching = threading.Thread(target=self._watch, name="digest-watch", daemon=True)
        self._threads = [serving, watching]
        for thread in self._threads:
            thread.start()
        self._watching.wait(timeout=5)  # so that a change saved right after start() is seen
        return self.url

    def _watch(self) -> None:
        import watchfiles

        roots = [p for p in (self.content_dir, self.theme_dir) if p.is_dir()]
        try:
            for changes in watchfiles.watch(
                *roots,
                watch_filter=_watch_filter(self.out_dir, roots),
                debounce=DEBOUNCE_MS,
                step=STEP_MS,
                stop_event=self.stopping,
                raise_interrupt=False,
                rust_timeout=250,
                yield_on_timeout=True,  # an empty set now and then: tells start() the watch is in place
            ):
                self._watching.set()
                if self.stopping.is_set():
                    break
                if changes:
                    self.rebuild(Path(path) for _change, path in changes)
        except Exception as exc:  # keep serving even if watching fails
            self._say(f"watching stopped: {exc}", error=True)
        finally:
            self._watching.set()

    def stop(self) -> None:
        """Stop watching and serving; join every thread and close the socket."""
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
        deadline = time.monotonic() + STOP_WAIT_S  # a rebuild in progress is waited for, within reason
        for thread in self._threads:
            thread.join(timeout=max(0.0, deadline - time.monotonic()))
        if self._server is not None:
            self._server.server_close()  # joins the request threads (event streams end within 0.25 s)
        self._server = None


def run_serve(
    content_dir: str | Path,
    out_dir: str | Path,
    port: int = 8000,
    quiet: bool = False,
    *,
    build: BuildFn | None = None,
    theme_dir: str | Path | None = None,
    stop_event: threading.Event | None = None,
) -> int:
    """`digest serve`: runs until Ctrl-C / SIGTERM (or `stop_event`), then returns 0; 1 if it cannot start."""
    content = Path(content_dir)
    if not content.is_dir():
        print(
            f"{content}: error: content folder not found (run from the project folder, or pass --content DIR)",
            file=sys.stderr,
        )
        return 1
    server = DevServer(
        content,
        Path(out_dir),
        build=build,
        theme_dir=Path(theme_dir) if theme_dir else None,
        port=port,
        quiet=quiet,
    )
    previous = previous_int = None
    if threading.current_thread() is threading.main_thread():
        previous = signal.signal(signal.SIGTERM, lambda *_: server.stopping.set())
        # Ctrl-C stops the server even when started with SIGINT ignored (a shell's background job, nohup)
        previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        try:
            url = server.start()
        except OSError as exc:
            print(
                f"digest serve: cannot listen on {HOST}:{port}: {exc.strerror or exc} (try --port {port + 1})",
                file=sys.stderr,
            )
            server.stop()
            return 1
        print(f"serving {url}  (content: {content}; Ctrl-C to stop)", flush=True)
        while not server.stopping.wait(0.2):
            if stop_event is not None and stop_event.is_set():
                break
    except KeyboardInterrupt:
        pass
    finally:
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)
        if previous_int is not None:
            signal.signal(signal.SIGINT, previous_int)
    if not quiet:
        print("stopping …", flush=True)
    server.stop()
    return 0
