"""Ingest of the fifteenth held-out pages (tests/corpus/heldout15) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 云南 贵州 甘肃 青海 宁夏 内蒙古 辽宁 福建 广东 天津 河北 四川, cities no other set names: five
10-character columns one after another with a running head inside their sentences and a `“1+3+N”` headline wrapped
over two lines; a Q&A interview with a `——访` subtitle, a 公益广告 box in ┌│└ rules and a headline doubled character
by character whose only credit is `（作者单位：…）` at the foot, GBK; two 14-character columns interleaved in uneven
blocks with `place：` headlines, a 小区 acting; a headline printed after its first body lines, a full-width caption
block splitting an article, a 网格 acting, CRLF; no blank line on the page, kicker, headline and `——` subtitle,
`本报讯（…）` glued to a headline; a 人物 profile with its `——记…` subtitle above the headline, UTF-16; a `▍一线见闻`
box and an advertisement between articles; three headlines stacked at the top, a footnote, stray spaces) and their
gold were written by a colleague who did not read the code (a277023), at the start of the session of 2026-12-04
(fifth). Kept BLIND all that session and scored at its start (the code of 68281c8) and at its end (61d48a5):
articles 16/18, titles 10/18 -> 11/18, subtitles 14/18, bylines 13/18, region 14/18, level 15/18, metrics R 81/98, metrics P 81/102 -> 81/100, practices R 30/43, practices P 30/38, broken paragraphs 3/80 -> 3/81, theme F1 0.711. Open for tuning from the next session on; the thresholds below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout15 --gold tests/corpus/heldout15-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT15 = scoring.HERE / "heldout15"
HELDOUT15_GOLD = scoring.HERE / "heldout15-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 17 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.999,  # 0.979 -> 1.000: themes by kind (session 36, themes36)
    "metric_recall": 100 / 101,
    "metric_precision": 100 / 100,
    "practice_recall": 38 / 43,
    "practice_precision": 38 / 42,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 3,
}
# Gold the printed page cannot show as one run: a headline doubled character by character.
_UNREADABLE = ["p02.txt#2: title not printed: 同仁市：“帐篷党课”送到牧民身边"]


class TestHeldout15Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT15, HELDOUT15_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 1
    CAPTIONS_RECOVERED = 1
