"""Ingest of the twenty-second held-out pages (tests/corpus/heldout22) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 河北 福建 新疆 云南 黑龙江 内蒙古 广西 江苏 四川, levels from province to village: a date-and-place
kicker strip `■ 9月2日 · 石家庄` over each headline and headlines over two lines, the second shorter and indented; GBK
with no blank line and headlines in traditional characters on a simplified page; CRLF, a photo story with a
`图片故事` label, a `摄影报道` byline and numbered captions ①②③ after the body; a roundup of four one-paragraph county
reports under one headline, each opening with a `【县名】` label and closing with a bracketed credit; an OCR'd page with
confusables (己/已, 士/土, 曰/日, the letter O for 0, l for 1); a PDF reader's copy with each paragraph on one line and a
space left at every former wrap; a photo credit printed above its unmarked caption and a `又讯（记者…）` item; an
e-paper's `【headline】｜byline` line with an `编后：` afterword) and their gold were written by a colleague who did not read
the code, at the start of the session of 2026-12-05 (twelfth). Kept BLIND until the session's last 100 minutes and
scored at its start (the code of c53446d) and at its blind end (c77e12d, after every colleague working on other sets
had finished): nothing moved (articles 14/18, titles 9/18, subtitles 12/18, bylines 11/18, region 13/18, level 13/18,
theme F1 0.545, metrics R 66/79 and P 66/81 — 67 each once the gold's `58 亿元` was written as 5 800 000 000 元,
the gold format's unit —, practices R 29/34 and P 29/34, broken paragraphs 0/55, page metadata
7/7): none of its new kinds was met by rules written for other pages. Then opened and tuned on: the thresholds
below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout22 --gold tests/corpus/heldout22-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT22 = scoring.HERE / "heldout22"
HELDOUT22_GOLD = scoring.HERE / "heldout22-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 14 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.888,  # 0.844 -> 0.889: themes by kind (session 36, themes36); 0.826 -> 0.844: 由党员家庭挂牌 is a member's sign, no signboard cut (session 34); 0.799 until layouts32 (a crop's growers, p04#2); 0.755 until the village-trades kind of sentence (R28 session); 0.782 until simplified reading
    "metric_recall": 79 / 79,
    "metric_precision": 79 / 79,
    "practice_recall": 34 / 34,
    "practice_precision": 34 / 34,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}

# goldcheck's findings the printed page cannot help, by the writer's design: the roundup's one-paragraph county reports
# are untitled (their gold titles are made, title_printed: false).
_UNREADABLE = [
    "p04.txt#2: title not printed: 宾川县成立“果园党小组”",
    "p04.txt#3: title not printed: 弥勒市推行“小区管家”制度",
    "p04.txt#4: title not printed: 腾冲市村规民约结合“积分超市”",
]


class TestHeldout22Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT22, HELDOUT22_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 0
