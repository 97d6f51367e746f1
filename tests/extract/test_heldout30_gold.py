"""Ingest of the thirtieth held-out pages (tests/corpus/heldout30) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 17 provinces, every level), the seeds' kinds in fresh instances and sixteen new ones: two
Weibo long posts copied from the web client (the headline only inside 【】 glued to its lead, #topic# tags, the
credit in brackets, `@…`, `O网页链接`, `收起d`, reposts and likes counted one a line); a news platform's mobile share
page (`打开APP`, `🎧 听新闻 03:26`, the fold button `展开剩余68%` between paragraphs, `平台声明`, `阅读 (3.6万)`, a
`推荐阅读` list of headlines without bodies); a county media centre's app (keycap-emoji section heads, a
`记者/编辑/初审/复审/终审` credit block, `下一篇`; CRLF); two exports joined with `cat` (a BOM mid-line, the second
export's headline glued to the first's last line); a page copied out of InDesign (U+2028 forced breaks in headlines,
a byline and a sentence; ㈠ heads, ⑴ items, a flow chart's boxes and ↓ arrows); an in-house bulletin (GBK: a
contents list with dotted leaders, `──` for `——`, `。。。。。。` and `...` ellipses, the 报/送/发 + `（共印200份）`
footer); a 专版 whose only credit is a page-level `本版撰文…本版摄影…` line, three middle-dot code points in names,
a Private-Use-Area glyph in a name. Its gold was written by a colleague who did not read the code, in session 30.
Kept BLIND and scored at the session's start (70136e0) and end (d4e85ed): the same at both, articles 16/18 with 1
spurious file, titles 8/18, subtitles 13/18, bylines 5/18, region 15/18, level 14/18, theme F1 0.786, metrics R
130/148 and P 130/148, practices R 29/32 and P 29/38, captions 2/4, bodies with a byline or headline 6/17, broken
paragraphs 4/68. Opened for tuning at the end of session 30 at those numbers. Extraction by kind (ext30): level
14 -> 15/18 (村社 after 为 is no village), metrics P 130/148 -> 130/147 (the meetings one dispute took). Raised after
the in-house bulletin's furniture, its box-drawn subtitle dashes and party-department bylines (p06, seg30):
articles 17/18 with no spurious file, titles 11/18, subtitles 15/18, bylines 7/18, region 17/18, level 17/18, theme
F1 0.807, metrics R 139/148 and P 139/149, practices R 31/32 and P 31/38, bodies with a byline or headline 5/17,
broken paragraphs 3/67. Raised after ingest by kind (seg31: microblog posts, a share page's furniture, an app's
information line and credit block, exports joined by `cat`, a 专版's page credit, `（供稿：…）`, a role glued to a
name): articles 18/18, titles 18/18, subtitles 18/18, bylines 17/18, region 18/18, level 18/18, theme F1 0.833,
metrics R 147/148 and P 147/148, practices R 32/32 and P 32/35, bodies with a byline or headline 0/18, broken
paragraphs 0/70. Bylines 18/18 once a rare character's private-use glyph inside a name is kept (seg31). Raised
after two kinds of theme (themes31: a household's income raised, 带动户均增收…, is rural work; a class or meeting
开到家门口 is no livelihood service): theme F1 0.833 -> 0.867 (p03#1). A practice named only
in the body implies a theme scoring at least a tenth of the top (楼栋党小组+楼长+中心户, p06#2): 0.867 -> 0.881.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout30 --gold tests/corpus/heldout30-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT30 = scoring.HERE / "heldout30"
HELDOUT30_GOLD = scoring.HERE / "heldout30-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.880,
    "metric_recall": 147 / 148,
    "metric_precision": 147 / 147,
    "practice_recall": 32 / 32,
    "practice_precision": 32 / 35,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}


class TestHeldout30Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT30, HELDOUT30_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 2
