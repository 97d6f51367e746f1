"""builder.util.versions finds the versions importlib.metadata finds, without importing it."""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import pytest

from builder.content.filecache import LIBRARIES
from builder.util import versions

ROOT = Path(__file__).resolve().parents[2]


def _metadata_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


@pytest.mark.parametrize("name", [*LIBRARIES, "Jinja2", "jinja2", "markdown_it_py", "PyYAML", "no-such-lib"])
def test_the_installed_version_is_importlib_metadatas(name: str) -> None:
    versions._FOUND.pop(name, None)
    assert versions.installed_version(name) == _metadata_version(name)


def test_a_dist_info_folder_is_read_by_its_normalized_name(tmp_path: Path, monkeypatch) -> None:
    info = tmp_path / "Some_Lib-1.2.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: Some.Lib\nVersion: 1.2.3\n\nVersion: 9\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    for name in ("some-lib", "Some.Lib", "some__lib"):
        versions._FOUND.pop(name, None)
        assert versions.installed_version(name) == "1.2.3"
    versions._FOUND.clear()


def test_a_build_does_not_import_importlib_metadata(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from builder.content.filecache import _library_versions\n"
        "from builder.text.romanize import romanizer_version\n"
        "_library_versions(); romanizer_version()\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    assert out.strip() == "False"
