"""The repository's own inputs, as the tests read them: its root, seeds/, the committed content/ and the gold."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
REPO_CONTENT = ROOT / "content"
GOLD = ROOT / "tests" / "gold"
GOLD_SEEDS = GOLD / "seeds.yaml"
