"""The Traditional characters' readings shipped with the package (builder/data/readings.json): a cold build or
ingest reads them instead of converting 21 000 characters with OpenCC, only while they are what this module's
code and the installed OpenCC make (issue 16: fixed costs of a small site)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from builder.ingest import traditionalchars


def _ship(path: Path, pairs: str, key: str) -> Path:
    path.write_text(json.dumps({"key": key, "pairs": pairs}, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_shipped_readings_are_what_opencc_makes_now() -> None:
    shipped = traditionalchars._shipped_table()
    assert shipped is not None, (
        "builder/data/readings.json is stale: python -m builder.ingest.traditionalchars"
    )
    assert list(shipped.items()) == list(traditionalchars._converted_table().items())


def test_a_process_without_opencc_reads_traditional_text_with_the_shipped_table(
    fresh_table: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "opencc", None)  # (importing it fails)
    assert traditionalchars.simplified("鄉鎮幹部進網格") == "乡镇干部进网格"
    assert "黨" in traditionalchars.readings()


def test_the_shipped_table_is_read_only_under_its_key(
    tmp_path: Path, fresh_table: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        traditionalchars, "SHIPPED", _ship(tmp_path / "r.json", "甲乙", traditionalchars.shipped_key())
    )
    assert traditionalchars._table() == {"甲": "乙"}  # (an invented table: read, not converted)
    traditionalchars._table.cache_clear()
    monkeypatch.setattr(traditionalchars, "readings_version", lambda: "0.0-another")
    assert traditionalchars._table() == traditionalchars._converted_table()  # another OpenCC: converted again


@pytest.mark.parametrize("change", ["a character list", "the code"])
def test_a_change_of_what_makes_the_table_takes_it_from_opencc_again(
    tmp_path: Path, fresh_table: None, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    key = traditionalchars.shipped_key()
    monkeypatch.setattr(traditionalchars, "SHIPPED", _ship(tmp_path / "r.json", "甲乙", key))
    if change == "a character list":
        monkeypatch.setattr(traditionalchars, "PLACE_CHARACTERS", traditionalchars.PLACE_CHARACTERS + "乾")
    else:
        monkeypatch.setattr(
            traditionalchars, "_simplified_text", lambda char: char in traditionalchars.PLACE_CHARACTERS
        )
    assert traditionalchars.shipped_key() != key
    assert traditionalchars._table() == traditionalchars._converted_table()


def test_the_key_holds_whatever_else_the_module_says(monkeypatch: pytest.MonkeyPatch) -> None:
    key = traditionalchars.shipped_key()
    monkeypatch.setattr(traditionalchars, "print_forms", lambda printed: {})
    monkeypatch.setattr(traditionalchars, "simplified", lambda text: text)
    assert traditionalchars.shipped_key() == key


@pytest.mark.parametrize("content", ["", "[]", "{}", '{"key": 1}', '{"key": "k", "pairs": "甲"}'])
def test_a_damaged_shipped_file_is_no_table(
    tmp_path: Path, fresh_table: None, monkeypatch: pytest.MonkeyPatch, content: str
) -> None:
    path = tmp_path / "r.json"
    path.write_text(content.replace('"k"', json.dumps(traditionalchars.shipped_key())), encoding="utf-8")
    monkeypatch.setattr(traditionalchars, "SHIPPED", path)
    assert traditionalchars._shipped_table() is None
