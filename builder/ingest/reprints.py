"""Reprints: the same article printed on two pages (another paper's reprint, the same page exported twice, a
web copy beside the PDF page) is one initiative of the digest, not two.

Two bodies are the same article when the sets of their five-character runs (spaces and punctuation left out)
overlap by REPRINT_JACCARD or more. Different reports of the same kind of work share set phrases, not runs of
sentences: over the real pages tried (57 articles, R13–R17) the highest overlap between two different
articles was 0.021 and a reprint's 1.000; over 200 templated bench articles the highest was 0.353. Candidates
are found through a deterministic sample of the runs (CRC-32, not Python's salted hash), so the check stays
linear in the number of articles.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from builder.ingest.draft import Draft

RUN = 5  # characters in a compared run
REPRINT_JACCARD = 0.7
MIN_RUNS = 40  # a shorter body (a brief of a line or two) is a reprint only when its text is the same
SAMPLE_EVERY = 8  # a run takes part in finding candidates when its CRC-32 is a multiple of this
MIN_BRIEF = 12  # characters: an empty or one-phrase body is never a reprint
CANDIDATE_SHARE = 0.5  # of the larger sample, for the exact overlap to be computed
_NOT_COMPARED = re.compile(r"[\s\W_]+")


def _compared(body: str) -> str:
    return _NOT_COMPARED.sub("", body)


def article_runs(body: str) -> frozenset[str]:
    """The body's runs of RUN characters, spaces, punctuation and Markdown marks left out."""
    return _runs(_compared(body))


def _runs(text: str) -> frozenset[str]:
    return frozenset(text[i : i + RUN] for i in range(len(text) - RUN + 1))


def _sampled(runs: frozenset[str]) -> list[str]:
    return [run for run in runs if zlib.crc32(run.encode("utf-8")) % SAMPLE_EVERY == 0]


@dataclass(frozen=True)
class Compared:
    """What a body is compared by, worked out once: its text without spaces and marks, its runs and, for a body
    of MIN_RUNS runs or more, their sample (a shorter body, a brief, is compared by its text alone)."""

    text: str
    runs: frozenset[str]
    sample: tuple[str, ...]

    @classmethod
    def of(cls, body: str) -> Compared:
        text = _compared(body)
        runs = _runs(text)
        return cls(text, runs, tuple(_sampled(runs)) if len(runs) >= MIN_RUNS else ())

    @property
    def brief(self) -> bool:
        return len(self.runs) < MIN_RUNS


@dataclass(frozen=True)
class Reprint:
    key: str  # the article found again
    same_as: str  # the name of the earlier one (a content file or a page's article)
    overlap: float  # Jaccard overlap of their runs


class ReprintFinder:
    """Articles seen so far, by their runs; `same_as` tells whether a body is one of them again."""

    def __init__(self) -> None:
        self._runs: list[frozenset[str]] = []
        self._names: list[str] = []
        self._samples: list[int] = []
        self._by_sample: dict[str, list[int]] = {}
        self._briefs: dict[str, str] = {}  # a short body's compared text -> name

    def add(self, name: str, body: Compared) -> None:
        if body.brief:
            self._briefs.setdefault(body.text, name)
            return
        index = len(self._runs)
        self._runs.append(body.runs)
        self._names.append(name)
        self._samples.append(len(body.sample))
        for run in body.sample:
            self._by_sample.setdefault(run, []).append(index)

    def same_as(self, body: Compared) -> tuple[str, float] | None:
        """The first article seen whose runs overlap `body`'s by REPRINT_JACCARD or more, with the overlap."""
        if body.brief:
            same = self._briefs.get(body.text) if len(body.text) >= MIN_BRIEF else None
            return None if same is None else (same, 1.0)
        runs, sample = body.runs, body.sample
        shared: Counter[int] = Counter()
        for run in sample:
            shared.update(self._by_sample.get(run, ()))
        for index in sorted(shared):
            # the same article shares most of its sample; two reports of one kind share a few set phrases
            if shared[index] < CANDIDATE_SHARE * max(len(sample), self._samples[index]):
                continue
            other = self._runs[index]
            overlap = len(runs & other) / len(runs | other)
            if overlap >= REPRINT_JACCARD:
                return self._names[index], overlap
        return None


def comparable(body: str) -> bool:
    """Whether a body is long enough to be told a reprint of another (by its text, or its runs)."""
    return len(_compared(body)) >= MIN_BRIEF


def find_reprints(known: Sequence[tuple[str, str]], new: Sequence[tuple[str, str]]) -> list[Reprint]:
    """The new articles (key, body) that repeat a known one (name, body) or a new one before them."""
    finder = ReprintFinder()
    for name, body in known:
        finder.add(name, Compared.of(body))
    found: list[Reprint] = []
    for key, body in new:
        compared = Compared.of(body)  # (once, for the question and, when it is no reprint, for the finder)
        match = finder.same_as(compared)
        if match is None:
            finder.add(key, compared)
        else:
            found.append(Reprint(key, match[0], match[1]))
    return found


def drop_reprints(
    drafts: Sequence[Draft], files: Mapping[str, tuple[str, str]], new: set[str]
) -> tuple[list[int], list[str]]:
    """Which drafts to write (their indexes) and a report line for each one left out: a draft whose key is in
    `new` (no file, no state entry: an editor's file is never dropped) that repeats an article of content/
    (`files`: by the key of the draft it was written from, its file's name and body) or a draft before it. A
    draft ingested again is known by its file alone (not by its body too). A roundup (an overview and its
    parts, which link to it) goes whole or not at all; a part too short to be told goes with its roundup."""
    known = [*files.values(), *((d.key, d.body) for d in drafts if d.key not in new and d.key not in files)]
    found = {r.key: r for r in find_reprints(known, [(d.key, d.body) for d in drafts if d.key in new])}
    roundups: dict[tuple[str, int], list[str]] = {}
    for draft in drafts:
        if draft.parent_part:
            roundups.setdefault((draft.source_file, draft.parent_part), []).append(draft.key)
    bodies = {d.key: d.body for d in drafts}
    for (page, overview), parts in roundups.items():
        members = [f"{page}#{overview}", *parts]
        told = [key for key in members if comparable(bodies[key])]
        if told and all(key in found for key in told):
            first = found[told[0]]
            for key in members:
                found.setdefault(key, Reprint(key, f"the roundup of {first.same_as}", first.overlap))
        else:
            for key in members:
                found.pop(key, None)
    lines = [
        f"{r.key}: the same article as {r.same_as} ({r.overlap:.0%} of the text in common): a reprint, "
        "not written again"
        for r in found.values()
    ]
    return [i for i, d in enumerate(drafts) if d.key not in found], lines
