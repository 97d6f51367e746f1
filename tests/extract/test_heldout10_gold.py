"""Ingest of the tenth held-out pages (tests/corpus/heldout10) into a brand-new folder, scored against their gold.

The 5 pages (12 articles; places in 广东 广西 贵州 内蒙古 湖南 福建 no other set names: a headline doubled character
by character, a 图片新闻, a commentary under a label and a rule line; a 问/答 interview and a 人物 profile with its
headline wrapped over two lines under a kicker, GBK; three 13-character columns in uneven blocks with two
headlines on one line and a `■中共新城区委组织部` byline, CRLF; a jump page with a footnote, full-width digits and a
table one cell a line, UTF-16; two articles on one place with stray justification spaces and an author bio) and
their gold were written by a colleague who did not read the code (fcc2d51), in the last hour of the session of
2026-12-04. Scored blind once, at 44006c8 (after all that session's ingest work): articles 11/12 (3 spurious),
titles 7/12, subtitles 10/12, bylines 9/12, bodies with a byline or headline 2, broken paragraphs 3/43, region
9/12, level 8/12, theme F1 0.615, metrics 27/43 / 27/40, practices 13/22 / 13/19, captions recovered 2/3,
sidecars 7/7. Nobody tuned on it then. Tuned on in the session of 2026-12-04 (second): a photo news item's
credit glued to its last sentence, a place-colon headline as wide as its column, 【】 subheadings of a feature, a
headline wrapped over its subtitle under a genre label, a masthead naming the paper, headlines side by side
over columns that open with their bylines, a table's title, a community named after its township: articles
12/12, titles, subtitles, bylines, region, level 12/12, 0 broken paragraphs, theme F1 0.889, metrics 36/43 /
36/45, practices 18/22 / 18/19, captions 3/3; a line opening with a count goes on from a line ending in a word
(linejoin: `…开展志愿活动` / `680场，…`): p03's three columns in blocks of one to three lines come apart, theme F1
0.960, metrics 42/43 / 42/45, practices 19/22 / 19/19 (the thresholds below).

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout10 --gold tests/corpus/heldout10-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT10 = scoring.HERE / "heldout10"
HELDOUT10_GOLD = scoring.HERE / "heldout10-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 12 / 12,
    "titles_exact": 12 / 12,
    "subtitles_exact": 12 / 12,
    "bylines_exact": 12 / 12,
    "region_exact": 12 / 12,
    "level_exact": 12 / 12,
    "theme_f1": 1.0,  # 0.96 -> 1.0: a theme only the headline speaks of is dropped (8e64814)
    "metric_recall": 43 / 43,
    "metric_precision": 45 / 45,
    "practice_recall": 21 / 22,
    "practice_precision": 21 / 21,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold the printed page cannot show as one run: p01's first headline doubled character by character.
_UNREADABLE = ["p01.txt#1: title not printed: 网格“小哨兵”守护大社区"]


class TestHeldout10Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT10, HELDOUT10_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 3
