"""`digest check`: output format, summary, quiet mode and exit codes (docs/architecture.md §3)."""

from __future__ import annotations

import os
import subprocess
import sys

from builder.cli import main
from tests.support.editing import GOOD, make_content, replace, variant
from tests.support.repo import ROOT


def test_clean_content_exits_0(tmp_path, capsys):
    content = make_content(tmp_path)
    assert main(["check", "--content", str(content)]) == 0
    out = capsys.readouterr().out
    assert out == "checked 1 file: 0 errors, 0 warnings\n"


def test_errors_exit_1_and_print_path_line_message(tmp_path, capsys):
    bad = replace(GOOD, "themes: [grid-governance,", "themes: [grid-govenance,")
    content = make_content(
        tmp_path,
        {
            "huimin-district.md": bad,
            "other.md": replace(variant("other"), "review: []", "review: [标题待核]"),
        },
    )
    assert main(["check", "--content", str(content)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{content}/huimin-district.md:17: error: unknown theme 'grid-govenance' (did you mean 'grid-governance'?)",
        f"{content}/other.md:24: warning: open review item: 标题待核 (when checked, delete this entry)",
        "checked 2 files: 1 error, 1 warning",
    ]


def test_warnings_alone_exit_0(tmp_path, capsys):
    content = make_content(tmp_path, {"a.md": replace(variant("a"), "review: []", "review: [标题待核]")})
    assert main(["check", "--content", str(content)]) == 0
    assert capsys.readouterr().out.endswith("checked 1 file: 0 errors, 1 warning\n")


def test_quiet_prints_errors_only(tmp_path, capsys):
    bad = replace(
        replace(variant("a"), "review: []", "review: [标题待核]"), "level: county", "level: countyy"
    )
    content = make_content(tmp_path, {"a.md": bad})
    assert main(["check", "-q", "--content", str(content)]) == 1
    assert (
        capsys.readouterr().out
        == f"{content}/a.md:16: error: unknown level 'countyy' (did you mean 'county'?)\n"
    )


def test_missing_content_folder_is_an_error(tmp_path, capsys):
    missing = tmp_path / "nowhere"
    assert main(["check", "--content", str(missing)]) == 1
    assert capsys.readouterr().out == (
        f"{missing}: error: content folder not found (run from the project folder, or pass --content DIR)\n"
    )


def test_relative_paths_as_given(tmp_path):
    """Run as editors do, from the project folder: paths print as content/<file>.md."""
    make_content(tmp_path, {"a.md": replace(variant("a"), "value: 226", "value: 两百")})
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "builder", "check"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines() == [
        "content/a.md:20: error: metrics[1].value must be a number (万/亿 multiplied out), not text '两百'",
        "checked 1 file: 1 error, 0 warnings",
    ]


def test_the_editors_guide_covers_every_field():
    from builder.schema import FIELDS

    guide = (ROOT / "docs" / "editing.md").read_text(encoding="utf-8")
    for spec in FIELDS:
        assert f"### `{spec.name}`" in guide, spec.name
        for part in spec.parts:
            assert f"`{part.name}`" in guide, f"{spec.name}.{part.name}"
    for command in ("digest serve", "digest check", "--port"):
        assert command in guide
