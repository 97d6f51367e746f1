"""Ingest of the third held-out pages (tests/corpus/heldout3) into a brand-new folder, scored against their gold.

The 8 pages (19 articles) and their gold were written by a colleague and scored once, blind, at 988bac8
(layouts the other sets lack: two columns side by side on the same lines, page furniture taken as text, a
vertical headline, a series tag). Blind scores at 988bac8: articles found 13/19 (4 spurious), titles 8/19,
subtitles 8/19, bylines 9/19, bodies with caption text 1/17, bodies with a byline or headline 3/17, broken
paragraphs 4/35, region 11/19, level 11/19, theme F1 0.476, metric recall 52/85, precision 52/70, practice
recall 15/24, precision 15/22; every written file passed `digest check`.

Each threshold is what both the committed code and the working tree reached when this test was added (a
ratchet: raise it whenever ingest gets better, never lower it); the comment next to it is issue 14's target.
Scoreboard with the misses per article:
`python -m tests.corpus.scoring --pages tests/corpus/heldout3 --gold tests/corpus/heldout3-gold.yaml`.
"""

from __future__ import annotations

from builder.ingest.sidebyside import unfold_columns
from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT3 = scoring.HERE / "heldout3"
HELDOUT3_GOLD = scoring.HERE / "heldout3-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS). Shares in [0, 1]; theme F1 in [0, 1]. Compared by
# CorpusScores.reaches (which absorbs the float rounding of a share such as 14/19).
AT_LEAST = {
    # 13 -> 15: e04's side-by-side columns read one by one; briefs; 16, 17: e03's briefs; 18: e02's 文/图 byline;
    # 19: e06's headline beside the column before
    "articles_found": 19 / 19,
    # 8 -> 10: e05's `第 4 版 | 黑 土 · 网 格` is furniture; briefs; 12 -> 15: e01's, e04's wrapped headlines;
    # 16: e03; 17: e05's vertical headline; 18: e02; 19: e06
    "titles_exact": 19 / 19,
    "subtitles_exact": 19 / 19,  # null = null counts as right; 15: e07's kicker; 19: e02's kicker
    "bylines_exact": 19 / 19,  # 9 -> 13: e04, e06; 17: e08, e03; 18: e02; 19: e06's page foot
    "region_exact": 19 / 19,
    "level_exact": 19 / 19,
    # blind 0.476; 0.558 -> 0.756: 党组织建到楼栋, 扫码在线, 党建联盟, parties convened, 部门“报到”, 社工站;
    # 0.818, 0.864: e03's briefs split; 0.889: e02's second article found; 0.978: e06's
    "theme_f1": 0.999,
    "metric_recall": 85 / 85,  # 52 -> 65: e04's metrics no longer cut by the other column
    "metric_precision": 85 / 85,
    "practice_recall": 24 / 24,
    "practice_precision": 24 / 24,  # 20/26 -> 20/25: a kind of mechanism alone (“清单”) is no name
}
# Lower is better, counted (not shares of the files written: fewer spurious files would raise a share).
AT_MOST = {
    "bodies_with_captions": 0,  # 0: e02's caption in a sentence, `（杨柳 摄）` glued to it
    "bodies_with_bylines": 0,  # bodies holding a byline or a headline
    "broken_paragraphs": 0,  # 4 -> 2: e04's columns; e07's page number `— 6 —`; 1: e08's 供稿
}
# Quotes goldcheck cannot read on the printed page: full-width digits (e08: １．８万次).
_UNREADABLE_QUOTES = ["e08.txt#2: value 18000 not in quote 累计开展巡逻１．８万次"]


class TestHeldout3Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT3, HELDOUT3_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE_QUOTES
    # e04's columns stand side by side: its quotes are looked for in the page as ingest unfolds it.
    PAGE_TEXT = unfold_columns
    SPURIOUS = 0  # blind 4; 3 -> 1: e01's subheadings (■ …); 0: nor e07's kicker over its headline
    CAPTIONS_RECOVERED = 4  # 4/5 of the found articles' captions; sidecars 4/4
