"""Score extraction on the seeds against the hand-made gold (tests/gold/seeds.yaml, see its README).

Run `python -m tests.support.gold_scoring` for the scoreboard; tests/extract/test_extraction_gold.py enforces thresholds.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import yaml

from builder.extract.practices import default_aliases
from tests.support.repo import GOLD_SEEDS, REPO_CONTENT, SEEDS


def _norm_practice(text: str) -> str:
    """A practice name compared without spaces and quotes, a variant of the alias list as its name."""
    bare = re.sub(r"[\s“”‘’\"']", "", unicodedata.normalize("NFKC", text))
    return _ALIASES.get(bare, bare)


_ALIASES = {
    re.sub(r"[\s“”‘’\"']", "", unicodedata.normalize("NFKC", variant)): name
    for variant, name in default_aliases().items()
}


def _metric_key(value, unit: str) -> tuple[float, str]:
    return (round(float(value), 6), unicodedata.normalize("NFKC", unit or "").replace("％", "%"))


@dataclass
class Scores:
    region_right: int = 0
    level_right: int = 0
    initiatives: int = 0
    theme_tp: int = 0
    theme_fp: int = 0
    theme_fn: int = 0
    metric_found: int = 0
    metric_gold: int = 0
    metric_predicted: int = 0
    metric_correct: int = 0
    practice_found: int = 0
    practice_gold: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)

    @property
    def region(self) -> float:
        return self.region_right / self.initiatives

    @property
    def level(self) -> float:
        return self.level_right / self.initiatives

    @property
    def theme_f1(self) -> float:
        p = self.theme_tp / max(1, self.theme_tp + self.theme_fp)
        r = self.theme_tp / max(1, self.theme_tp + self.theme_fn)
        return 2 * p * r / max(1e-9, p + r)

    @property
    def metric_recall(self) -> float:
        return self.metric_found / max(1, self.metric_gold)

    @property
    def metric_precision(self) -> float:
        return self.metric_correct / max(1, self.metric_predicted)

    @property
    def practice_recall(self) -> float:
        return self.practice_found / max(1, self.practice_gold)

    def table(self) -> str:
        return "\n".join(
            [
                f"region (province+city+county exact): {self.region:.1%} ({self.region_right}/{self.initiatives})",
                f"level right:                         {self.level:.1%} ({self.level_right}/{self.initiatives})",
                f"theme F1:                            {self.theme_f1:.3f}",
                f"metric recall (value+unit):          {self.metric_recall:.1%} ({self.metric_found}/{self.metric_gold})",
                f"metric precision:                    {self.metric_precision:.1%} ({self.metric_correct}/{self.metric_predicted})",
                f"practice recall:                     {self.practice_recall:.1%} ({self.practice_found}/{self.practice_gold})",
            ]
        )


def extracted_seeds() -> dict[str, dict]:
    """Run ingest's page processing and extraction on every seed: {"file#part": fields}."""
    from builder.content.loader import load_vocabulary
    from builder.extract.fields import ArticleText, extract_all
    from builder.ingest.pipeline import process_page, seed_paths

    drafts, texts = [], []
    for path in seed_paths(SEEDS):
        result = process_page(path)
        for draft in result.drafts:
            drafts.append(draft)
            texts.append(ArticleText(draft.title, tuple(draft.headings), draft.body, result.page_text))
    extracted = extract_all(texts, load_vocabulary(REPO_CONTENT).themes)
    return {d.key: e for d, e in zip(drafts, extracted, strict=True)}


def score(predicted: dict[str, object]) -> Scores:
    gold = yaml.safe_load(GOLD_SEEDS.read_text(encoding="utf-8"))
    s = Scores()
    for key, g in gold.items():
        p = predicted.get(key)
        s.initiatives += 1
        miss = s.misses.setdefault(key, [])
        if p is None:
            miss.append("not segmented")
            s.metric_gold += len(g.get("metrics") or [])
            s.practice_gold += len(g.get("practices") or [])
            continue
        region = (p.region.province, p.region.city, p.region.county)
        accepted = [(g["region"].get("province"), g["region"].get("city"), g["region"].get("county"))]
        accepted += [(r.get("province"), r.get("city"), r.get("county")) for r in g.get("region_alt") or []]
        if region in accepted:
            s.region_right += 1
        else:
            miss.append(f"region {region} != {accepted[0]}")
        if p.level == g.get("level"):
            s.level_right += 1
        else:
            miss.append(f"level {p.level} != {g.get('level')}")
        optional = set(g.get("themes_optional") or [])
        predicted_themes = {t for t in p.themes if t not in optional}
        gold_themes = set(g.get("themes") or [])
        s.theme_tp += len(predicted_themes & gold_themes)
        s.theme_fp += len(predicted_themes - gold_themes)
        s.theme_fn += len(gold_themes - predicted_themes)
        if predicted_themes != gold_themes:
            miss.append(f"themes {sorted(predicted_themes)} != {sorted(gold_themes)}")
        gold_metrics = Counter(_metric_key(m["value"], m["unit"]) for m in g.get("metrics") or [])
        optional_metrics = Counter(
            _metric_key(m["value"], m["unit"]) for m in g.get("metrics_optional") or []
        )
        predicted_metrics = Counter(_metric_key(m.value, m.unit) for m in p.metrics)
        found = gold_metrics & predicted_metrics
        s.metric_gold += sum(gold_metrics.values())
        s.metric_found += sum(found.values())
        extra = predicted_metrics - gold_metrics
        ignored = extra & optional_metrics
        s.metric_predicted += sum(predicted_metrics.values()) - sum(ignored.values())
        s.metric_correct += sum(found.values())
        if gold_metrics - predicted_metrics:
            miss.append(f"metrics missed {sorted((gold_metrics - predicted_metrics).elements())}")
        if extra - ignored:
            miss.append(f"metrics extra {sorted((extra - ignored).elements())}")
        gold_practices = {_norm_practice(x) for x in g.get("practices") or []}
        got = {_norm_practice(x) for x in p.practices}
        s.practice_gold += len(gold_practices)
        s.practice_found += len(gold_practices & got)
        if gold_practices - got:
            miss.append(f"practices missed {sorted(gold_practices - got)}")
    return s


if __name__ == "__main__":
    scores = score(extracted_seeds())
    for key, misses in scores.misses.items():
        for line in misses:
            print(f"{key}: {line}")
    print(scores.table())
