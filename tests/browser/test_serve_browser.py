"""`digest serve` in real Chromium: the injected script passes the site's CSP, reloads on save, shows the overlay.

Slow (a browser and the real build): run with `bash scripts/test --slow` or `pytest -m slow`. Playwright drives
Debian's /usr/bin/chromium and never downloads a browser.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from builder.commands.serve import default_build
from builder.serve.inject import OVERLAY_ID
from builder.serve.live import DevServer
from tests.support.editing import TITLE, edit, make_content

pytestmark = pytest.mark.slow


@pytest.fixture
def browser_page(chromium: Any) -> Iterator[Any]:
    """A page of its own in the run's one Chromium (tests/conftest.py)."""
    page = chromium.new_page()
    try:
        yield page
    finally:
        page.close()


def test_live_reload_and_overlay_in_the_browser(tmp_path, browser_page):
    page = browser_page
    content = make_content(tmp_path)
    server = DevServer(content, tmp_path / "site", build=default_build, port=0, quiet=True)  # the real build
    server.err = (tmp_path / "serve.log").open("w", encoding="utf-8")
    messages: list[str] = []
    page.on("console", lambda message: messages.append(f"{message.type}: {message.text}"))
    page.on("pageerror", lambda error: messages.append(f"pageerror: {error}"))
    server.start()
    try:
        page.goto(server.url + "initiatives/huimin-district/")
        assert TITLE in page.inner_text("body")
        page.wait_for_timeout(500)  # let the event stream connect (a reload would be caught up anyway)

        edit(content / "huimin-district.md", f"title: {TITLE}", "title: 浏览器里看到的新标题")
        page.wait_for_selector("h1:has-text('浏览器里看到的新标题')", timeout=30_000)

        edit(content / "huimin-district.md", "level: county", "level: countyy")
        overlay = page.wait_for_selector(f"#{OVERLAY_ID}", state="visible", timeout=30_000)
        expected = f"{content}/huimin-district.md:16: error: unknown level 'countyy' (did you mean 'county'?)"
        assert expected in overlay.inner_text()
        assert "浏览器里看到的新标题" in page.inner_text("h1, main, body")  # the last good page stays

        page.reload()  # a fresh load shows the overlay too (rendered by the server)
        assert expected in page.inner_text(f"#{OVERLAY_ID}")

        edit(content / "huimin-district.md", "level: countyy", "level: county")
        page.wait_for_selector(f"#{OVERLAY_ID}", state="detached", timeout=30_000)
        assert not [
            m for m in messages if "Content Security Policy" in m or m.startswith(("error", "pageerror"))
        ]
    finally:
        server.stop()
        server.err.close()
