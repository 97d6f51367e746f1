"""Train the line scorer (tests.corpus.headscore) on the gold sets and measure it against the current rules.

`python -m tests.corpus.headtrain` labels every line of the committed gold sets (tests/corpus/linelabels.py),
trains a softmax model leave-one-set-out (on all sets but one, scored on that one) and prints, per set and per
label, how many of the set's labelled lines the model and the current rules (classify_page's line kinds) get
right, and the head decision (precision / recall of HEAD lines) for both. Sets of real text in /tmp/R5..R10 are
scored by the model trained on all committed sets (never trained on). `--write` trains on all committed sets
and writes tests/corpus/headscore.json (sorted keys, rounded weights: a fresh run gives the same file).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from dataclasses import dataclass

import numpy as np
from scipy.optimize import minimize

from tests.corpus.headscore import (
    DIGITS,
    LABELS,
    WEIGHTS,
    Model,
    feature_names,
    features,
    model_json,
    scores,
)
from tests.corpus.linelabels import HEAD, eval_sets, load_set, training_sets

_STEPS = 2000  # L-BFGS iterations at most (it converges well before)
_L2 = 1e-3


@dataclass
class Lines:
    """The labelled lines of one set: features, gold label and the rules' label of each."""

    name: str
    rows: np.ndarray
    gold: np.ndarray  # index into LABELS
    rules: list[str | None]
    pages: list[str]


def set_lines(name: str, pages, gold) -> Lines:
    rows, labels, rules, names = [], [], [], []
    for page in load_set(name, pages, gold):
        indices, feats = features(page.lines)
        for index, row in zip(indices, feats, strict=True):
            if page.gold[index] is None:
                continue
            rows.append(row)
            labels.append(LABELS.index(page.gold[index]))
            rules.append(page.rules[index])
            names.append(page.page)
    width = len(feature_names())
    return Lines(name, np.array(rows).reshape(-1, width), np.array(labels, dtype=int), rules, names)


def train(rows: np.ndarray, gold: np.ndarray) -> Model:
    """Softmax regression with an L2 penalty (convex: one optimum, whatever the start or the machine), minimised
    by L-BFGS from zero weights; each label's lines weighed by the inverse square root of its frequency (heads and
    bylines are few among body lines)."""
    counts = np.bincount(gold, minlength=len(LABELS)).astype(float)
    weight = np.where(counts > 0, 1 / np.sqrt(np.maximum(counts, 1)), 0.0)[gold]
    weight = weight / weight.sum()
    target = np.eye(len(LABELS))[gold]
    shape = (rows.shape[1], len(LABELS))

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        weights = flat.reshape(shape)
        score = rows @ weights
        score -= score.max(axis=1, keepdims=True)
        log_probs = score - np.log(np.exp(score).sum(axis=1, keepdims=True))
        value = -(weight * (target * log_probs).sum(axis=1)).sum() + _L2 / 2 * (weights**2).sum()
        grad = rows.T @ ((np.exp(log_probs) - target) * weight[:, None]) + _L2 * weights
        return float(value), grad.ravel()

    options = {"maxiter": _STEPS, "gtol": 1e-10, "ftol": 1e-15}
    result = minimize(loss, np.zeros(shape).ravel(), jac=True, method="L-BFGS-B", options=options)
    return np.round(result.x.reshape(shape), DIGITS) + 0.0


def predict(model: Model, rows: np.ndarray) -> np.ndarray:
    return np.argmax(scores(rows, model), axis=1)


def weights_json(model: Model) -> str:
    return json.dumps(model_json(model), ensure_ascii=False, indent=1, sort_keys=True) + "\n"


@dataclass
class Score:
    right: Counter
    total: Counter
    head_tp: int = 0
    head_fp: int = 0
    head_fn: int = 0

    def add(self, gold: str, said: str | None) -> None:
        self.total[gold] += 1
        self.right[gold] += gold == said
        self.head_tp += gold == HEAD and said == HEAD
        self.head_fp += gold != HEAD and said == HEAD
        self.head_fn += gold == HEAD and said != HEAD

    def accuracy(self) -> float:
        return sum(self.right.values()) / max(sum(self.total.values()), 1)

    def head_f1(self) -> float:
        return 2 * self.head_tp / max(2 * self.head_tp + self.head_fp + self.head_fn, 1)

    def cells(self) -> list[str]:
        per = [f"{self.right[label]}/{self.total[label]}" if self.total[label] else "-" for label in LABELS]
        return [
            f"{self.accuracy():.3f}",
            *per,
            f"{self.head_tp}/{self.head_fp}/{self.head_fn}",
            f"{self.head_f1():.3f}",
        ]


def score(lines: Lines, weights: Model) -> tuple[Score, Score]:
    model, rules = Score(Counter(), Counter()), Score(Counter(), Counter())
    said = predict(weights, lines.rows) if len(lines.gold) else []
    for gold, guess, rule in zip(lines.gold, said, lines.rules, strict=True):
        model.add(LABELS[gold], LABELS[guess])
        rules.add(LABELS[gold], rule)
    return model, rules


def leave_one_out(sets: list[Lines]) -> dict[str, Model]:
    """For each set, the weights trained on all the other sets."""
    out = {}
    for held in sets:
        rest = [s for s in sets if s is not held]
        out[held.name] = train(np.vstack([s.rows for s in rest]), np.concatenate([s.gold for s in rest]))
    return out


def table(sets: list[Lines], weights_for: dict[str, Model]) -> tuple[list[str], Score, Score]:
    header = ["set", "who", "acc", *LABELS, "head tp/fp/fn", "head F1"]
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    total_model, total_rules = Score(Counter(), Counter()), Score(Counter(), Counter())
    for lines in sets:
        model, rules = score(lines, weights_for[lines.name])
        for who, result, total in (("model", model, total_model), ("rules", rules, total_rules)):
            out.append("| " + " | ".join([lines.name, who, *result.cells()]) + " |")
            total.right.update(result.right)
            total.total.update(result.total)
            total.head_tp += result.head_tp
            total.head_fp += result.head_fp
            total.head_fn += result.head_fn
    for who, total in (("model", total_model), ("rules", total_rules)):
        out.append("| " + " | ".join(["all", who, *total.cells()]) + " |")
    return out, total_model, total_rules


def all_weights(sets: list[Lines]) -> Model:
    return train(np.vstack([s.rows for s in sets]), np.concatenate([s.gold for s in sets]))


def write(sets: list[Lines]) -> None:
    """Train on all committed sets and write tests/corpus/headscore.json."""
    WEIGHTS.write_text(weights_json(all_weights(sets)), encoding="utf-8")
    print(f"wrote {WEIGHTS}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="only train on all sets and write the weights")
    args = parser.parse_args()
    sets = [set_lines(*spec) for spec in training_sets()]
    if args.write:
        write(sets)
        return
    print("leave-one-set-out (the model trained on the other sets):")
    rows, _, _ = table(sets, leave_one_out(sets))
    print("\n".join(rows))
    weights = all_weights(sets)
    extra = [set_lines(*spec) for spec in eval_sets()]
    if extra:
        print("\nreal text in /tmp (the model trained on all committed sets):")
        rows, _, _ = table(extra, {s.name: weights for s in extra})
        print("\n".join(rows))


if __name__ == "__main__":
    main()
