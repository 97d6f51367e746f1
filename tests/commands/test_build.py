"""`digest build` end to end on fixture content: pages, exports, exit codes, atomicity, determinism."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import builder.render.site as site_stage
from builder.cli import main
from builder.commands.build import normalize_base_url, run_build
from builder.schema import FRONT_MATTER_KEYS
from builder.util.fs import directory_lock
from tests.support.fixture_site import INITIATIVES, FixtureContent, fake_links, fake_related

REAL_COMPUTE_LINKS = site_stage.compute_links


@pytest.fixture(autouse=True)
def related() -> Iterator[None]:
    """The fake cross-links (fast, known); test_real_related_links uses builder.render.crosslinks itself."""
    with fake_links():
        yield


@pytest.fixture
def site(fixture_site: Path) -> Path:
    """The fixture content built once per run (with the same fake cross-links)."""
    return fixture_site


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_every_page_of_design_4_exists(site: Path) -> None:
    expected = [
        "index.html",
        "themes/index.html",
        "themes/grid-governance/index.html",
        "regions/index.html",
        "regions/150000/index.html",
        "regions/150100/index.html",
        "regions/150103/index.html",
        "levels/county/index.html",
        "practices/index.html",
        "practices/shuang-bao-dao/index.html",
        "compare/index.html",
        "search/index.html",
        "search/meta.json",
        "feed.xml",
        "sitemap.xml",
        "404.html",
        "digest.json",
        "digest.csv",
        "static/site.css",
        "static/search.js",
    ]
    for rel in expected:
        assert (site / rel).is_file(), rel
    for item in INITIATIVES:
        assert (site / "initiatives" / item.slug / "index.html").is_file()


def test_functional_zone_and_municipality_regions(site: Path) -> None:
    assert (site / "regions/510100-tian-fu-xin-qu/index.html").is_file()  # 天府新区: no code of its own
    assert (site / "regions/110105/index.html").is_file()  # 朝阳区, Beijing: no city level
    page = (site / "regions/110000/index.html").read_text(encoding="utf-8")
    assert 'href="../../regions/110105/"' in page


def test_digest_json_matches_design(site: Path) -> None:
    data = json.loads((site / "digest.json").read_text(encoding="utf-8"))
    assert list(data) == ["edition_date", "initiatives"]
    records = {r["slug"]: r for r in data["initiatives"]}
    assert set(records) == {i.slug for i in INITIATIVES}
    for record in records.values():
        assert set(FRONT_MATTER_KEYS) <= set(record)
        assert record["url"] == f"/initiatives/{record['slug']}/"
        assert isinstance(record["related"], list)
        for link in record["related"]:
            assert set(link) == {"slug", "score", "reason"}
            assert set(link["reason"]) == {"themes", "practices", "keywords", "scope"}
            assert link["reason"]["scope"] in ("", "同县", "同市")
            assert link["slug"] in records
    huimin = records["huimin-district-organizational-strength"]
    assert huimin["region"] == {
        "province": "内蒙古自治区",
        "city": "呼和浩特市",
        "county": "回民区",
        "code": "150103",
    }
    assert huimin["metrics"][0] == {
        "label": "楼栋长（单元长）",
        "value": 2399,
        "unit": "人",
        "approx": False,
        "quote": "选派楼栋长（单元长）2399人",
    }
    assert huimin["source"]["byline"] == "本报讯（记者 祁晓燕 通讯员 云静波）"
    assert huimin["related"], "fixture has cross-links for this one"
    expected = fake_related(INITIATIVES)["huimin-district-organizational-strength"]
    assert [r["slug"] for r in huimin["related"]] == [link.slug for link in expected]


def test_digest_csv_has_every_initiative(site: Path) -> None:
    rows = list(csv.DictReader(io.StringIO((site / "digest.csv").read_text(encoding="utf-8"))))
    assert {r["slug"] for r in rows} == {i.slug for i in INITIATIVES}
    tianfu = next(r for r in rows if r["slug"] == "tianfu-new-area-micro-grids")
    assert tianfu["county"] == "天府新区"
    assert "微网格=4200个" in tianfu["metrics"]
    metrics = list(csv.DictReader(io.StringIO((site / "digest-metrics.csv").read_text(encoding="utf-8"))))
    assert len(metrics) == sum(len(i.metrics) for i in INITIATIVES)


def test_feed_and_sitemap_are_deterministic_xml(site: Path) -> None:
    import xml.etree.ElementTree as ET

    feed = ET.fromstring((site / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert feed.find("a:updated", ns).text == "2024-05-20T00:00:00Z"  # newest content date, not the clock
    entries = feed.findall("a:entry", ns)
    assert len(entries) == len(INITIATIVES)
    undated = [e for e in entries if e.find("a:updated", ns) is None]  # no edition date: no made-up one
    assert undated and b"1970" not in (site / "feed.xml").read_bytes()
    sitemap = ET.fromstring((site / "sitemap.xml").read_bytes())
    locs = [u[0].text for u in sitemap]
    assert "/initiatives/huimin-district-organizational-strength/" in locs
    assert "/404.html" not in locs


def test_build_is_byte_identical(tmp_path: Path, related: None, fixture_content: FixtureContent) -> None:
    content = fixture_content()
    assert run_build(content, tmp_path / "a", quiet=True) == 0
    assert run_build(content, tmp_path / "b", quiet=True) == 0
    assert tree_digest(tmp_path / "a") == tree_digest(tmp_path / "b")


def test_invalid_content_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fixture_content: FixtureContent
) -> None:
    content = fixture_content()
    (content / "broken.md").write_text("---\ntitle: [unclosed\n---\n正文\n", encoding="utf-8")
    out = tmp_path / "site"
    assert run_build(content, out, quiet=True) == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert re.search(r"broken\.md:\d+: error: ", err)


def test_invalid_content_keeps_previous_site(tmp_path: Path, fixture_content: FixtureContent) -> None:
    content = fixture_content()
    out = tmp_path / "site"
    assert run_build(content, out, quiet=True) == 0
    before = tree_digest(out)
    (content / "broken.md").write_text("no front matter\n", encoding="utf-8")
    assert run_build(content, out, quiet=True) == 1
    assert tree_digest(out) == before


def test_failed_render_leaves_previous_site_intact(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fixture_content: FixtureContent,
) -> None:
    content = fixture_content()
    out = tmp_path / "site"
    assert run_build(content, out, quiet=True) == 0
    before = tree_digest(out)

    def explode(*args: object, **kwargs: object):
        yield "index.html", b"half a site"
        raise RuntimeError("template exploded")

    monkeypatch.setattr(site_stage, "render_site", explode)
    assert run_build(content, out, quiet=True, force=True) == 1
    assert "template exploded" in capsys.readouterr().err
    assert tree_digest(out) == before
    assert not list(tmp_path.glob(".site.build-*")), "temporary directory cleaned up"


def test_rebuild_replaces_stale_files(tmp_path: Path, fixture_content: FixtureContent) -> None:
    content = fixture_content()
    out = tmp_path / "site"
    assert run_build(content, out, quiet=True) == 0
    (content / "gulou-district-red-property.md").unlink()
    assert run_build(content, out, quiet=True) == 0
    assert not (out / "initiatives/gulou-district-red-property").exists()
    assert oct((out).stat().st_mode & 0o777) != oct(0o700)


def test_concurrent_build_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fixture_content: FixtureContent
) -> None:
    content = fixture_content()
    out = tmp_path / "site"
    with directory_lock(out):
        assert run_build(content, out, quiet=True) == 1
    assert "another digest command" in capsys.readouterr().err
    assert not out.exists()


def test_refuses_to_replace_a_folder_that_is_not_a_site(
    tmp_path: Path, fixture_content: FixtureContent
) -> None:
    content = fixture_content()
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.tex").write_text("…", encoding="utf-8")
    assert run_build(content, precious, quiet=True) == 2
    assert (precious / "thesis.tex").is_file()


def test_missing_content_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert run_build(tmp_path / "nope", tmp_path / "site", quiet=True) == 2


def test_cli_build_and_base_url(tmp_path: Path, related: None, fixture_content: FixtureContent) -> None:
    content = fixture_content()
    out = tmp_path / "site"
    assert main(["build", "--content", str(content), "--out", str(out), "--base-url", "/sub", "-q"]) == 0
    not_found = (out / "404.html").read_text(encoding="utf-8")
    assert 'href="/sub/static/site.css"' in not_found
    assert 'href="/sub/search/"' in not_found
    record = json.loads((out / "digest.json").read_text(encoding="utf-8"))["initiatives"][0]
    assert record["url"].startswith("/sub/initiatives/")
    home = (out / "index.html").read_text(encoding="utf-8")
    assert "/sub/" not in home, "ordinary pages use relative links"
    assert "https://" not in (out / "sitemap.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("/", "/"), ("", "/"), ("/sub", "/sub/"), ("sub/", "/sub/"), ("https://x.org/a", "https://x.org/a/")],
)
def test_normalize_base_url(given: str, expected: str) -> None:
    assert normalize_base_url(given) == expected


def test_build_without_theme_vocabulary_still_renders(
    tmp_path: Path, fixture_content: FixtureContent
) -> None:
    content = fixture_content(themes=False)
    from builder.content.loader import load_content, load_vocabulary

    items = [f.initiative for f in load_content(content)]
    files = dict(site_stage.render_site(items, load_vocabulary(content), "/"))
    assert "themes/grid-governance/index.html" in files


def test_real_related_links(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_content: FixtureContent
) -> None:
    from builder.render import crosslinks

    monkeypatch.setattr(site_stage, "compute_links", REAL_COMPUTE_LINKS)
    content = fixture_content()
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    records = json.loads((tmp_path / "site/digest.json").read_text(encoding="utf-8"))["initiatives"]
    links = {r["slug"]: r["related"] for r in records}
    expected = crosslinks.compute_related(list(INITIATIVES), top_k=5)
    for slug, got in links.items():
        assert [link["slug"] for link in got] == [link.slug for link in expected[slug]]
    huimin = (tmp_path / "site/initiatives/huimin-district-organizational-strength/index.html").read_text(
        encoding="utf-8"
    )
    first = expected["huimin-district-organizational-strength"][0]
    assert f'href="../../initiatives/{first.slug}/"' in huimin.split('class="related"')[1]


def test_worker_processes_give_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_content: FixtureContent
) -> None:
    from builder.util import parallel

    content = fixture_content()
    monkeypatch.setenv("DIGEST_WORKERS", "1")
    assert run_build(content, tmp_path / "one", quiet=True) == 0
    monkeypatch.setenv("DIGEST_WORKERS", "2")
    monkeypatch.setattr(parallel, "MIN_ITEMS", 1)
    calls: list[int] = []
    original = parallel.ordered_map

    def spy(func, items, **kwargs):  # type: ignore[no-untyped-def]
        items = list(items)
        calls.append(len(items))
        kwargs["min_items"] = 1
        return original(func, items, **kwargs)

    monkeypatch.setattr(parallel, "ordered_map", spy)
    assert run_build(content, tmp_path / "two", quiet=True) == 0
    assert calls and all(calls)
    assert tree_digest(tmp_path / "one") == tree_digest(tmp_path / "two")


def test_rendered_bodies_are_kept_between_the_builds_of_one_process(
    tmp_path: Path, monkeypatch, fixture_content: FixtureContent
) -> None:
    from builder.render import markdown
    from builder.render.bodycache import BodyCache

    content = fixture_content()
    out = tmp_path / "site"
    parsed: list[str] = []
    real = markdown.render_body
    monkeypatch.setattr(markdown, "render_body", lambda body: parsed.append(body) or real(body))
    monkeypatch.setenv("DIGEST_WORKERS", "1")
    cache = BodyCache()
    assert run_build(content, out, quiet=True, body_cache=cache) == 0
    assert len(parsed) == len(INITIATIVES) and cache.misses == len(INITIATIVES)
    first = tree_digest(out)
    item = INITIATIVES[0]
    path = content / f"{item.slug}.md"
    path.write_text(path.read_text(encoding="utf-8").replace("近年来", "多年来", 1), encoding="utf-8")
    parsed.clear()
    assert run_build(content, out, quiet=True, body_cache=cache) == 0
    assert cache.misses == 1 and len(parsed) == 1 and "多年来" in parsed[0]  # only the edited body
    assert tree_digest(out) != first
    assert "多年来" in (out / "initiatives" / item.slug / "index.html").read_text(encoding="utf-8")
    fresh = tmp_path / "fresh"
    assert run_build(content, fresh, quiet=True) == 0  # a cold build gives the same bytes
    assert tree_digest(fresh) == tree_digest(out)
    assert len(cache.entries) == len(INITIATIVES)


def test_a_build_removes_the_old_json_body_cache(tmp_path: Path, fixture_content: FixtureContent) -> None:
    content = fixture_content()
    legacy = tmp_path / ".cache" / "digest-site-bodies.json"
    legacy.parent.mkdir()
    legacy.write_text('{"version": "x", "entries": {}}', encoding="utf-8")
    assert run_build(content, tmp_path / "site", quiet=True) == 0
    # (the times of the site's settled folders, kept when writing it took longer than RACY_SECONDS: not looked at)
    names = sorted(p.name for p in legacy.parent.iterdir() if p.name != "digest-site-folders.pickle")
    assert names[:2] == ["digest-site-files-" + names[0].rsplit("-", 1)[-1], "digest-site-pages.pickle"], (
        names
    )
    # the per-file cache (content.filecache), records, the spare's note (writer.write_site), stamp
    assert names[2:] == ["digest-site-spare.pickle", "digest-site-stamp.json"]


def test_a_build_runs_without_collections_then_freezes_what_it_made() -> None:
    """A build keeps what it makes to its end (readings, site index, digests): no collection runs inside the
    block, nor after a nested one (the loading stages') ends; what was made is out of later collections
    (gc.freeze, so that the first one after the build does not walk it all); the collector is on again after
    the outermost block."""
    import gc

    from builder.commands.buildinputs import collector_paused

    assert gc.isenabled()
    before = gc.get_freeze_count()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
            loaded = [[n] for n in range(1000)]
        assert not gc.isenabled()
        made = [[n] for n in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() >= before + len(loaded) + len(made)
    gc.unfreeze()
