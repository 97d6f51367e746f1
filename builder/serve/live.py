"""The dev server of `digest serve`: build once, serve `site/`, rebuild on change, reload open pages.

- The site is served by builder.serve.server, in threads; `/__digest/…` are the dev server's own endpoints
  (the reload script, the overlay stylesheet, `status` as JSON, `events` as server-sent events).
- `content/` (with `content/_data/`) and `theme/` are watched (builder.serve.watch). On a change the content
  is validated first (by the build itself when it checks, `build_checks`): with errors, nothing is built,
  the errors go to the terminal and, as an overlay with the same messages as `digest check`, to every open
  page, while the last good site keeps being served.
  Without errors the site is rebuilt and every open page reloads.
- HTML pages get the reload script injected as they are served (builder.serve.inject); the files in `site/`
  stay exactly as the build wrote them.
- `stop()` stops the watcher, closes the event streams, joins every thread and closes the socket.
"""

from __future__ import annotations

import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import TextIO

from builder.serve.server import Handler, Hub, Server, Status
from builder.serve.watch import watch
from builder.util.paths import THEME_DIR
from builder.validate.run import validate

BuildFn = Callable[[Path, Path], object]
"""Builds `content_dir` into `out_dir`; raises (any exception) when the build fails. With the dev server's
`tell_changes`, it also takes `changed=`: the paths the watcher saw change since its last call, or None."""

HOST = "127.0.0.1"  # the default of `digest serve --host`: this computer only
# quiet time after a rebuild before `tidy` runs (the open pages reload meanwhile, undisturbed)
IDLE_S = 2.0
# on stop: how long to wait for the watcher and server threads (daemons: they never hold the exit)
STOP_WAIT_S = 10.0


class Server6(Server):
    """The dev server on an IPv6 address."""

    address_family = socket.AF_INET6


class BuildFailed(RuntimeError):
    """The site could not be built, and the build said why already (no traceback is printed)."""


class ContentErrors(BuildFailed):
    """A build that checks the content itself found errors: `lines`, as `digest check` prints them."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__(f"{len(lines)} error(s) in the content")
        self.lines = list(lines)


class DevServer:
    """The build + HTTP server + watcher of `digest serve`; `start()` then `stop()` (tests drive it directly)."""

    def __init__(
        self,
        content_dir: Path,
        out_dir: Path,
        *,
        build: BuildFn,
        theme_dir: Path | None = None,
        host: str = HOST,
        port: int = 8000,
        quiet: bool = False,
        out: TextIO | None = None,
        err: TextIO | None = None,
        build_checks: bool = False,
        tidy: Callable[[], object] | None = None,
        tell_changes: bool = False,
    ) -> None:
        self.content_dir = Path(content_dir)
        # the build checks the content itself (through its file cache) and raises ContentErrors: no check
        # here first, which would read and check every file again on every rebuild
        self.build_checks = build_checks
        self.out_dir = Path(out_dir)
        self.theme_dir = Path(theme_dir) if theme_dir is not None else THEME_DIR
        self.build = build
        # `build` takes `changed=`: the paths the watcher saw change since its last call, or None when the
        # watcher may have missed some (the last build began before it watched: every file is looked at)
        self.tell_changes = tell_changes
        self._watched_last = False  # whether the watcher was in place when the last build began
        # run once nothing changed for IDLE_S after a rebuild (digest serve's: builder.commands.serve.tidy)
        self.tidy = tidy
        self._rebuilt: float | None = None  # when the last rebuild ended, until tidied after it
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
        host = f"[{self.host}]" if ":" in self.host else self.host  # an IPv6 address
        return f"http://{host}:{self.port}/"

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
        errors = (
            [] if self.build_checks else [str(d) for d in validate(self.content_dir) if d.severity == "error"]
        )
        if not errors:
            told, self._watched_last = self._watched_last, self._watching.is_set()
            try:
                if self.tell_changes:
                    known = [Path(path) for path in changed] if told else None
                    build: Callable[..., object] = self.build
                    build(self.content_dir, self.out_dir, changed=known)
                else:
                    self.build(self.content_dir, self.out_dir)
            except ContentErrors as exc:
                errors = exc.lines
            except Exception as exc:  # any failure of the build must not stop the server
                detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                errors = [f"build failed: {detail}"]
                if not isinstance(exc, BuildFailed):
                    traceback.print_exc(file=self.err)
        self._rebuilt = time.monotonic()
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
        server = Server6 if ":" in self.host else Server  # `--host ::1` listens on IPv6
        self._server = server((self.host, self.port), partial(Handler, directory=str(self.out_dir)))
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

    def idle(self) -> None:
        """Nothing changed for a moment (the watcher says so): `tidy` when IDLE_S passed since a rebuild."""
        if self.tidy is not None and self._rebuilt is not None and time.monotonic() - self._rebuilt >= IDLE_S:
            self._rebuilt = None
            self.tidy()

    def _watch(self) -> None:
        roots = [p for p in (self.content_dir, self.theme_dir) if p.is_dir()]
        try:
            watch(
                roots,
                self.out_dir,
                self.rebuild,
                stopping=self.stopping,
                ready=self._watching,
                on_idle=self.idle,
            )
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
