"""Ingest of the eighth held-out pages (tests/corpus/heldout8) into a brand-new folder, scored against their gold.

The 9 pages (20 articles; places in 辽宁 河北 新疆 海南 湖北 江西 陕西 西藏: a 人物 profile with kicker, subtitle and
小标题; three 12-character columns interleaved line by line with full-width digits; an interview in 记者：/name：
turns and a 图片新闻 with no article; a 评论 with no place, a `本报讯（…` glued to its headline's line; a jump page
with a flattened table and a footnote; stray justification spaces in UTF-16; a headline doubled character by
character and one wrapped in a narrow column; Chinese numerals; three columns interleaved in uneven blocks with a
征订启事) and their gold were written by a colleague who did not read the code (ef7cb54), while the session of
2026-12-04 worked on other pages. Scored blind at e726c14 (that session's first hour: quadratic page reading,
rule lines, a headline cut after its colon, glued photographer credits, mastheads, visitors' provinces):

- articles found 16/20 (3 spurious), titles 13/20, subtitles 14/20, bylines 14/20, bodies with a byline or
  headline 3, broken paragraphs 3/62, region 15/20, level 15/20, theme F1 0.739, metric recall 71/96, precision
  71/81, practice recall 18/28, precision 18/25, captions recovered 4/4, sidecars 6/6.

TUNED ON from 3e80799 (the session's helpers' rules for its kinds: columns read across line by line or in uneven
blocks, interleave_rows.py; a headline wrapped after its place, headlinewraps.py; a commentary's label; a notice
box; transliterated names; a photo news label; roles taken in or recruited as practices; hours summed over many
people; members given an area to answer for). From then on this set measures tuned pages. Tuned: articles 20/20
(0 spurious), titles, subtitles, bylines, region, level 20/20, theme F1 0.980, metrics 95/96 / 95/96, practices
28/28 / 28/28, broken paragraphs 0/58 (the thresholds below).

Every written file passed `digest check`. The thresholds were first those blind values (a ratchet: raise it
whenever ingest gets better, never lower it); issue 14's targets are in tests/corpus/ratchet.py TARGETS. Once
rules are tuned on these pages, say so here: they then no longer measure unseen pages. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout8 --gold tests/corpus/heldout8-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT8 = scoring.HERE / "heldout8"
HELDOUT8_GOLD = scoring.HERE / "heldout8-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 20 / 20,
    "titles_exact": 20 / 20,
    "subtitles_exact": 20 / 20,
    "bylines_exact": 20 / 20,
    "region_exact": 20 / 20,
    "level_exact": 20 / 20,
    "theme_f1": 0.975,
    "metric_recall": 95 / 96,
    "metric_precision": 95 / 96,
    "practice_recall": 28 / 28,
    "practice_precision": 28 / 28,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold the printed page cannot show as one run: n07's headline doubled character by character.
_UNREADABLE = [
    "n07.txt#1: title not printed: 陕西推行村级“小微权力清单”",
]


class TestHeldout8Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT8, HELDOUT8_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 4
