"""What a build keeps in its file cache for the next one of the same code and libraries (issue 16: a one-edit
rebuild at N=10 000 pays no fixed cost it can read back): the pinyin slugs and the Traditional characters'
readings its search folds with (builder.commands.buildinputs.kept_readings)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from builder.commands.buildinputs import kept_readings
from builder.ingest import traditionalchars


def test_a_rebuild_reads_the_traditional_readings_the_last_build_kept(
    tmp_path: Path, fresh_table: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "files"
    with kept_readings(cache):
        made = traditionalchars.readings()  # (the first build: OpenCC converts)
    assert "黨" in made
    traditionalchars._table.cache_clear()  # the next build's process, in which OpenCC cannot be imported
    monkeypatch.setitem(sys.modules, "opencc", None)
    with kept_readings(cache):
        assert traditionalchars.readings() == made
        assert traditionalchars.simplified("黨員帶頭") == "党员带头"


def test_a_build_that_made_no_table_keeps_none(tmp_path: Path, fresh_table: None) -> None:
    cache = tmp_path / "files"
    with kept_readings(cache):
        pass  # (a build that folds no search text: an up-to-date check, a narrow edit that fails early)
    traditionalchars._table.cache_clear()
    with kept_readings(cache):
        assert not traditionalchars.readings_made()
