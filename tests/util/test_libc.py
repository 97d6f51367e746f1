"""builder.util.libc.hold_freed_memory: a one-shot build keeps the memory it frees for its next arrays."""

from __future__ import annotations

import pytest

from builder.util import libc


class _FakeLibc:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def mallopt(self, option: int, value: int) -> int:
        self.calls.append((option, value))
        return 1


def test_large_arrays_come_from_the_heap_and_the_heap_is_not_trimmed(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = _FakeLibc()
    monkeypatch.setattr(libc, "_libc", lambda: fake)
    libc.hold_freed_memory()
    assert fake.calls == [
        (libc.M_MMAP_THRESHOLD, 32 * 1024 * 1024),  # glibc's largest: arrays up to 32 MB reuse freed blocks
        (libc.M_TRIM_THRESHOLD, 512 * 1024 * 1024),  # freed memory stays until release_freed_memory
    ]


def test_without_a_c_library_or_mallopt_nothing_happens(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(libc, "_libc", lambda: None)
    libc.hold_freed_memory()
    monkeypatch.setattr(libc, "_libc", lambda: object())  # a C library without mallopt (musl has it; others)
    libc.hold_freed_memory()


def test_a_one_shot_build_holds_freed_memory(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from builder.commands import build

    held: list[bool] = []
    monkeypatch.setattr(build, "hold_freed_memory", lambda: held.append(True))
    content = tmp_path / "content"
    content.mkdir()
    build.run_build(content, tmp_path / "site", quiet=True)
    assert held == [True]
