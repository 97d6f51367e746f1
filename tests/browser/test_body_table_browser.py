"""A table in an initiative's body (heldout6 k05's, and a wide one of months) in real Chromium at 390 px: the
page never scrolls sideways, the wide table scrolls in its own box, axe finds nothing serious, the page obeys
its CSP; a screenshot goes to tests/artifacts/screenshots/body-table-390.png. Slow (Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from builder.cli import main
from tests.corpus.scoring import HERE
from tests.support import static_server

pytestmark = pytest.mark.slow

AXE = Path(__file__).parents[1] / "vendor" / "axe.min.js"
SCREENSHOTS = Path(__file__).parents[1] / "artifacts" / "screenshots"
MONTHS = (
    "“一网统管”跑出治理加速度\n\n本报讯（记者 周敏）\n\n"
    "今年以来，台州市黄岩区把群众诉求全部纳入网格化平台\n统一受理、分级办理，各月办理情况如下：\n"
    "1月 2月 3月 4月 5月 6月 7月 8月\n受理诉求（件） 412 388 451 430 467 502 488 515\n"
    "按期办结率 96.5% 97.2% 98.1% 98.3% 98.0% 98.6% 98.9% 99.1%\n"
    "群众满意率 95% 96% 97.5% 97.8% 98% 98.2% 98.4% 98.8%\n"
    "区里还把办理情况纳入镇街年度考核，倒逼责任\n落实。\n"
)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    root = tmp_path_factory.mktemp("body-tables")
    seeds = root / "seeds"
    seeds.mkdir()
    (seeds / "k05.txt").write_bytes((HERE / "heldout6" / "k05.txt").read_bytes())
    (seeds / "months.txt").write_text(MONTHS, encoding="utf-8")
    assert main(["ingest", "-q", "--seeds", str(seeds), "--content", str(root / "content")]) == 0
    site = root / "site"
    assert main(["build", "-q", "--content", str(root / "content"), "--out", str(site)]) == 0
    with static_server.served(site) as base:
        yield base, site


def table_pages(site: Path) -> list[str]:
    pages = sorted(p for p in (site / "initiatives").glob("*/index.html") if "table-scroll" in p.read_text())
    assert len(pages) == 2, pages
    return [f"initiatives/{p.parent.name}/" for p in pages]


def test_a_body_table_reads_at_390_px(served: tuple[str, Path], chromium) -> None:
    base, site = served
    problems: list[str] = []
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.on("console", lambda msg: msg.type == "error" and problems.append(msg.text))  # CSP violations too
    boxes = []
    for url in table_pages(site):
        page.goto(base + url)
        assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0, url
        boxes.append(
            page.evaluate(
                "[...document.querySelectorAll('.table-scroll')].map(b => b.scrollWidth - b.clientWidth)"
            )
        )
        if "huangyan" not in url:
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.query_selector(".table-scroll").scroll_into_view_if_needed()
            page.screenshot(path=str(SCREENSHOTS / "body-table-390.png"))
    context.close()
    assert problems == []
    assert sorted(len(b) for b in boxes) == [1, 1]
    assert max(b[0] for b in boxes) > 0, "the wide table scrolls in its own box"


def test_axe_finds_nothing_serious_on_a_page_with_a_table(served: tuple[str, Path], chromium) -> None:
    base, site = served
    context = chromium.new_context(bypass_csp=True, viewport={"width": 390, "height": 844})
    page = context.new_page()
    found = []
    for url in table_pages(site):
        page.goto(base + url)
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate(
            "async () => (await axe.run(document, {resultTypes: ['violations']})).violations"
        )
        found += [
            (url, v["id"], v["impact"])
            for v in violations
            if v["impact"] in ("serious", "critical", "moderate")
        ]
    context.close()
    assert found == []
