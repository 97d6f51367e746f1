"""The conventional command-line options: `digest --version`, `digest serve --host --base-url`, and editors'
errors in one pass through `digest check` (a misspelt key is an error with a suggestion, exit 1)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, ClassVar

import pytest

import builder.commands.serve as serve_command
from builder import __version__
from builder.cli import main
from tests.support.editing import GOOD, LINE, make_content, replace, variant


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"digest {__version__}\n"


def test_a_misspelt_key_is_an_error_with_the_key_meant(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = make_content(tmp_path, {"huimin-district.md": replace(GOOD, "summary:", "sumary:")})
    assert main(["check", "-q", "--content", str(content)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{content}/huimin-district.md:{LINE['summary']}: error: unknown key 'sumary' (did you mean 'summary'?)"
    ]
    assert main(["build", "-q", "--content", str(content), "--out", str(tmp_path / "site")]) == 1
    assert not (tmp_path / "site").exists()


def test_a_duplicate_slug_and_another_error_come_in_one_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = replace(variant("same"), "themes: [grid-governance, joint-building]", "themes: [grid-")
    content = make_content(tmp_path, {"a.md": broken, "b.md": variant("same", title="另一篇")})
    assert main(["check", "-q", "--content", str(content)]) == 1
    out = capsys.readouterr().out
    assert "YAML syntax error" in out
    assert f"a.md:{LINE['slug']}: error: duplicate slug 'same' (also in {content}/b.md)" in out
    assert f"b.md:{LINE['slug']}: error: duplicate slug 'same' (also in {content}/a.md)" in out


class _RecordingServer:
    """Stands in for the DevServer: records how `digest serve` set it up, and stops at once."""

    made: ClassVar[dict[str, Any]] = {}

    def __init__(self, content_dir: Path, out_dir: Path, **options: Any) -> None:
        type(self).made = {"content": content_dir, "out": out_dir, **options}
        self.host = options["host"]
        self.stopping = threading.Event()
        self.stopping.set()

    def start(self) -> str:
        return f"http://{self.host}:8000/"

    def stop(self) -> None:
        pass


def test_serve_host_and_base_url_reach_the_server_and_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    content = make_content(tmp_path)
    monkeypatch.setattr(serve_command, "DevServer", _RecordingServer)
    args = ["serve", "--content", str(content), "--out", str(tmp_path / "site"), "--host", "0.0.0.0"]
    assert main([*args, "--base-url", "https://example.org/digest/"]) == 0
    assert "serving http://0.0.0.0:8000/" in capsys.readouterr().out
    made = _RecordingServer.made
    assert made["host"] == "0.0.0.0"
    made["build"](content, tmp_path / "site")  # the real build, with the base URL given
    sitemap = (tmp_path / "site" / "sitemap.xml").read_text(encoding="utf-8")
    assert "<loc>https://example.org/digest/initiatives/huimin-district/</loc>" in sitemap
    assert main(["serve", "--content", str(content), "--out", str(tmp_path / "site")]) == 0
    assert _RecordingServer.made["host"] == "127.0.0.1"
