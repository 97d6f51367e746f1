"""`digest init [DIR]`: a starter `DIR/_data/` of the default vocabularies that never overwrites a file."""

from __future__ import annotations

import io
from pathlib import Path

from builder.cli import main
from builder.commands.init import run_init
from builder.content.loader import DATA_FILES, load_vocabulary, read_data_words, read_data_yaml
from builder.validate.run import validate


def init(target: Path) -> tuple[int, str]:
    out = io.StringIO()
    return run_init(target, out=out), out.getvalue()


def test_init_writes_the_defaults_with_a_header(tmp_path: Path) -> None:
    code, output = init(tmp_path / "new")
    data = tmp_path / "new" / "_data"
    assert code == 0
    assert sorted(p.name for p in data.iterdir()) == sorted(DATA_FILES)
    assert output.count("wrote") == len(DATA_FILES)
    themes = (data / "themes.yaml").read_text(encoding="utf-8")
    assert themes.startswith("# ") and "replace: true" in themes and "digest init" in themes
    assert "\n-*\n" in (data / "terms.txt").read_text(encoding="utf-8")
    # the copies say the same as the defaults, and pass the check
    assert load_vocabulary(tmp_path / "new") == load_vocabulary(tmp_path / "none")
    for name in DATA_FILES:
        if name.endswith(".txt"):
            assert read_data_words(data, name) == read_data_words(None, name), name
        else:
            assert read_data_yaml(data, name) == read_data_yaml(None, name), name
    assert validate(tmp_path / "new") == []


def test_init_never_overwrites_a_file(tmp_path: Path) -> None:
    data = tmp_path / "_data"
    data.mkdir()
    (data / "themes.yaml").write_text("themes: []\n", encoding="utf-8")
    code, output = init(tmp_path)
    assert code == 0
    assert f"skipped   {data / 'themes.yaml'} (exists; not overwritten)" in output
    assert (data / "themes.yaml").read_text(encoding="utf-8") == "themes: []\n"
    assert (data / "levels.yaml").is_file()
    code, output = init(tmp_path)
    assert code == 0 and output.count("skipped") == len(DATA_FILES) and "wrote" not in output


def test_init_of_a_file_is_an_error(tmp_path: Path, capsys) -> None:
    target = tmp_path / "content"
    target.write_text("not a folder", encoding="utf-8")
    assert main(["init", str(target)]) == 1
    assert f"{target}: error: is a file" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8") == "not a folder"
