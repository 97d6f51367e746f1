"""feed.xml, sitemap.xml and digest.json: dates from content or the edition date of content/_data/site.yaml,
never 1970; absolute links when the base URL has a host, and a warning saying what to set when it has not."""

from __future__ import annotations

import dataclasses
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.commands.build import run_build
from builder.content.settings import SiteSettings, has_host, load_settings
from builder.render.feeds import page_date, timestamp
from tests.support.fixture_site import INITIATIVES, build_site, fake_links, write_content

ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
UNDATED = [dataclasses.replace(item, date=None) for item in INITIATIVES]


def no_1970(site: Path) -> list[str]:
    """Files that hold a 1970 date anywhere, or the number 1970 outside the search index (whose postings are
    character positions: 1970 is a position there, not a date)."""
    found = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        text = path.read_bytes().decode("utf-8", errors="replace")
        positions = path.relative_to(site).parts[0] == "search"
        if "1970-" in text or (not positions and "1970" in text):
            found.append(path.relative_to(site).as_posix())
    return found


def feed(site: Path) -> ET.Element:
    return ET.fromstring((site / "feed.xml").read_bytes())


def sitemap_urls(site: Path) -> list[ET.Element]:
    return ET.fromstring((site / "sitemap.xml").read_bytes()).findall(f"{SITEMAP}url")


def test_a_page_date_is_its_own_then_the_edition_date_then_none() -> None:
    assert page_date("2024-05-01", "2025-07-01") == "2024-05-01"
    assert page_date(None, "2025-07-01") == page_date("2024年", "2025-07-01") == "2025-07-01"
    assert page_date(None, None) is None
    assert timestamp("2024-05-01") == "2024-05-01T00:00:00Z"


def test_without_any_date_nothing_is_dated_1970_and_the_build_says_what_to_set(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = write_content(tmp_path / "content", UNDATED)
    with fake_links():
        assert run_build(content, tmp_path / "site") == 0
    site = tmp_path / "site"
    assert no_1970(site) == []
    root = feed(site)
    assert root.find(f"{ATOM}updated") is None  # no date known: left out rather than invented
    assert all(e.find(f"{ATOM}updated") is None for e in root.findall(f"{ATOM}entry"))
    assert all(u.find(f"{SITEMAP}lastmod") is None for u in sitemap_urls(site))
    assert json.loads((site / "digest.json").read_text(encoding="utf-8"))["edition_date"] is None
    err = capsys.readouterr().err
    assert f"{len(UNDATED)} initiatives have no date" in err and "edition_date: YYYY-MM-DD" in err
    assert "set base_url in content/_data/site.yaml (or pass --base-url https://…)" in err


def test_the_edition_date_dates_what_has_no_date_of_its_own(tmp_path: Path) -> None:
    items = [UNDATED[0], *INITIATIVES[1:]]
    content = write_content(tmp_path / "content", items)
    (content / "_data" / "site.yaml").write_text(
        "title: 测试辑要\ndescription: 说明\nedition_date: 2025-07-01\n", encoding="utf-8"
    )
    site = build_site(content, tmp_path / "site")
    assert no_1970(site) == []
    root = feed(site)
    assert root.findtext(f"{ATOM}title") == "测试辑要" and root.findtext(f"{ATOM}subtitle") == "说明"
    assert root.findtext(f"{ATOM}updated") == "2025-07-01T00:00:00Z"
    dated = {
        e.findtext(f"{ATOM}id").rsplit("/", 1)[1]: e.findtext(f"{ATOM}updated")
        for e in root.findall(f"{ATOM}entry")
    }
    assert dated[UNDATED[0].slug] == "2025-07-01T00:00:00Z"
    assert dated[INITIATIVES[1].slug] == f"{INITIATIVES[1].date}T00:00:00Z"
    lastmod = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in sitemap_urls(site)}
    assert lastmod[f"/initiatives/{INITIATIVES[1].slug}/"] == INITIATIVES[1].date
    assert lastmod[f"/initiatives/{UNDATED[0].slug}/"] == lastmod["/"] == "2025-07-01"
    exported = json.loads((site / "digest.json").read_text(encoding="utf-8"))
    assert exported["edition_date"] == "2025-07-01"
    assert {r["slug"]: r["date"] for r in exported["initiatives"]}[UNDATED[0].slug] is None


def test_with_a_base_url_with_a_host_every_loc_and_feed_link_is_absolute(
    fixture_content, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = fixture_content()
    with fake_links():
        assert run_build(content, tmp_path / "site", base_url="https://example.org/digest/") == 0
    site = tmp_path / "site"
    locs = [u.findtext(f"{SITEMAP}loc") for u in sitemap_urls(site)]
    assert locs and all(loc.startswith("https://example.org/digest/") for loc in locs)
    assert "https://example.org/digest/initiatives/" + INITIATIVES[0].slug + "/" in locs
    hrefs = [link.get("href") for link in feed(site).iter(f"{ATOM}link")]
    assert hrefs and all(h.startswith("https://example.org/digest/") for h in hrefs)
    assert "base URL" not in capsys.readouterr().err


def test_the_base_url_of_site_yaml_is_used_and_the_command_line_wins(fixture_content, tmp_path: Path) -> None:
    content = fixture_content()
    (content / "_data" / "site.yaml").write_text("base_url: https://digest.example.cn/\n", encoding="utf-8")
    from_file = build_site(content, tmp_path / "from-file")
    assert all(
        u.findtext(f"{SITEMAP}loc").startswith("https://digest.example.cn/") for u in sitemap_urls(from_file)
    )
    given = build_site(content, tmp_path / "given", base_url="https://example.org/digest/")
    assert all(
        u.findtext(f"{SITEMAP}loc").startswith("https://example.org/digest/") for u in sitemap_urls(given)
    )
    assert re.search(r'href="https://example.org/digest/static/', (given / "404.html").read_text("utf-8"))


def test_settings_default_when_the_file_is_missing_or_unusable(tmp_path: Path) -> None:
    assert load_settings(tmp_path) == SiteSettings()
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "site.yaml").write_text("title: [\n", encoding="utf-8")
    assert load_settings(tmp_path) == SiteSettings()
    (tmp_path / "_data" / "site.yaml").write_text(
        "title: 辑要\nbase_url: ftp://x/\nedition_date: 2025-07-01\n", encoding="utf-8"
    )
    assert load_settings(tmp_path) == SiteSettings(title="辑要", edition_date="2025-07-01")
    assert has_host("https://example.org/digest/") and has_host("http://localhost:8000/")
    assert not has_host("/digest/") and not has_host("https:///x")


def test_the_committed_content_has_no_1970_date(content_site: Path) -> None:
    assert no_1970(content_site) == []


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("&<>\"'\n\r\t a中\x01\ufffe")), max_size=12) | st.text(max_size=12)
)
def test_escaping_is_xml_sax_saxutils_escaping(text: str) -> None:
    """feeds' own escape/quoteattr (written out to spare the build the imports of xml.sax.saxutils) give
    saxutils' bytes for any text, after the characters XML forbids are left out."""
    from xml.sax.saxutils import escape as sax_escape
    from xml.sax.saxutils import quoteattr as sax_quoteattr

    from builder.render import feeds

    allowed = feeds._NOT_XML.sub("", text)
    assert feeds.escape(text) == sax_escape(allowed)
    assert feeds.quoteattr(text) == sax_quoteattr(allowed)
