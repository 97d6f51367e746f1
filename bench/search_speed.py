"""How fast a built site's search answers in Chromium (issue 17): for each query, cold runs with the terms
typed and with them set without an input event, the bytes fetched and the times to the first screen and the
whole first page of results (tests/support/search_timing.py), and the largest HTML pages.

    .venv/bin/python bench/search_speed.py SITE [RUNS] [TERMS ...]
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS
from tests.support.search_timing import measure_query
from tests.support.static_server import served

QUERIES = ["网格", "红色物业", "双报到", "志愿服务"]


def main(site: Path, runs: int, queries: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    sizes = sorted((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*.html"))
    print("largest pages:", ", ".join(f"{path} {size / 1000:.0f} KB" for size, path in sizes[:-6:-1]))
    with served(site) as base, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for terms in queries:
            for typed in (True, False):
                got = [measure_query(browser, base, terms, typed) for _ in range(runs)]
                first = sorted(round(run.first_ms) for run in got)
                page = sorted(round(run.page_ms) for run in got)
                print(
                    f"{terms}\t{'typed' if typed else 'set'}\t{len(got[0].ids)} results\t"
                    f"query {got[0].query_bytes / 1000:.0f} KB (with page {(got[0].query_bytes + got[0].page_bytes) / 1000:.0f} KB)\t"
                    f"first screen median {statistics.median(first):.0f} ms {first}\t"
                    f"first page median {statistics.median(page):.0f} ms {page}"
                )
        browser.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3, sys.argv[3:] or QUERIES)
