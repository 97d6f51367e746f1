"""A big replaced site is removed by a detached process (builder.util.fs.remove_in_background): the build
returns at once, the new site is in place, and the old tree is gone soon after."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from builder.render import writer


def _site(n: int) -> list[tuple[str, bytes]]:
    return [("index.html", b"home")] + [
        (f"initiatives/p{i}/index.html", f"page {i}".encode()) for i in range(n)
    ]


@pytest.mark.parametrize("threshold", [1, 10_000])
def test_the_replaced_site_is_removed_here_or_in_the_background(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threshold: int
) -> None:
    monkeypatch.setattr(writer, "BACKGROUND_REMOVAL_FILES", threshold)
    out = tmp_path / "site"
    writer.write_site(_site(30), out)
    writer.write_site(_site(20), out)
    assert (out / "initiatives" / "p19" / "index.html").read_bytes() == b"page 19"
    assert not (out / "initiatives" / "p25").exists()
    assert not list(tmp_path.glob(".site.build-*"))
    deadline = time.monotonic() + 30
    while list(tmp_path.glob(".site.old-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_killed_removal_is_finished_by_the_next_build(tmp_path: Path) -> None:
    out = tmp_path / "site"
    writer.write_site(_site(3), out)
    left = tmp_path / ".site.old-k3j9x_2a" / "site" / "initiatives"
    left.mkdir(parents=True)
    (left / "index.html").write_text("old", encoding="utf-8")
    writer.write_site(_site(3), out)
    deadline = time.monotonic() + 30
    while list(tmp_path.glob(".site.old-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
