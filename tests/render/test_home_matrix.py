"""The home page's theme × province matrix on a phone (issue 15), and /levels/' theme × level one (reader review
30: cut off after 乡镇街道 with no hint): each scrolls sideways inside its box, its theme column stays visible,
and it shows that there is more (a hint, a shade at the edge)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

THEME_DIR = Path(__file__).parents[2] / "theme"


def test_the_matrix_markup_and_rules_are_there(content_site: Path) -> None:
    page = (content_site / "index.html").read_text(encoding="utf-8")
    assert '<p class="scroll-hint" aria-hidden="true">' in page
    assert '<div class="scroll scroll-x" role="region" aria-labelledby="matrix-title"' in page
    css = (THEME_DIR / "static" / "site.css").read_text(encoding="utf-8")
    assert ".matrix tbody th, .matrix thead th:first-child {\n  position: sticky; left: 0;" in css


@pytest.mark.slow
@pytest.mark.parametrize("name", ["index.html", "levels/index.html"])
def test_on_a_phone_the_theme_column_stays_while_the_provinces_scroll(
    content_site: Path, chromium: Any, name: str
) -> None:
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    page.goto((content_site / name).as_uri())
    box = page.locator(".scroll-x")
    width, visible = box.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert width > visible  # it does scroll on a phone …
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # … inside its box only
    assert page.locator(".scroll-hint").is_visible()
    theme = page.locator(".matrix tbody th").first
    province = page.locator(".matrix thead th").nth(1)
    theme.scroll_into_view_if_needed()
    before = (theme.bounding_box(), province.bounding_box())
    box.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
    after = (theme.bounding_box(), province.bounding_box())
    assert abs(after[0]["x"] - before[0]["x"]) < 1  # the theme column stays …
    assert after[1]["x"] < before[1]["x"]  # … while the provinces move under it
    x, y = after[0]["x"] + 5, after[0]["y"] + after[0]["height"] / 2
    on_top = "([x, y]) => document.elementFromPoint(x, y).closest('tbody th') !== null"
    assert page.evaluate(on_top, [x, y])  # drawn over the provinces, not under them
    wide = chromium.new_page(viewport={"width": 1280, "height": 900})
    wide.goto((content_site / name).as_uri())
    assert not wide.locator(".scroll-hint").is_visible()
    page.close()
    wide.close()
