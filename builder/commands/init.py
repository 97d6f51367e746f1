"""`digest init [DIR]`: write a starter `DIR/_data/` for editors who want to change the vocabularies.

Each default data file of the package (`builder/data/`, `builder.content.loader.DATA_FILES`) is copied with a
header saying how overriding works. A copy is marked to replace its default as a whole (`replace: true` in a
YAML file, a first line `-*` in a word list), so that deleting an entry there deletes it; an editor who wants
to extend the defaults instead keeps only the entries they change and deletes that marker.

An existing file is never overwritten: it is named as skipped. Exit code: 0 done (also when everything was
skipped), 1 `DIR` or `DIR/_data` is a file, or a file cannot be written.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from builder.content.loader import DATA_DIR, DATA_FILES
from builder.errors import EXIT_FAILED, EXIT_OK
from builder.util.fs import atomic_write_text
from builder.util.paths import DEFAULT_DATA_DIR

YAML_HEADER = """\
# 由 `digest init` 写出的默认文件副本（默认文件在 builder/data/{name}）。
# 下面的 `replace: true` 表示本文件整个替换默认文件：在这里删除或修改的条目都会生效。
# 若只想在默认基础上增改：删掉 `replace: true` 这一行，只保留你改动或新增的条目——
# 与默认条目同名（{keys}）的条目替换该条目，新的条目追加在后。
# A copy of the default builder/data/{name}, written by `digest init`.
# `replace: true` below makes this file replace the default as a whole: entries deleted or changed here
# are deleted or changed. To extend the default instead, delete the `replace: true` line and keep only the
# entries you change or add: an entry with the key of a default one ({keys}) replaces it, new ones are
# added after the defaults. Run `digest check` after editing.

replace: true

"""
WORDS_HEADER = """\
# 由 `digest init` 写出的默认词表副本（默认词表在 builder/data/{name}）。
# 下面一行 `-*` 表示先清空默认词表，所以本文件就是完整的词表：删掉的词不再使用。
# 若只想在默认基础上增删：删掉 `-*` 这一行，只写新增的词；写 `-词` 表示去掉一个默认词。
# A copy of the default builder/data/{name}, written by `digest init`.
# The line `-*` below drops the default list, so this file is the whole list: a word deleted here is gone.
# To extend the default instead, delete the `-*` line and write only the words you add, one a line;
# a line `-word` removes a default word.

-*

"""
ENTRY_KEYS_OF = {
    "themes.yaml": "slug",
    "levels.yaml": "slug",
    "places.yaml": "name / alias / township",
    "practice-aliases.yaml": "name",
}


def starter_text(name: str) -> str:
    """The starter copy of the default data file `name`: the header, the marker, the default's text."""
    default = (DEFAULT_DATA_DIR / name).read_text(encoding="utf-8")
    if name.endswith(".yaml"):
        return YAML_HEADER.format(name=name, keys=ENTRY_KEYS_OF.get(name, "slug")) + default
    return WORDS_HEADER.format(name=name) + default


def run_init(target: str | Path = "content", *, out: TextIO | None = None) -> int:
    """Write the starter `target/_data/`; return the exit code (0 written or skipped, 1 not possible)."""
    stream = out if out is not None else sys.stdout
    target = Path(target)
    data_dir = target / DATA_DIR
    for folder in (target, data_dir):
        if folder.exists() and not folder.is_dir():
            print(
                f"{folder}: error: is a file, not a folder; give a content folder: digest init DIR",
                file=stream,
            )
            return EXIT_FAILED
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        print(f"{data_dir}: error: cannot create the folder ({exc.strerror or exc})", file=stream)
        return EXIT_FAILED
    for name in DATA_FILES:
        path = data_dir / name
        if path.exists() or path.is_symlink():
            print(f"skipped   {path} (exists; not overwritten)", file=stream)
            continue
        try:
            atomic_write_text(path, starter_text(name))
        except OSError as exc:
            print(f"{path}: error: cannot write ({exc.strerror or exc})", file=stream)
            return EXIT_FAILED
        print(f"wrote     {path}", file=stream)
    stream.flush()
    return EXIT_OK
