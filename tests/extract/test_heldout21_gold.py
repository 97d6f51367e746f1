"""Ingest of the twenty-first held-out pages (tests/corpus/heldout21) into a brand-new folder, scored against their gold.

The 8 pages (19 articles; 北京 天津 上海 宁夏 吉林 陕西 河南 贵州 甘肃 西藏, levels from province to village: a kicker
over a headline and an editor's `核心提示：` box, with its own figure, between headline and byline; a byline glued to
the END of its headline's line; GBK with numbers cut by wraps and an untitled body whose headline is printed bold-
doubled as the page's last line; CRLF, a reading app's copy with numbered unwrapped paragraphs and read-time
furniture; endnote markers ①② inside sentences with a `注释：` block; no blank line at all with a flattened timeline box;
lines padded with ideographic spaces, whitespace-only separators and TAB indents; a WeChat copy with emoji-led
paragraphs and `01`/`02` section numbers; four columns of 10–26 characters) and their gold were written by a colleague
who did not read the code, at the start of the session of 2026-12-05 (eleventh). Kept BLIND until the session's last
80 minutes and scored at its start (the code of 3bd90d1) and at its blind end (702b711, after every colleague working
on other sets had finished): nothing moved but one made title (articles 18/19 +3 spurious, titles 11/19, subtitles
15/19, bylines 14/19, region 18/19, level 17/19, theme F1 0.809, metrics R 97/108 and P 97/97, practices R 37/43 and P
37/37, broken paragraphs 2/66, page metadata 11/11): none of its new kinds was met by rules written for other pages.
Then opened and tuned on: the thresholds below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout21 --gold tests/corpus/heldout21-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT21 = scoring.HERE / "heldout21"
HELDOUT21_GOLD = scoring.HERE / "heldout21-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 19 / 19,
    "titles_exact": 19 / 19,
    "subtitles_exact": 19 / 19,
    "bylines_exact": 19 / 19,
    "region_exact": 19 / 19,
    "level_exact": 18 / 19,
    "theme_f1": 0.938,  # 0.880 -> 0.939: themes by kind (session 36, themes36); 0.832 until the village-trades kind of sentence (R28 session)
    "metric_recall": 105 / 108,
    "metric_precision": 105 / 105,
    "practice_recall": 39 / 43,
    # p07 found (the WeChat copy): its practices 红马甲 点单派单 双报到 会宁志愿 and one extra, 一张单 (a quoted
    # section head): 37/37 -> 39/40 as recall went 37 -> 39
    "practice_precision": 39 / 40,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}

# goldcheck's findings the printed page cannot help, by the writer's design: a headline printed bold-doubled by runs
# as the page's last line (goldcheck doubles it by characters).
_UNREADABLE = [
    "p02.txt#3: title not printed: 冶家村：“庭院经济”鼓起村民钱袋子",
    "p08.txt#4: title not printed: 白山市：“林长+党小组”守好绿水青山",
]


class TestHeldout21Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT21, HELDOUT21_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 3
    CAPTIONS_RECOVERED = 3
