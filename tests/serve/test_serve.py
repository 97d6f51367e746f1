"""`digest serve` end to end: serve, watch, rebuild, reload events, the error overlay, clean shutdown.

Most tests drive `DevServer` in this process with a tiny stand-in build (one page per initiative, with the
site's kind of CSP meta tag), so they test the server and not the renderer; one runs the real `run_serve` in a
subprocess and stops it with Ctrl-C (SIGINT).
"""

from __future__ import annotations

import gc
import html
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from builder.content.loader import load_content
from builder.serve import heap
from builder.serve.inject import OVERLAY_ID, relax_csp
from builder.serve.live import DevServer
from tests.support.editing import GOOD, TITLE, edit, make_content, replace
from tests.support.repo import ROOT

CSP = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'"


def fake_build(content_dir: Path, out_dir: Path) -> None:
    """Stand-in for the real build: one page per initiative with its title, a home page and a 404 page."""
    page = (
        '<!doctype html><html><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(CSP)}"><title>{{t}}</title></head>'
        "<body><h1>{t}</h1></body></html>"
    )
    for item in load_content(content_dir):
        folder = out_dir / "initiatives" / str(item.data["slug"])
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(
            page.format(t=html.escape(str(item.data["title"]))), encoding="utf-8"
        )
    (out_dir / "index.html").write_text(page.format(t="home"), encoding="utf-8")
    (out_dir / "404.html").write_text(page.format(t="not here"), encoding="utf-8")
    (out_dir / "style.css").write_text("body{}", encoding="utf-8")


class Events:
    """A server-sent event stream read line by line: `next_event()` gives (name, data) or fails by deadline."""

    def __init__(self, url: str) -> None:
        parts = urllib.parse.urlsplit(url)
        self.conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        self.conn.request("GET", "/__digest/events")
        self.response = self.conn.getresponse()
        assert self.response.status == 200
        assert self.response.getheader("Content-Type").startswith("text/event-stream")

    def next_event(self, timeout: float = 5.0) -> tuple[str, dict]:
        deadline = time.monotonic() + timeout
        name, data = "message", ""
        while time.monotonic() < deadline:
            line = self.response.readline().decode("utf-8")
            if not line:
                raise AssertionError("event stream closed")
            line = line.rstrip("\n")
            if line.startswith("event: "):
                name = line[len("event: ") :]
            elif line.startswith("data: "):
                data = line[len("data: ") :]
            elif line == "" and data:
                return name, json.loads(data)
        raise AssertionError("no event in time")

    def wait_for(
        self, name: str, timeout: float = 5.0, where: Callable[[dict], bool] = lambda _: True
    ) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            event, data = self.next_event(max(0.1, deadline - time.monotonic()))
            if event == name and where(data):
                return data

    def close(self) -> None:
        self.conn.close()


def get(url: str) -> tuple[int, str, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8"), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8"), dict(exc.headers)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[DevServer, Path]]:
    content = make_content(tmp_path)
    server = DevServer(
        content, tmp_path / "site", build=fake_build, theme_dir=tmp_path / "theme", port=0, quiet=True
    )
    server.start()
    try:
        yield server, content
    finally:
        server.stop()


# ------------------------------------------------------------------------------------------------ serving


def test_pages_get_the_reload_script_but_the_built_files_stay_clean(served):
    server, _ = served
    status, body, headers = get(server.url + "initiatives/huimin-district/")
    assert status == 200
    assert f"<h1>{TITLE}</h1>" in body
    assert '<script src="/__digest/reload.js" data-build="' in body
    assert headers["Cache-Control"] == "no-store"
    on_disk = (server.out_dir / "initiatives" / "huimin-district" / "index.html").read_text(encoding="utf-8")
    assert "__digest" not in on_disk
    assert html.escape(CSP) in on_disk


def test_the_csp_is_relaxed_for_the_injected_script_only_when_served(served):
    server, _ = served
    _, body, _ = get(server.url + "initiatives/huimin-district/")
    relaxed = html.escape(relax_csp(CSP), quote=True)
    assert f'content="{relaxed}"' in body
    assert (
        relax_csp(CSP)
        == "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'; connect-src 'self'"
    )


@pytest.mark.parametrize(
    ("policy", "relaxed"),
    [
        ("default-src 'self'", "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'"),
        ("script-src 'none'", "script-src 'self'"),
        (
            "script-src 'nonce-x' 'strict-dynamic'; object-src 'none'",
            "script-src 'nonce-x' 'self'; object-src 'none'",
        ),
        ("img-src *", "img-src *"),
    ],
)
def test_relax_csp(policy, relaxed):
    assert relax_csp(policy) == relaxed


def test_dev_endpoints_and_static_files(served):
    server, _ = served
    status, script, headers = get(server.url + "__digest/reload.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    assert "EventSource" in script and "location.reload()" in script
    assert get(server.url + "__digest/overlay.css")[0] == 200
    assert json.loads(get(server.url + "__digest/status")[1])["errors"] == []
    assert get(server.url + "style.css")[1] == "body{}"
    assert get(server.url + "__digest/nothing")[0] == 404


def test_not_found_page_directory_redirect_and_no_listing(served):
    server, _ = served
    status, body, _ = get(server.url + "nowhere/")
    assert status == 404 and "<h1>not here</h1>" in body and "/__digest/reload.js" in body
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "/initiatives/huimin-district?x=1")
    response = conn.getresponse()
    assert (response.status, response.getheader("Location")) == (301, "/initiatives/huimin-district/?x=1")
    conn.close()
    (server.out_dir / "initiatives" / "huimin-district" / "index.html").unlink()
    assert get(server.url + "initiatives/huimin-district/")[0] == 404  # a folder is never listed


def test_paths_outside_the_site_are_not_served(served, tmp_path):
    server, _ = served
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    conn.request("GET", "/../secret.txt")
    response = conn.getresponse()
    assert response.status == 404 and b"secret" not in response.read()
    conn.close()


# ----------------------------------------------------------------------------------------- live reload


def test_saving_a_file_rebuilds_and_reloads_within_seconds(served):
    server, content = served
    events = Events(server.url)
    try:
        first = events.wait_for("status")
        assert first["errors"] == []
        started = time.monotonic()
        edit(content / "huimin-district.md", f"title: {TITLE}", "title: 回民区网格治理新标题")
        reload = events.wait_for("reload", timeout=5)
        assert time.monotonic() - started < 3
        assert reload["build"] != first["build"]
        _, body, _ = get(server.url + "initiatives/huimin-district/")
        assert "<h1>回民区网格治理新标题</h1>" in body
        assert f'data-build="{reload["build"]}"' in body
    finally:
        events.close()


def test_vocabulary_change_rebuilds(served):
    server, content = served
    events = Events(server.url)
    try:
        events.wait_for("status")
        themes = content / "_data" / "themes.yaml"
        themes.write_text(  # `replace: true`: the folder's vocabulary instead of the default one
            "replace: true\n" + themes.read_text(encoding="utf-8").replace("joint-building", "joint-work"),
            encoding="utf-8",
        )
        status = events.wait_for("status", where=lambda data: bool(data["errors"]))
        assert status["errors"] == [
            f"{content}/huimin-district.md:17: error: unknown theme 'joint-building' "
            "(add it to content/_data/themes.yaml or use a listed one)"
        ]
    finally:
        events.close()


def test_content_error_shows_the_check_message_and_keeps_the_last_good_site(served, capsys):
    server, content = served
    events = Events(server.url)
    try:
        first = events.wait_for("status")
        path = content / "huimin-district.md"
        text = replace(path.read_text(encoding="utf-8"), f"title: {TITLE}", "title: 改过的标题")
        path.write_text(replace(text, "level: county", "level: countyy"), encoding="utf-8")  # one save
        status = events.wait_for("status", where=lambda data: bool(data["errors"]))
        expected = f"{content}/huimin-district.md:16: error: unknown level 'countyy' (did you mean 'county'?)"
        assert status == {"build": first["build"], "errors": [expected]}

        from builder.commands.check import run_check

        capsys.readouterr()
        run_check(content, quiet=True)
        assert capsys.readouterr().out.splitlines() == status["errors"]  # the same words as `digest check`

        code, body, _ = get(server.url + "initiatives/huimin-district/")
        assert code == 200
        assert f"<h1>{TITLE}</h1>" in body  # the last good page, not the edited title
        assert f'<div id="{OVERLAY_ID}" role="alert">' in body
        assert html.escape(expected) in body

        edit(content / "huimin-district.md", "level: countyy", "level: county")
        assert events.wait_for("reload")["build"] != first["build"]
        status = events.wait_for("status")
        assert status["errors"] == []
        _, body, _ = get(server.url + "initiatives/huimin-district/")
        assert "<h1>改过的标题</h1>" in body and OVERLAY_ID not in body.split("<script")[0]
    finally:
        events.close()


def test_a_failing_build_is_shown_too(tmp_path):
    content = make_content(tmp_path)
    calls = []

    def build(content_dir: Path, out_dir: Path) -> None:
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("template missing: page.html")
        fake_build(content_dir, out_dir)

    server = DevServer(
        content, tmp_path / "site", build=build, theme_dir=tmp_path / "theme", port=0, quiet=True
    )
    server.err = open(os.devnull, "w")  # noqa: SIM115 - closed below
    server.start()
    try:
        assert server.rebuild() is False
        status = json.loads(get(server.url + "__digest/status")[1])
        assert status["errors"] == ["build failed: RuntimeError: template missing: page.html"]
        assert f"<h1>{TITLE}</h1>" in get(server.url + "initiatives/huimin-district/")[1]
    finally:
        server.stop()
        server.err.close()


def test_the_build_is_told_the_changed_paths_once_the_watcher_saw_every_change(tmp_path):
    """`tell_changes`: the build gets `changed=` the watcher's paths, but None (every file looked at) for
    the first build and the first rebuild after it, which began before the watcher was in place."""
    content = make_content(tmp_path, {"a.md": GOOD})
    told: list[object] = []

    def build(content_dir: Path, out_dir: Path, changed: list[Path] | None = None) -> None:
        told.append(changed)
        fake_build(content_dir, out_dir)

    server = DevServer(
        content,
        tmp_path / "site",
        build=build,
        theme_dir=tmp_path / "theme",
        port=0,
        quiet=True,
        tell_changes=True,
    )
    server.start()
    try:
        edited = content / "a.md"
        assert server.rebuild([edited]) and server.rebuild([edited])
        assert told == [None, None, [edited]]
    finally:
        server.stop()


def test_first_build_with_errors_serves_a_placeholder_with_the_overlay(tmp_path):
    content = make_content(tmp_path, {"a.md": replace(GOOD, "value: 226", "value: 两百")})
    server = DevServer(
        content, tmp_path / "site", build=fake_build, theme_dir=tmp_path / "theme", port=0, quiet=True
    )
    server.err = open(os.devnull, "w")  # noqa: SIM115 - closed below
    server.start()
    try:
        code, body, _ = get(server.url)
        assert code == 200 and "The site has not been built yet" in body
        assert html.escape(f"{content}/a.md:20: error: metrics[1].value must be a number") in body
    finally:
        server.stop()
        server.err.close()


def test_stop_closes_streams_joins_threads_and_frees_the_port(tmp_path):
    before = threading.active_count()
    content = make_content(tmp_path)
    server = DevServer(
        content, tmp_path / "site", build=fake_build, theme_dir=tmp_path / "theme", port=0, quiet=True
    )
    server.start()
    port = server.port
    events = Events(server.url)
    events.wait_for("status")
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 3
    assert threading.active_count() == before
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
        pass
    events.close()


def test_a_connection_that_sends_nothing_cannot_hold_stop(tmp_path):
    """A client that connects and stays silent (a browser's preconnect, a stalled proxy) would keep its
    handler thread reading for Handler.timeout; stop() leaves it after CLOSE_WAIT_S instead."""
    from builder.serve.server import CLOSE_WAIT_S

    before = threading.active_count()
    content = make_content(tmp_path)
    server = DevServer(
        content, tmp_path / "site", build=fake_build, theme_dir=tmp_path / "theme", port=0, quiet=True
    )
    server.start()
    silent = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    try:
        deadline = time.monotonic() + 5
        while threading.active_count() <= before + 2 and time.monotonic() < deadline:
            time.sleep(0.01)  # the handler thread has started
        started = time.monotonic()
        server.stop()
        assert time.monotonic() - started < CLOSE_WAIT_S + 1.5
        leftover = [t for t in threading.enumerate() if t.is_alive() and t is not threading.main_thread()]
        assert all(t.daemon for t in leftover), leftover  # nothing that could keep the process alive
    finally:
        silent.close()


# ------------------------------------------------------------------------------ the command, Ctrl-C


def test_run_serve_in_a_subprocess_edits_and_ctrl_c(tmp_path):
    content = make_content(tmp_path)
    code = (
        "import signal, sys; from tests.serve.test_serve import fake_build; from builder.commands.serve import run_serve; "
        "signal.signal(signal.SIGINT, signal.SIG_IGN); "  # as inherited by a background job: Ctrl-C must still work
        f"sys.exit(run_serve({str(content)!r}, {str(tmp_path / 'site')!r}, port=0, build=fake_build))"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = None
        for _ in range(20):
            line = process.stdout.readline()
            if line.startswith("serving "):
                url = line.split()[1]
                break
        assert url and url.startswith("http://127.0.0.1:"), line
        events = Events(url)
        events.wait_for("status")
        edit(content / "huimin-district.md", f"title: {TITLE}", "title: 子进程里的新标题")
        events.wait_for("reload", timeout=5)
        assert "<h1>子进程里的新标题</h1>" in get(url + "initiatives/huimin-district/")[1]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=10) == 0
        events.close()
        assert "Traceback" not in process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def test_digest_serve_with_the_real_build(tmp_path):
    """`python -m builder serve` as an editor runs it: real build, edit, reload, error overlay, Ctrl-C."""
    content = make_content(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
    command = [
        sys.executable,
        "-m",
        "builder",
        "serve",
        "--content",
        str(content),
        "--out",
        str(tmp_path / "site"),
    ]
    process = subprocess.Popen(
        [*command, "--port", "0"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        lines = []
        while not lines or not lines[-1].startswith("serving "):
            lines.append(process.stdout.readline())
            assert lines[-1], f"server ended: {lines} {process.stderr.read()}"
        url = lines[-1].split()[1]
        page = url + "initiatives/huimin-district/"
        code, body, _ = get(page)
        assert code == 200 and TITLE in body and "/__digest/reload.js" in body
        assert "/__digest/" not in (
            tmp_path / "site" / "initiatives" / "huimin-district" / "index.html"
        ).read_text(encoding="utf-8")
        events = Events(url)
        events.wait_for("status")
        edit(content / "huimin-district.md", f"title: {TITLE}", "title: 真实构建里的新标题")
        events.wait_for("reload", timeout=30)
        assert "真实构建里的新标题" in get(page)[1]

        edit(content / "huimin-district.md", "value: 226", "value: 两百")
        status = events.wait_for("status", timeout=30, where=lambda data: bool(data["errors"]))
        assert status["errors"] == [
            f"{content}/huimin-district.md:20: error: metrics[1].value must be a number (万/亿 multiplied out), "
            "not text '两百'"
        ]
        body = get(page)[1]
        assert "真实构建里的新标题" in body and html.escape(status["errors"][0]) in body
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=15) == 0
        events.close()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()


def test_watch_filter_ignores_output_hidden_and_temporary_files(tmp_path):
    from builder.serve.watch import watch_filter

    root = tmp_path / ".hidden-parent"  # a hidden folder above the project must not hide everything
    keep = watch_filter(root / "site", [root / "content", root / "theme"])
    assert keep(None, str(root / "content" / "a.md"))
    assert keep(None, str(root / "content" / "_data" / "themes.yaml"))
    assert keep(None, str(root / "theme" / "templates" / "page.html"))
    assert not keep(None, str(root / "site" / "index.html"))
    assert not keep(None, str(root / "content" / ".a.md.swp"))
    assert not keep(None, str(root / "content" / "a.md~"))
    assert not keep(None, str(root / "content" / ".cache" / "tokens.sqlite"))
    assert not keep(None, str(root / "content" / ".ingest-state.json.1234.tmp"))


def test_the_real_build_checks_the_content_itself_through_its_cache(tmp_path, monkeypatch):
    """With the real build, the dev server does not read and check every file before each rebuild (the
    build checks them, unchanged files from its cache): the overlay has the build's errors, in the words of
    `digest check`."""
    import builder.serve.live as live
    from builder.commands.serve import default_build

    def no_second_check(*_args: object, **_kwargs: object) -> list:
        raise AssertionError("validated again outside the build")

    monkeypatch.setattr(live, "validate", no_second_check)
    content = make_content(tmp_path)
    server = DevServer(content, tmp_path / "site", build=default_build, quiet=True, build_checks=True)
    assert server.rebuild()
    edit(content / "huimin-district.md", "level: county", "level: countyy")
    assert not server.rebuild()
    errors = list(server.hub.snapshot()[1].errors)
    expected = f"{content}/huimin-district.md:16: error: unknown level 'countyy' (did you mean 'county'?)"
    assert errors == [expected]
    edit(content / "huimin-district.md", "level: countyy", "level: county")
    assert server.rebuild() and not server.hub.snapshot()[1].errors
    assert TITLE in (tmp_path / "site" / "initiatives" / "huimin-district" / "index.html").read_text("utf-8")
    heap.collect()  # the real build froze this process's objects (builder.serve.heap): the rest of the run
    gc.unfreeze()  # collects as usual
