"""Two articles whose paragraphs the extraction interleaved under their two headlines printed together.

Some extractions read two narrow columns across in runs of whole sentences: both headlines stand together
over one byline, and the text under them alternates between the two articles (紫云 … / 平江 … / 紫云 … /
平江 …), with one closing credit. `split_threads(units)` recognizes such a run by its words: it cuts the text
into runs that end with a sentence (a run that stops in the middle of a sentence goes on in the next run of
the same article, so the cut is made only where a line ends a sentence: `linejoin` treats any line after a
finished sentence as a possible next line), and gives every run to the headline whose own words (those the
other headline does not share, and the quoted names of practices the runs given to it so far print) it names.
A run that names neither goes with the run before it. The text is split only when it reads as two threads
that take turns: the first run belongs to the first headline, each thread has at least two runs, the threads
change at least three times, no run names both, and every thread ends with a finished sentence. An ordinary
article under a kicker and its headline, or one whose paragraphs name two places, is left as it is.

The split page reads: the first headline, the byline, its runs; then the second headline (it opens the
article under it) and its runs, and whatever followed the text (the closing credit goes to the second one).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

from builder.ingest.pagelines import BYLINE, HEADLINE, KICKER, TEXT, Unit
from builder.ingest.textrules import ends_sentence
from builder.ingest.titles import bigrams
from builder.text.patterns import QUOTED_NAME

_MIN_RUNS = 2  # runs each thread needs
_MIN_CHANGES = 3  # changes of thread: A B A B at least


@dataclass
class _Stretch:
    """Two headlines printed together over one run of text lines."""

    first: int  # index of the first headline (a kicker by its shape)
    byline: int | None  # index of the byline under both, if any
    start: int  # index of the first text line
    end: int  # one past the last text line


def split_threads(units: list[Unit]) -> list[Unit]:
    """The units of a page whose two articles' paragraphs alternate under their headlines, one article after
    the other; any other page unchanged (the same list)."""
    out: list[Unit] = []
    done = 0
    for stretch in _stretches(units):
        split = _split(units, stretch)
        if split is not None:
            out += units[done : stretch.first] + split
            done = stretch.end
    return out + units[done:] if done else units


def _split(units: list[Unit], stretch: _Stretch) -> list[Unit] | None:
    """The stretch as two articles, one after the other, when its runs fall into two threads; else None."""
    runs = _runs(units[stretch.start : stretch.end])
    owners = _owners(units[stretch.first].text, units[stretch.first + 1].text, runs)
    if owners is None or not _take_turns(owners, runs):
        return None
    first = replace(units[stretch.first], kind=HEADLINE)
    second = units[stretch.first + 1]
    second = replace(second, opens=True, blanks_before=max(1, second.blanks_before))
    head = [first] + ([units[stretch.byline]] if stretch.byline is not None else [])
    body_a = [u for run, a in zip(runs, owners, strict=True) if a for u in run]
    body_b = [u for run, a in zip(runs, owners, strict=True) if not a for u in run]
    return head + body_a + [second] + body_b


def _stretches(units: list[Unit]) -> Iterator[_Stretch]:
    """Each place where two headlines stand together over (a byline and) a run of text lines."""
    index = 0
    while index < len(units) - 2:
        if units[index].kind not in (KICKER, HEADLINE) or units[index + 1].kind != HEADLINE:
            index += 1
            continue
        start = index + 2
        byline = None
        if units[start].kind == BYLINE and not units[start].text.startswith(("（", "(")):
            byline, start = start, start + 1
        end = start
        while end < len(units) and units[end].kind == TEXT and (end == start or not units[end].blanks_before):
            end += 1
        if end - start < 2 * _MIN_RUNS:
            index += 1
            continue
        yield _Stretch(index, byline, start, end)
        index = end


def _runs(lines: list[Unit]) -> list[list[Unit]]:
    """The text lines in runs, each ending with a line that finishes a sentence (the last may not)."""
    runs: list[list[Unit]] = [[]]
    for unit in lines:
        runs[-1].append(unit)
        if ends_sentence(unit.text):
            runs.append([])
    return [run for run in runs if run]


def _owners(headline_a: str, headline_b: str, runs: list[list[Unit]]) -> list[bool] | None:
    """Per run: True for the first headline's thread, False for the second's; None when a run names both
    threads' own words, or the first run is not the first headline's."""
    words_a, words_b = bigrams(headline_a), bigrams(headline_b)
    owners: list[bool] = []
    for run in runs:
        text = "".join(u.text for u in run)
        words = bigrams(text)  # counted word by word: the threads' words grow with every quoted name
        in_a = sum(1 for word in words if word in words_a and word not in words_b)
        in_b = sum(1 for word in words if word in words_b and word not in words_a)
        if (in_a and in_b) or (not in_a and not in_b and not owners):
            return None
        owner = in_a > in_b if in_a != in_b else owners[-1]
        owners.append(owner)
        for name in QUOTED_NAME.findall(text):
            (words_a if owner else words_b).update(bigrams(name))
    return owners if owners[0] else None


def _take_turns(owners: list[bool], runs: list[list[Unit]]) -> bool:
    """The threads take turns often enough, each has enough runs, and each ends with a finished sentence."""
    changes = sum(1 for before, after in pairwise(owners) if before != after)
    if changes < _MIN_CHANGES or min(owners.count(True), owners.count(False)) < _MIN_RUNS:
        return False
    last = {owner: run[-1].text for run, owner in zip(runs, owners, strict=True)}
    return ends_sentence(last[True]) and ends_sentence(last[False])
