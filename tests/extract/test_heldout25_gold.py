"""Ingest of the twenty-fifth held-out pages (tests/corpus/heldout25) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 14 provinces, levels from province to village), the seeds' kinds in fresh instances and
some new ones: a GBK page with three stacked heads, an `【编者按】` box over a report, a headline in three lines over
a two-line `——` subtitle, a `pdftotext -layout` page with two columns side by side and a wrapped headline, column
blocks extracted right to left with a dateline byline, a bare-name byline over bodies whose headlines stand at the
foot, a `数读` figure box drawn in `┌│└` rules between two bodies. Its gold was written by a colleague who did not
read the code, in session 25. Kept BLIND and scored at the session's start and end (nothing moved, on any line:
articles 17/18 with 2 spurious files, titles 15/18, subtitles 15/18, bylines 15/18, region 17/18, level 17/18, theme
F1 0.714, metrics R 73/83 and P 73/79, practices R 28/30 and P 28/29, broken paragraphs 3/57, captions 5/6, page
metadata 12/12). Opened for tuning in session 26: the editor's note's label alone on its line, a headline in three
lines with its series label and two-line subtitle and byline, a headline cut after a verb wanting its object, the
body's blocks read right to left, bare names after a caption's credit and under the page's head (articles 18/18
with no spurious file, titles, subtitles, bylines, region and level 18/18, theme F1 0.750, metrics R 80/83 and
P 80/80, practices R 30/30 and P 30/30, broken paragraphs 1/53, captions 5/7; with the boxes drawn in rules read
as such). Then a rate going on from its change under an unmarked caption (`…同比增长` / caption / `23.5%`), pairs
counted by 对, money more earned per unit, and kinds of sentence and words of the themes (a safety record, burdens
cut, the elderly helped, errands run, firms of an industry chain, women by their craft, party groups set up,
members trained): captions 6/7, metrics R 83/83 and P 83/83, theme F1 0.889.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout25 --gold tests/corpus/heldout25-gold.yaml`.
"""

from __future__ import annotations

from builder.ingest.sidebyside import unfold_columns
from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT25 = scoring.HERE / "heldout25"
HELDOUT25_GOLD = scoring.HERE / "heldout25-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.902,  # 0.889 -> 0.903: 社区工作者 named once is no workforce theme (session 34)
    "metric_recall": 83 / 83,
    "metric_precision": 83 / 83,
    "practice_recall": 30 / 30,
    "practice_precision": 30 / 30,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 1,
}


class TestHeldout25Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT25, HELDOUT25_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    # p02's two columns stand side by side: its quotes are looked for in the page as ingest unfolds it.
    PAGE_TEXT = unfold_columns
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 6
