"""The committed `content/` is what `digest ingest` writes from `seeds/` today: a fresh clone's first ingest (the
README's first command) changes no file. When an ingest or extraction change moves a seed initiative, re-ingest
(`digest ingest`) and commit content/ with the change; this test names the files that moved."""

from __future__ import annotations

import shutil
from pathlib import Path

from builder.cli import main
from tests.support.repo import REPO_CONTENT, SEEDS


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_ingesting_the_seeds_changes_no_committed_file(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(REPO_CONTENT, content)
    before = _files(content)
    assert main(["ingest", "--seeds", str(SEEDS), "--content", str(content), "-q"]) == 0
    after = _files(content)
    moved = sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))
    assert moved == [], f"re-ingest (`digest ingest`) and commit content/: these files moved: {moved}"
