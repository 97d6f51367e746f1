"""What validation found in each file, kept between builds (builder.validate.cache): a file whose path,
bytes and `_data/` are unchanged is not checked again, and the diagnostics are exactly those of a check
without the cache, cross-file ones (duplicate slugs, parent and related targets) included."""

from __future__ import annotations

import functools
from pathlib import Path

from builder.content import cachedreads
from builder.content.loader import load_content
from builder.validate import run
from builder.validate.run import validate
from tests.support.editing import GOOD, edit, make_content, replace, variant


def _cached(content: Path, cache: Path) -> list:
    files = load_content(content, functools.partial(cachedreads.read_cached, cache=cache))
    return validate(content, files, cache)


def _content(tmp_path: Path) -> Path:
    return make_content(
        tmp_path,
        {
            "huimin-district.md": GOOD,
            "second.md": variant("second-initiative", "第二篇"),
            "broken.md": replace(GOOD, "themes: [grid-governance, joint-building]", "themes: [grid"),
        },
    )


def test_cached_results_are_the_same_and_unchanged_files_are_not_checked_again(tmp_path, monkeypatch):
    content, cache = _content(tmp_path), tmp_path / "cache"
    checked: list[str] = []
    real = run._check_file

    def counting(file, vocab, zones):  # type: ignore[no-untyped-def]
        checked.append(file.path.name)
        return real(file, vocab, zones)

    monkeypatch.setattr(run, "_check_file", counting)
    assert _cached(content, cache) == validate(content)
    assert sorted(checked) == [
        "broken.md",
        "broken.md",
        "huimin-district.md",
        "huimin-district.md",
        "second.md",
        "second.md",
    ]
    checked.clear()
    assert _cached(content, cache) == validate(content)
    # validate() alone, and the file whose front matter does not parse (it has no cached reading)
    assert sorted(checked) == ["broken.md", "broken.md", "huimin-district.md", "second.md"]
    checked.clear()
    edit(content / "second.md", "slug: second-initiative", "slug: huimin-district")  # now a duplicate
    with_cache = _cached(content, cache)
    assert sorted(checked) == ["broken.md", "second.md"]
    assert with_cache == validate(content)
    assert sum("duplicate slug 'huimin-district'" in d.message for d in with_cache) == 3  # broken.md's too


def test_cross_file_problems_from_cached_results_are_on_their_lines(tmp_path):
    content, cache = _content(tmp_path), tmp_path / "cache"
    (content / "linked.md").write_text(
        variant(
            "linked-initiative",
            "第四篇",
            **{"parent: null": "parent: nowhere", "related: {pin: [], block: []}": "related:\n  pin: [gone]"},
        ),
        encoding="utf-8",
    )
    first = _cached(content, cache)
    again = _cached(content, cache)  # every good file from the cache now
    assert again == first == validate(content)
    assert {d.message.split(" '")[0] for d in again if d.path.endswith("linked.md")} >= {
        "parent",
        "related.pin",
    }
    assert all(d.line for d in again if d.path.endswith("linked.md"))


def test_a_changed_vocabulary_checks_every_file_again(tmp_path):
    content, cache = _content(tmp_path), tmp_path / "cache"
    (content / "good-theme.md").write_text(
        variant(
            "third-initiative",
            "第三篇",
            **{"themes: [grid-governance, joint-building]": "themes: [lantern-festival]"},
        ),
        encoding="utf-8",
    )
    before = _cached(content, cache)
    themes = content / "_data" / "themes.yaml"
    added = "  - slug: lantern-festival\n    zh: 元宵灯会\n    en: Lantern festival\n"
    themes.write_text(themes.read_text(encoding="utf-8") + added, "utf-8")  # the unknown theme now known
    after = _cached(content, cache)
    assert after == validate(content) and after != before
