"""Ingest of the twentieth held-out pages (tests/corpus/heldout20) into a brand-new folder, scored against their gold.

The 8 pages (19 articles; 江西 辽宁 上海 天津 重庆 海南 青海 西藏 山西, levels from province to village: a web article
printed to PDF by a browser, its print header again between the two sheets and no blank line at all; GBK whose
section bullets came out as `?`, a photo credit printed before its caption inside a sentence, thousands separators
split by wraps; CRLF, an e-paper's article export with labelled fields `引题：/标题：/副题：/作者：/正文：`; a PDF-to-
Markdown export with `# ` headings and image placeholders; pdftotext -layout with bylines far right on their
headlines' lines and a caption beside the body; text frames read out of order; an in-house bulletin with a numbered
figure caption `图1`; a Chinese-numeral masthead date, list labels alone on their lines and a 更正 notice) and their
gold were written by a colleague who did not read the code, at the start of the session of 2026-12-05 (tenth).
Kept BLIND until the session's last 50 minutes and scored at its start (the code of a1134e3) and at its blind end
(a89b85c, after every colleague working on other sets had finished): nothing moved (articles 18/19 +1 spurious,
titles 13/19, subtitles 16/19, bylines 13/19, region 18/19, level 17/19, theme F1 0.851, metrics R 76/93 and P
76/81, practices R 37/43 and P 37/39, broken paragraphs 2/63, page metadata 9/15): none of its new kinds was met by
rules written for other pages. Then opened and tuned on for 35 minutes: the thresholds below are its end (059d14b).

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout20 --gold tests/corpus/heldout20-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT20 = scoring.HERE / "heldout20"
HELDOUT20_GOLD = scoring.HERE / "heldout20-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 19 / 19,
    "titles_exact": 19 / 19,
    "subtitles_exact": 19 / 19,
    "bylines_exact": 19 / 19,
    "region_exact": 19 / 19,
    "level_exact": 18 / 19,
    "theme_f1": 0.957,  # 0.936 -> 0.958: themes by kind (session 36, themes36); 0.912 until layouts32 (党员中心户 also member-management)
    "metric_recall": 87 / 93,
    "metric_precision": 87 / 87,
    "practice_recall": 39 / 43,
    "practice_precision": 39 / 40,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}

# goldcheck's findings the printed page cannot help, each by the writer's design: a place kicker written before its
# headline with a colon (an e-paper's 引题 field), a headline printed bold-doubled with its colon single, a caption
# printed beside body lines (never one run).
_UNREADABLE = [
    "p03.txt#2: title not printed: 静安区：临汾路街道“睦邻点”里的守望相助",
    "p05.txt#1: not printed: “红岩先锋”服务队队员在商圈为游客指路。",
    "p06.txt#3: title not printed: 巴宜区：“双语调解员”化解矛盾在一线",
]


class TestHeldout20Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT20, HELDOUT20_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 1
    CAPTIONS_RECOVERED = 3
