"""The HTTP side of `digest serve`: the site's files, the dev endpoints under `/__digest/`, event streams.

`Hub` holds the current `Status` (which build is served, which content errors there are) and wakes every
event stream when it changes. Each stream sends `status` at once and after every change, and `reload` when
a new build is served. HTML pages are passed through `builder.serve.inject` on the way out.
"""

from __future__ import annotations

import contextlib
import json
import threading
import time
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from builder.serve import inject as inj

KEEPALIVE_S = 15.0


@dataclass(frozen=True)
class Status:
    """What open pages need to know: the id of the site being served, and the content errors (if any)."""

    build: str | None
    errors: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps({"build": self.build, "errors": list(self.errors)}, ensure_ascii=False)


@dataclass
class Hub:
    """The current Status, and a way for event streams to wait for the next one."""

    status: Status = field(default_factory=lambda: Status(None))
    serial: int = 0
    _cond: threading.Condition = field(default_factory=threading.Condition)

    def publish(self, status: Status) -> None:
        with self._cond:
            self.status = status
            self.serial += 1
            self._cond.notify_all()

    def snapshot(self) -> tuple[int, Status]:
        with self._cond:
            return self.serial, self.status

    def wait(self, serial: int, timeout: float) -> tuple[int, Status]:
        with self._cond:
            self._cond.wait_for(lambda: self.serial != serial, timeout)
            return self.serial, self.status


CLOSE_WAIT_S = 3.0  # how long server_close() waits for open connections before leaving them


class Server(ThreadingHTTPServer):
    """One daemon thread per connection, all tracked: a connection that never ends can neither keep the
    process alive after Ctrl-C nor hold `server_close()` beyond CLOSE_WAIT_S."""

    block_on_close = False  # ThreadingMixIn's own join waits without limit (and skips daemon threads)
    app: App

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        handlers: list[threading.Thread] = vars(self).setdefault("handlers", [])
        handlers[:] = [t for t in handlers if t.is_alive()]
        handlers.append(thread)
        thread.start()

    def server_close(self) -> None:
        """Close the socket and join the handler threads (event streams end within 0.25 s of `stopping`),
        waiting at most CLOSE_WAIT_S in all."""
        super().server_close()
        deadline = time.monotonic() + CLOSE_WAIT_S
        for thread in list(vars(self).get("handlers", [])):
            thread.join(max(0.0, deadline - time.monotonic()))


class Handler(SimpleHTTPRequestHandler):
    server: Server
    timeout = 10  # an idle connection cannot hold shutdown

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def list_directory(self, path: Any) -> None:
        self.send_error(HTTPStatus.NOT_FOUND)
        return None

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def _send(self, status: int, content_type: str, body: bytes, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _html(self, document: str, code: int, head: bool) -> None:
        status = self.server.app.hub.snapshot()[1]
        page = inj.inject(document, status.build, list(status.errors))
        self._send(code, "text/html; charset=utf-8", page.encode("utf-8"), head)

    def _serve(self, head: bool) -> None:
        path = urlsplit(self.path).path
        if path.startswith(inj.PREFIX):
            self._internal(path, head)
            return
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            if not path.endswith("/"):
                query = urlsplit(self.path).query
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", path + "/" + (f"?{query}" if query else ""))
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            target = target / "index.html"
        if target.is_file():
            if target.suffix in (".html", ".htm"):
                self._html(target.read_bytes().decode("utf-8", "replace"), HTTPStatus.OK, head)
            elif head:
                super().do_HEAD()
            else:
                super().do_GET()
            return
        out_dir = self.server.app.out_dir
        not_found = out_dir / "404.html"
        if path == "/" and not (out_dir / "index.html").is_file():
            message = "The site has not been built yet. 网站尚未生成。"
            self._html(inj.placeholder_page(message), HTTPStatus.OK, head)
        elif not_found.is_file():
            self._html(not_found.read_bytes().decode("utf-8", "replace"), HTTPStatus.NOT_FOUND, head)
        else:
            self._html(inj.placeholder_page(f"Not found: {path}"), HTTPStatus.NOT_FOUND, head)

    def _internal(self, path: str, head: bool) -> None:
        if path == inj.RELOAD_JS_PATH:
            self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", inj.RELOAD_JS.encode("utf-8"), head)
        elif path == inj.OVERLAY_CSS_PATH:
            self._send(HTTPStatus.OK, "text/css; charset=utf-8", inj.OVERLAY_CSS.encode("utf-8"), head)
        elif path == inj.STATUS_PATH:
            status = self.server.app.hub.snapshot()[1]
            self._send(
                HTTPStatus.OK, "application/json; charset=utf-8", status.to_json().encode("utf-8"), head
            )
        elif path == inj.EVENTS_PATH and not head:
            self._events()
        else:
            self.send_error(HTTPStatus.NOT_FOUND)

    def _event(self, name: str, data: str) -> None:
        self.wfile.write(f"event: {name}\ndata: {data}\n\n".encode())

    def _events(self) -> None:
        app = self.server.app
        self.close_connection = True
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.end_headers()
        serial, status = app.hub.snapshot()
        last_build = status.build
        idle = 0.0
        with contextlib.suppress(OSError):  # the page went away (BrokenPipe, reset, timeout)
            self.wfile.write(b"retry: 1000\n\n")
            self._event("status", status.to_json())
            while not app.stopping.is_set():
                new_serial, status = app.hub.wait(serial, timeout=0.25)
                if new_serial == serial:
                    idle += 0.25
                    if idle >= KEEPALIVE_S:
                        self.wfile.write(b": keep-alive\n\n")
                        idle = 0.0
                    continue
                serial, idle = new_serial, 0.0
                if status.build is not None and status.build != last_build:
                    self._event("reload", json.dumps({"build": status.build}))
                    last_build = status.build
                self._event("status", status.to_json())


class App(Protocol):
    """What the handler needs from the dev server."""

    hub: Hub
    out_dir: Path
    stopping: threading.Event
