"""How fast the extractors read text (issue 14's rules must not slow ingest below 1 MB/s of raw text): metric
and practice extraction in MB/s over the seeds' bodies repeated to about 0.5 MB, and region resolution in
milliseconds per seed article (best of five runs each, so that a busy machine does not decide the figure).

    .venv/bin/python bench/extract_speed.py

These were timed unit tests (tests/extract); a unit test that fails on a busy machine measures the machine, so
the figures are measured here, and bench/run.py's ingest throughput (≥ 1 MB/s) is the target.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from builder.extract.metrics import extract_metrics
from builder.extract.practices import extract_practices
from builder.extract.regions import resolve_region
from tests.support.seed_articles import articles, raw_seed

ROOT = Path(__file__).resolve().parents[1]


def joined(raw: str) -> str:
    """Undo the hard wrap the simple way, as the extractors' tests do (the ingest stage does this properly)."""
    return re.sub(r"(?<=[^\s。！？”])\n(?=\S)", "", raw)


def best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    body = joined("".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))))
    body = body * max(1, 500_000 // len(body.encode()))
    size = len(body.encode())
    print(f"metrics:   {size / best_of(5, lambda: extract_metrics(body)) / 1e6:.2f} MB/s")
    print(f"practices: {size / best_of(5, lambda: extract_practices('', body)) / 1e6:.2f} MB/s")
    items = articles()
    pages = {key: raw_seed(key) for key in ("000", "001", "002", "003", "004")}

    def resolve_all() -> None:
        for item in items:
            resolve_region(item.title, item.body, pages[item.file[:3]])

    resolve_all()  # the gazetteer and the page zones loaded
    print(f"regions:   {best_of(5, resolve_all) / len(items) * 1000:.2f} ms per article")
    return 0


if __name__ == "__main__":
    sys.exit(main())
