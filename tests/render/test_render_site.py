"""Quality bar on the built fixture site, checked without a browser: links, CSP, escaping, sizes, a11y basics."""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest

from builder.commands.check import run_check
from builder.content.loader import load_content
from builder.model import Initiative
from tests.support.fixture_site import INITIATIVES
from tests.support.repo import REPO_CONTENT


@pytest.fixture
def site(fixture_site: Path) -> Path:
    """The fixture content built once per run."""
    return fixture_site


def test_the_committed_content_is_there_and_valid(committed: list[Initiative]) -> None:
    """CI checks the real site (links here; axe, CSP, the JS search and the Nu validator in
    test_build_browser.py) through the `committed` fixture, which fails when there is no content: here every
    file must also read as an initiative, and `digest check` must find no error in it."""
    files = load_content(REPO_CONTENT)
    assert files, f"no content files in {REPO_CONTENT}"
    assert [f.path.name for f in files if f.initiative is None] == []
    assert len(committed) == len(files)
    out = io.StringIO()
    assert run_check(REPO_CONTENT, out=out) == 0, out.getvalue()


@pytest.fixture(params=["fixture", "content"])
def any_site(request: pytest.FixtureRequest) -> Path:
    """The fixture site, then the site of the committed content/ (the generic checks run on both)."""
    return request.getfixturevalue(f"{request.param}_site")


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        d = dict(attrs)
        self.tags.append((tag, d))
        if d.get("id"):
            self.ids.add(d["id"] or "")


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_every_internal_link_and_asset_resolves(any_site: Path) -> None:
    site = any_site
    origin = "http://digest.test/"
    pages = {p: parse(p) for p in html_pages(site)}
    ids = {p: page.ids for p, page in pages.items()}
    checked = 0
    for path, page in pages.items():
        if path.name == "404.html":
            continue  # absolute base_url links: checked in test_build
        url = origin + path.relative_to(site).as_posix()
        for tag, attrs in page.tags:
            for attr in ("href", "src", "action"):
                ref = attrs.get(attr)
                if ref is None or (tag == "form" and attr != "action"):
                    continue
                target = urlsplit(urljoin(url, ref))
                if f"{target.scheme}://{target.netloc}/" != origin:
                    assert tag == "a", f"{path}: external {tag} {attr}={ref}"
                    continue
                rel = unquote(target.path[1:])
                file = site / rel / "index.html" if rel.endswith("/") or rel == "" else site / rel
                assert file.is_file(), f"{path}: {ref} -> {file}"
                if target.fragment and file.suffix == ".html":
                    file_ids = ids.get(file) or parse(file).ids
                    assert target.fragment in file_ids, f"{path}: {ref} anchor missing"
                checked += 1
    assert checked > 500


def test_every_page_has_the_basics(any_site: Path) -> None:
    site = any_site
    for path in html_pages(site):
        html = path.read_text(encoding="utf-8")
        assert html.startswith('<!DOCTYPE html>\n<html lang="zh-CN">'), path
        assert 'http-equiv="Content-Security-Policy"' in html, path
        assert "script-src 'self'" in html and "style-src 'self'" in html
        assert '<a class="skip" href="#main">' in html and '<main id="main"' in html
        assert html.count("<h1") == 1, path
        page = parse(path)
        for tag, attrs in page.tags:
            assert "style" not in attrs, f"{path}: inline style on <{tag}>"
            assert not any(a.startswith("on") for a in attrs), f"{path}: inline handler on <{tag}>"
            if tag == "script":
                assert attrs.get("src"), f"{path}: inline script"
            assert tag != "style", f"{path}: <style> element"
            if tag == "img":
                assert attrs.get("alt") is not None
            if tag in ("link", "script", "img") and (attrs.get("href") or attrs.get("src") or "").startswith(
                ("http:", "https:", "//")
            ):
                raise AssertionError(f"{path}: external asset {attrs}")


def test_content_is_escaped_everywhere(site: Path) -> None:
    for path in [*html_pages(site), site / "feed.xml", site / "sitemap.xml"]:
        text = path.read_text(encoding="utf-8")
        assert "<script>alert" not in text, path
        assert "<img src=x" not in text and "<em>联系" not in text and "<b>陈" not in text, path
    page = (site / "initiatives/yuehai-subdistrict-smart-party-building/index.html").read_text(
        encoding="utf-8"
    )
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;“智慧党建” &amp; 数字治理" in page


def test_initiative_pages_are_small(any_site: Path) -> None:
    css = (any_site / "static/site.css").stat().st_size
    for page in (any_site / "initiatives").glob("*/index.html"):
        html = page.stat().st_size
        assert html + css < 60_000, (page, html, css)


def test_initiative_page_content(site: Path) -> None:
    page = (site / "initiatives/huimin-district-organizational-strength/index.html").read_text(
        encoding="utf-8"
    )
    crumbs = re.search(r'<nav class="crumbs"[^>]*>(.*?)</nav>', page, re.S)
    assert crumbs and re.findall(r">([^<>]+)</a>", crumbs.group(1)) == [
        "内蒙古自治区",
        "呼和浩特市",
        "回民区",
    ]
    assert 'href="../../levels/county/"' in page
    assert page.count("<details><summary>原文</summary><q>") == 7
    # a caption written into the body (ingest puts captions in `captions:`) stays the article's text
    assert (
        "<p>图：回民区网格员入户走访居民。" in page
        and "<figure" not in page.split('class="body"')[1].split("</section>")[0]
    )
    assert 'href="../../practices/hong-feng-yi-zhan/"' in page
    assert "同为 网格化治理、新就业群体 · 共同做法：红蜂驿站" in page  # the similar-initiatives reason
    part = (site / "initiatives/tonglu-county-dual-reporting/index.html").read_text(encoding="utf-8")
    assert 'href="../../initiatives/overview-party-building-new-paths/"' in part
    overview = (site / "initiatives/overview-party-building-new-paths/index.html").read_text(encoding="utf-8")
    assert overview.index("tonglu-county-dual-reporting") < overview.index("gulou-district-red-property")
    local = (site / "initiatives/jinrun-community-women-power/index.html").read_text(encoding="utf-8")
    assert "<li><span>海拉尔东路街道金润社区</span></li>" in local


def test_theme_page_compares_and_cross_links(site: Path) -> None:
    page = (site / "themes/grid-governance/index.html").read_text(encoding="utf-8")
    assert '<tbody id="p-150000">' in page and '<tbody id="p-510000">' in page
    assert page.count('<td data-label="实践">') == 4
    assert "<svg" in page and "跨地区的相似实践" in page and "同为 网格化治理" in page
    home = (site / "index.html").read_text(encoding="utf-8")
    assert 'href="themes/grid-governance/#p-150000"' in home  # a matrix cell with 2 initiatives
    assert 'href="initiatives/tianfu-new-area-micro-grids/"' in home  # a cell with exactly one


def test_practice_page_quotes_the_sentence(site: Path) -> None:
    page = (site / "practices/hong-feng-yi-zhan/index.html").read_text(encoding="utf-8")
    assert "设立“<mark>红蜂驿站</mark>”31个" in page
    glossary = (site / "practices/index.html").read_text(encoding="utf-8")
    assert glossary.index('id="letter-H"') < glossary.index('id="letter-S"')


def test_compare_page_groups_indicators(site: Path) -> None:
    page = (site / "compare/index.html").read_text(encoding="utf-8")
    for slug in (
        "grid-workers-grid",
        "party-branches-emerging-sectors",
        "grids",
        "reporting-members",
    ):
        assert f'<h3 id="{slug}"><a href="../compare/{slug}/">' in page  # a card, linking to its own page
        assert (site / f"compare/{slug}/index.html").is_file()
    # a county's 622 volunteers and a community's 120: a size at two levels, one each, compares nothing
    assert '<h3 id="volunteers">' not in page and not (site / "compare/volunteers").exists()
    assert page.count("<svg") >= 4
    workers = (site / "compare/grid-workers-grid/index.html").read_text(encoding="utf-8")
    assert workers.index("天府新区") < workers.index("赛罕区")  # largest first
    # 回民区's 楼栋长（单元长） are building heads, not grid workers: a facet of their own, with no second figure
    assert "回民区" not in workers and '<h3 id="grid-workers-building">' not in page
    # under their themes, each theme once, linked from the list at the top
    assert '<h2 id="t-grid-governance">' in page and page.index('<h2 id="t-grid-governance">') < page.index(
        '<h3 id="grids">'
    )


def test_region_pages_drill_down(site: Path) -> None:
    city = (site / "regions/150100/index.html").read_text(encoding="utf-8")
    assert 'href="../../regions/150000/"' in city  # up to the province
    for county in ("150102", "150103", "150105"):
        assert f'href="../../regions/{county}/"' in city
    zone = (site / "regions/510100-tian-fu-xin-qu/index.html").read_text(encoding="utf-8")
    assert "<h1>天府新区</h1>" in zone


def test_long_metric_tables_fold_the_rest() -> None:
    import dataclasses

    from builder.content.loader import Vocabulary
    from builder.model import Metric
    from builder.render.env import make_env
    from builder.render.indexes import build_index
    from builder.render.pages import SiteRenderer

    metrics = [Metric(f"指标{i}", i, "个", False, f"原文{i}") for i in range(14)]
    item = dataclasses.replace(INITIATIVES[0], metrics=metrics)
    renderer = SiteRenderer(build_index([item], Vocabulary({}, {}), {}), make_env(), "/")
    _path, data, doc = renderer.initiative(item.slug)
    html = data.decode("utf-8")
    head, rest = html.split('<details class="more-metrics">')
    assert head.count("<details><summary>原文</summary>") == 8
    assert "另有 6 项数据" in rest and rest.count("<details><summary>原文</summary>") == 6
    assert "原文13" in doc.text


def test_fresh_page_workers_go_on_at_the_first_list_page_and_at_each_list_section() -> None:
    from builder.render import site

    lists = [("home", ""), ("initiatives", ""), ("themes", ""), ("theme", "a"), ("theme", "b")]
    lists += [
        ("regions", ""),
        ("region", "1"),
        ("levels", ""),
        ("practice", "p"),
        ("compare", ""),
        ("404", ""),
    ]
    jobs = [("initiative", f"i{n}") for n in range(10)] + lists
    assert site._fresh_workers_at(jobs) == [10, 12, 15, 17, 18, 19]
    assert site._fresh_workers_at([("initiative", "a"), ("home", "")]) == [1]


def test_fresh_page_workers_go_on_inside_many_initiative_pages_in_equal_parts(monkeypatch) -> None:
    from builder.render import site

    monkeypatch.setattr(site, "PAIR_INITIATIVES", 4)
    jobs = [("initiative", f"i{n}") for n in range(10)] + [("home", ""), ("region", "1")]
    assert site._fresh_workers_at(jobs) == [3, 6, 10, 11]
    assert site._fresh_workers_at(jobs[:8] + jobs[10:]) == [4, 8, 9]  # two parts of 4, none of 0
