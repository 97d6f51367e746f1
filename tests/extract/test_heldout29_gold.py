"""Ingest of the twenty-ninth held-out pages (tests/corpus/heldout29) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 16 provinces, every level), the seeds' kinds in fresh instances and some new ones: an
article set vertically and extracted column by column, in the vertical presentation forms (︐︒﹁﹂); a roundtable
with 主持人： turns and a guests' box; a letters column (编辑同志：, the reader's signature, 编辑附言) and a reply signed
by the answering unit; OCR reading dashes as 一 (`一一记…`, `3一5户`), `m2` for ㎡, mismatched quote marks and □ for
a missing glyph (GB18030); a word-processor manuscript with `[批注N]` anchors and its comments at the end (CRLF);
a serial's first part with `（未完待续）` and `下期预告`; a lunar date in a page head; a 问/答 interview read across
two columns. Its gold was written by a colleague who did not read the code, in session 29. Kept BLIND and scored at
the session's start (c9a684e) and end (3959161): articles 17/18 with no spurious file, titles 13/18, subtitles
13/18, bylines 12/18, region 16/18, level 16/18, theme F1 0.655 -> 0.678, metrics R 145/157 and P 145/157,
practices R 35/40 and P 35/41, captions 2/4, bodies with a byline or headline 3/17, broken paragraphs 0/77; the
rest the same at both. Opened for tuning at the end of session 29 at those numbers. Session 30 (ext29, extraction
by kind of sentence): theme F1 0.678 -> 0.820, metrics R 148/157 and P 148/159, practices R 38/40 and P 38/43; then
the vertical marks read as horizontal ones (p01's two articles apart): articles 18/18, titles 14/18, subtitles
14/18, bylines 13/18, region and level 17/18, theme F1 0.921, metrics R 157/157 and P 157/159, practices R 40/40 and
P 40/41, bodies with a byline or headline 2/18. Session 30 (seg29, ingest by kind of damage: OCR's `一一` for a
subtitle's `——`, `□` in a reporter's name, a serial's `（未完待续）`/`下期预告`, a letters column, a word-processor
manuscript's file name, anchors and comments and its `图1：` captions, heads of two heights read across, a subtitle
wrapped with a 《》 title open): titles 18/18, subtitles 18/18, bylines 18/18, metrics P 157/157, practices P 40/40,
captions 4/4, bodies with a byline or headline 0/18.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout29 --gold tests/corpus/heldout29-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT29 = scoring.HERE / "heldout29"
HELDOUT29_GOLD = scoring.HERE / "heldout29-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 17 / 18,
    "level_exact": 17 / 18,
    "theme_f1": 0.934,  # 0.921 -> 0.935: a practice named only in the body (骑手议事会) implies a theme scoring >= 0.1 of the top
    "metric_recall": 157 / 157,
    "metric_precision": 157 / 157,
    "practice_recall": 40 / 40,
    "practice_precision": 40 / 40,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}


class TestHeldout29Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT29, HELDOUT29_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 4
