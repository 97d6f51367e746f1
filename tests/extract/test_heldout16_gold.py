"""Ingest of the sixteenth held-out pages (tests/corpus/heldout16) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 吉林 黑龙江 山西 陕西 湖南 湖北 江西 安徽 山东 江苏 浙江 海南 重庆 新疆 西藏 广西, cities no
other set names: a 专版 feature with a 「」 headline, a `——…纪实` subtitle, 4 小标题, a caption inside a sentence and a
【数说】 box; a page with no blank line, a `place：` / `“…”` headline split over two lines and a `“1+3+N”` headline
wrapped, a closing `■记者` credit; two 12-character columns interleaved in uneven blocks; pinyin/English column
labels between kicker and headline, a 小区 acting, CRLF; every byline in a `本版稿件采写` sidebar at the foot and every
caption in a `本版图片` block at the page's end; an 编者按 over a series, ①②③ paragraphs, a headline after its
body's first lines, a same-name 普陀区, GBK; a `——记…` subtitle above its headline, a headline split by its own
caption, full-width digits, a commentary with a doubled headline and an author bio; an interview with `记者：` turns
and a pull quote, 简讯 items) and their gold were written by a colleague who did not read the code (c9c17e8), at
the start of the session of 2026-12-04 (sixth). Kept BLIND all that session and scored at its start (the code of
27498b4) and at its end (b71bd47):
articles 13/18 -> 15/18, titles 11/18 -> 13/18, subtitles 9/18 -> 12/18, bylines 7/18 -> 9/18, region 12/18 ->
14/18, level 9/18 -> 12/18, metrics R 53/84 -> 61/84, metrics P 53/89 -> 61/89, practices R 17/26 -> 21/26,
practices P 17/25 -> 21/26, broken paragraphs 3/65 -> 1/63, theme F1 0.632 -> 0.700. Open for tuning from the next
session on; the thresholds below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout16 --gold tests/corpus/heldout16-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT16 = scoring.HERE / "heldout16"
HELDOUT16_GOLD = scoring.HERE / "heldout16-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.946,
    "metric_recall": 82 / 84,
    "metric_precision": 82 / 82,
    "practice_recall": 25 / 26,
    "practice_precision": 25 / 25,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold the printed page cannot show as one run: a headline doubled character by character.
_UNREADABLE = ["p07.txt#3: title not printed: 减负不能“减”掉服务"]


class TestHeldout16Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT16, HELDOUT16_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 5
