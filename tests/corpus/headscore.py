"""A learned scorer of what a page's line is: a head (kicker, headline, subtitle), a byline, body text, a caption
or something else — from the shape of the line and of its neighbours, weighed by a softmax regression.

The features are pure functions of a page's lines (`features`): the line's length against the page's column
width, how it ends (a full stop, a comma, a particle the column cut after), the sentences in it, the blank lines
around it, its indentation and place on the page, the byline, caption and furniture shapes of
`builder.ingest.lineshapes` (and its bylineshapes, captionshapes, headlineshapes) and `builder.ingest.furniture`, whether it reads on into the next line, digits and
quotes, and the same few facts of the lines above and under it. The weights live in `tests/corpus/headscore.json`
(package data), trained on the gold sets by `tests/corpus/headtrain.py`, which also measures the model against the
current rules leave-one-set-out.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import numpy as np

from builder.ingest.bylineshapes import is_byline_text, starts_byline
from builder.ingest.captionshapes import is_credit_text
from builder.ingest.datelines import BAOXUN
from builder.ingest.furniture import is_furniture_line
from builder.ingest.headlineshapes import is_headline_shape
from builder.ingest.headlinewraps import reads_on
from builder.ingest.lineshapes import LINE_SHAPE, is_place_kicker
from builder.ingest.textrules import cjk_count, display_width, ends_sentence, split_bold_doubled

WEIGHTS = Path(__file__).with_name("headscore.json")  # written by tests/corpus/headtrain.py

LABELS = ("head", "byline", "body", "caption", "other")
_CUT_AFTER = ("的", "和", "与", "及", "、", "，", ",", "“", "《", "（", "：")
_OPEN_END = ("，", ",", "、", "；", "：", ":")
_DIGIT = re.compile(r"\d")
_PHOTO_END = re.compile(r"(?:供图|摄|提供)[）)]?$")


def column_width(lines: list[str]) -> float:
    """The page's column width: the display width most long lines reach (the 80th percentile)."""
    widths = sorted(display_width(line.strip()) for line in lines if line.strip())
    if not widths:
        return 1.0
    return max(widths[int(0.8 * (len(widths) - 1))], 1.0)


def _shape(text: str, width: float) -> dict[str, float]:
    """The facts of one line's text alone."""
    size = display_width(text)
    cjk = cjk_count(text)
    return {
        "rel_len": min(size / width, 2.0),
        "short": float(size < 0.75 * width),
        "very_short": float(cjk <= 6),
        "length": min(cjk / 24, 1.5),
        "ends_sentence": float(ends_sentence(text)),
        "ends_open": float(text.endswith(_OPEN_END)),
        "ends_cut": float(text.endswith(_CUT_AFTER)),
        "full_stop": float("。" in text),
        "commas": min(text.count("，") + text.count(","), 3) / 3,
        "digits": min(len(_DIGIT.findall(text)) / max(len(text), 1) * 4, 1.0),
        "quote": float("“" in text or "”" in text),
        "colon": float("：" in text),
        "byline_text": float(is_byline_text(text)),
        "starts_byline": float(starts_byline(text)),
        "baoxun": float(text.startswith("本报讯") or bool(BAOXUN.match(text))),
        "bare_names": float(bool(LINE_SHAPE["bare_names"].match(text))),
        "ornament": float(bool(LINE_SHAPE["ornament"].match(text))),
        "end_credit": float(bool(LINE_SHAPE["end_credit"].match(text))),
        "caption_mark": float(bool(LINE_SHAPE["caption_mark"].match(text))),
        "photo_caption": float(text.startswith("图为") or bool(LINE_SHAPE["photo_caption"].match(text))),
        "photo_credit": float(is_credit_text(text) or bool(_PHOTO_END.search(text))),
        "dash": float(bool(LINE_SHAPE["subtitle"].match(text)) or text.endswith("——")),
        "spaced_label": float(bool(LINE_SHAPE["spaced_label"].match(text))),
        "furniture": float(is_furniture_line(text)),
        "headline_shape": float(is_headline_shape(text)),
        "place_kicker": float(is_place_kicker(text)),
        "doubled": float(split_bold_doubled(text) is not None),
        "markup": float(text.startswith(("#", "**"))),
        "bracketed": float(text.startswith(("【", "[", "〔"))),
    }


# the facts of a neighbour line that are features of the line too
_NEIGHBOUR = (
    "short",
    "rel_len",
    "ends_sentence",
    "ends_open",
    "ends_cut",
    "full_stop",
    "starts_byline",
    "headline_shape",
    "very_short",
    "caption_mark",
    "furniture",
)
_FAR = 5  # lines counted to the nearest full stop above and under


def feature_names() -> list[str]:
    own = list(_shape("样例", 1.0))
    context = [
        "bias",
        "blank_before",
        "blank_after",
        "indent",
        "first_text",
        "last_text",
        "position",
        "reads_on_next",
        "read_on_from_prev",
        "next_indent",
        "stop_above",
        "stop_below",
        "before_first_stop",
        "short_alone",
        "paragraph_end",
        "mid_sentence",
    ]
    neighbours = [f"{side}_{name}" for side in ("prev", "next") for name in _NEIGHBOUR]
    return context + own + neighbours


def features(lines: list[str]) -> tuple[list[int], np.ndarray]:
    """The page's non-blank lines (their indices) and one row of features each, in `feature_names()` order."""
    width = column_width(lines)
    texts = [(index, raw.strip()) for index, raw in enumerate(lines) if raw.strip()]
    shapes = [_shape(text, width) for _, text in texts]
    names = feature_names()
    rows = np.zeros((len(texts), len(names)))
    count = len(texts)
    stops = [at for at, shape in enumerate(shapes) if shape["full_stop"]]
    for at, ((index, text), shape) in enumerate(zip(texts, shapes, strict=True)):
        prev = texts[at - 1] if at else None
        nxt = texts[at + 1] if at + 1 < count else None
        row: dict[str, float] = {
            "bias": 1.0,
            "blank_before": float(prev is None or prev[0] < index - 1),
            "blank_after": float(nxt is None or nxt[0] > index + 1),
            "indent": float(lines[index][:1] in (" ", "\u3000")),
            "first_text": float(prev is None),
            "last_text": float(nxt is None),
            "position": at / max(count - 1, 1),
            "reads_on_next": float(nxt is not None and reads_on(text, nxt[1])),
            "read_on_from_prev": float(prev is not None and reads_on(prev[1], text)),
            "next_indent": float(nxt is not None and lines[nxt[0]][:1] in (" ", "\u3000")),
            "stop_above": min(next((at - s for s in reversed(stops) if s < at), _FAR), _FAR) / _FAR,
            "stop_below": min(next((s - at for s in stops if s > at), _FAR), _FAR) / _FAR,
            "before_first_stop": float(not stops or at < stops[0]),
            **shape,
        }
        above = shapes[at - 1] if prev else None
        row["short_alone"] = row["short"] * row["blank_before"] * row["blank_after"]
        row["paragraph_end"] = row["short"] * row["ends_sentence"]
        row["mid_sentence"] = float(
            above is not None and not above["ends_sentence"] and not row["blank_before"]
        )
        for side, other in (("prev", at - 1 if prev else None), ("next", at + 1 if nxt else None)):
            for name in _NEIGHBOUR:
                row[f"{side}_{name}"] = shapes[other][name] if other is not None else 0.0
        rows[at] = [row[name] for name in names]
    return [index for index, _ in texts], rows


def softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    exp = np.exp(scores)
    return exp / exp.sum(axis=1, keepdims=True)


Model = np.ndarray  # one column of weights per label, one row per feature (a softmax regression)


def scores(rows: np.ndarray, model: Model) -> np.ndarray:
    """Each row's score of each label (before the softmax)."""
    return rows @ model


def model_json(model: Model) -> dict:
    weights = np.round(model, DIGITS) + 0.0
    return {
        "features": feature_names(),
        "labels": list(LABELS),
        "weights": {name: weights[i].tolist() for i, name in enumerate(feature_names())},
    }


DIGITS = 4  # decimals of the written weights


@cache
def _model() -> Model:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["labels"]) != LABELS or data["features"] != feature_names():
        raise ValueError(
            "tests/corpus/headscore.json was trained on other features: run tests/corpus/headtrain.py"
        )
    return np.array([data["weights"][name] for name in data["features"]])


def probabilities(lines: list[str], model: Model | None = None) -> dict[int, dict[str, float]]:
    """Each non-blank line's index -> the probability of each label."""
    indices, rows = features(lines)
    if not indices:
        return {}
    probs = softmax(scores(rows, _model() if model is None else model))
    return {
        index: dict(zip(LABELS, map(float, p), strict=True)) for index, p in zip(indices, probs, strict=True)
    }


def line_labels(lines: list[str], model: Model | None = None) -> dict[int, str]:
    """Each non-blank line's index -> the label the model finds likeliest."""
    return {index: max(p, key=p.__getitem__) for index, p in probabilities(lines, model).items()}
