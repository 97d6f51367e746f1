"""What a reader counts on the lists by level and region (reader review of session 30): the levels' counts add
up to the digest's (those without a level are counted too), a list of one initiative draws no chart of shares
(every bar would be whole) but names its themes, and every wide matrix scrolls in its box with the hint."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.support.fixture_site import INITIATIVES


def _text(page: Path) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))


def test_the_levels_page_counts_the_initiatives_without_a_level(fixture_site: Path) -> None:
    """The fixture has initiatives without a level: the levels' counts (5 + 2 + 2) fell short of the total."""
    none = sum(1 for i in INITIATIVES if not i.level)
    assert none
    page = (fixture_site / "levels" / "index.html").read_text(encoding="utf-8")
    counts = [int(n) for n in re.findall(r'<span class="count">(\d+) 项</span>', page)]
    assert "<li><strong>未定层级</strong>" in page
    assert sum(counts) == len(INITIATIVES)  # the levels' counts and those without a level add up
    assert f"共 {len(INITIATIVES)} 项实践，其中 {none} 项未定层级" in _text(
        fixture_site / "levels" / "index.html"
    )


def test_a_region_of_one_initiative_names_its_themes_and_draws_no_chart(fixture_site: Path) -> None:
    seen = set()
    for page in sorted((fixture_site / "regions").glob("*/index.html")):
        text = page.read_text(encoding="utf-8")
        n = int(re.search(r'<span class="count">(\d+) 项实践</span>', text).group(1))
        profile = text[
            text.index('id="profile-title"') : text.index("</section>", text.index('id="profile-title"'))
        ]
        if n == 1:
            assert '<svg class="chart"' not in profile, page
            assert "仅 1 项实践，不作分布图" in profile and 'class="chip chip-theme"' in profile, page
        else:
            assert '<svg class="chart"' in profile and "仅 1 项实践" not in profile, page
        seen.add(n == 1)
    assert seen == {True, False}  # the fixture has regions of both kinds


def test_every_wide_matrix_scrolls_in_its_box_with_the_hint(fixture_site: Path) -> None:
    for name, label in (("index.html", "matrix-title"), ("levels/index.html", "themes-by-level")):
        page = (fixture_site / name).read_text(encoding="utf-8")
        box = f'<div class="scroll scroll-x" role="region" aria-labelledby="{label}" tabindex="0">'
        assert box in page, name
        assert page.index('<p class="scroll-hint" aria-hidden="true">') < page.index(box), name
        assert page.count('class="scroll-hint"') == 1, name
