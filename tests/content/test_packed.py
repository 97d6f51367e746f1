"""A big cold one-shot build lays its initiatives out field by field (builder.content.packed) so that the
forked page workers copy fewer pages of the main process's memory: the values stay equal, the body's text is
kept as it is, and the file cache still knows each initiative by its file (the narrow edit's index store)."""

from __future__ import annotations

from pathlib import Path

import pytest

import builder.content.packed as packed_module
from builder.commands.build import run_build
from builder.commands.buildinputs import load_inputs
from builder.content.packed import packed
from builder.model import Initiative, Metric, Region, Source
from builder.util.progress import SILENT
from tests.support.fixture_site import FixtureContent


def _item(n: int) -> Initiative:
    return Initiative(
        title=f"社区议事会第{n}次协商",
        slug=f"shequ-{n}",
        source=Source(file=f"{n:03d}.txt", part=1, byline="本报讯（记者 王某）"),
        body="居民代表围坐一堂，商议停车难题。\n\n议定增设车位120个。",
        region=Region(province="浙江省", city="杭州市", county="西湖区", code="330106"),
        themes=["self-governance", "livelihood-services"],
        metrics=[Metric(label="车位", value=120, unit="个", approx=False, quote="增设车位120个")],
        keywords=["议事会", "车位"],
    )


def test_packed_initiatives_are_equal_copies_keeping_the_body() -> None:
    items = [_item(n) for n in range(5)]
    made = packed(items)
    assert made == items
    assert all(new is not old for new, old in zip(made, items, strict=True))
    assert all(new.title is not old.title for new, old in zip(made, items, strict=True))
    assert all(new.body is old.body for new, old in zip(made, items, strict=True))


def test_a_cold_build_packs_and_the_file_cache_knows_the_packed_initiatives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_content: FixtureContent
) -> None:
    content = fixture_content()
    assert run_build(content, tmp_path / "plain", quiet=True) == 0
    monkeypatch.setattr(packed_module, "MIN_ITEMS", 1)
    loaded = load_inputs(Path(content), tmp_path / "cache", SILENT, lambda _m: None, pack=True)
    assert loaded is not None
    initiatives, _vocab, _settings, derived = loaded
    plain = load_inputs(Path(content), tmp_path / "cache2", SILENT, lambda _m: None)
    assert plain is not None and initiatives == plain[0]
    assert derived is not None and all(derived.digest_of(item) for item in initiatives)
    assert run_build(content, tmp_path / "packed", quiet=True, force=True) == 0
    for path in (tmp_path / "plain").rglob("*"):
        if path.is_file():
            assert path.read_bytes() == (tmp_path / "packed" / path.relative_to(tmp_path / "plain")).read_bytes()


def test_packed_themes_are_one_string_per_theme_shared_by_every_list() -> None:
    """Every file parses its theme slugs again (equal strings, objects of their own); packed, each slug is one
    string that every initiative's list refers to, and the lists keep their values and order."""
    items = [_item(n) for n in range(4)]
    for n, item in enumerate(items):
        item.themes = ["".join(("self-", "governance")), "".join(("livelihood-", "services"))][:: 1 - 2 * (n % 2)]
    made = packed(items)
    assert [m.themes for m in made] == [i.themes for i in items]
    assert len({id(theme) for m in made for theme in m.themes}) == 2
    assert len({id(i.themes[0]) for i in items}) == 4
