"""The segmenter: the first Engine reuses rjieba's own default segmenter (loaded when rjieba is imported)
instead of loading jieba's dictionary a second time; every later Engine gets a fresh one."""

from __future__ import annotations

import pytest

from builder.text import words

rjieba = pytest.importorskip("rjieba")

# Real text from seeds/: 红蜂驿站 is a named practice jieba alone cuts into pieces.
TEXT = "依托红蜂驿站开展志愿服务"


@pytest.fixture(autouse=True)
def untaken_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """A default segmenter of the test's own, not yet taken (the process's real one stays untouched)."""
    monkeypatch.setattr(rjieba, "_DEFAULT_JIEBA", rjieba.Jieba())
    monkeypatch.setattr(words, "_DEFAULT_TAKEN", False)


def test_engines_share_no_user_words() -> None:
    plain = rjieba.Jieba().cut(TEXT)
    first = words.Engine([("红蜂驿站", "n")])
    second = words.Engine([])
    assert first.name == second.name == "rjieba"
    assert "红蜂驿站" in first.cut(TEXT)
    assert second.cut(TEXT) == plain  # the first engine's word did not leak into the second
    assert not second.known("红蜂驿站")


def test_the_first_engine_takes_the_default_segmenter() -> None:
    default = rjieba._DEFAULT_JIEBA
    assert words._rust_segmenter() is default
    assert words._rust_segmenter() is not default
