"""Chromium for the browser tests: the system's /usr/bin/chromium (installed by scripts/install-test-tools;
Playwright never downloads one), its flags, and the pages of a built site as URL paths. The one browser of a
test run is the session fixture `chromium` of tests/conftest.py."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
MISSING = f"{CHROMIUM} is missing: run scripts/install-test-tools (never let Playwright download one)"


def page_urls(site: Path) -> list[str]:
    """Every HTML page of `site` as a URL path under the site's root ('' for the home page)."""
    urls = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        urls.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return urls
