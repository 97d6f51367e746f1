"""builder.util.fs.write_tree writes a site's files into a fresh folder, making each folder once, in any order
of the paths (the deepest first, or after files of its parent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.util.fs import write_tree


def test_files_land_in_their_folders_whatever_the_order(tmp_path: Path) -> None:
    files = [
        ("a/b/c/deep.html", b"deep"),
        ("index.html", b"home"),
        ("a/b/mid.html", b"mid"),
        ("a/top.html", b"top"),
        ("x/y/z/w/v.txt", b"v"),
        ("x/y/other.txt", b"o"),
    ]
    assert write_tree(tmp_path / "site", files) == len(files)
    found = {
        p.relative_to(tmp_path / "site").as_posix(): p.read_bytes()
        for p in (tmp_path / "site").rglob("*")
        if p.is_file()
    }
    assert found == dict(files)


def test_a_file_where_a_folder_must_go_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        write_tree(tmp_path / "site", [("a", b"file"), ("a/b.html", b"below a file")])
