"""Ingest of the thirteenth held-out pages (tests/corpus/heldout13) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 福建 广西 贵州 云南 青海 宁夏 吉林 湖南 河南 内蒙古, cities no other set names: a kicker and
a headline each wrapped over two lines, a profile with plain 小标题, a headline and byline printed after the first
lines of their own body; three 13-character columns in uneven blocks, GBK; an interview with `记者：` / name turns
and a 评论 commentary with no place, CRLF; a headline set one character a line, full-width digits, 一是…二是…, a
closing `（通讯员 …）` only, UTF-16; `Ａ２` page numbers, a jump page, a 链接 box, a caption-only 图片新闻 item, a
headline doubled character by character, `（下转第3版）`; `本报讯（…）` glued to a headline's line, a same-name
白云区; justification spaces, a footnote, a table one cell a line; 海南区 of 乌海, a caption block between two
columns before its article's headline, a running head inside a sentence, a 延伸阅读 box) and their gold were
written by a colleague who did not read the code (ff96f7f), at the start of the session of 2026-12-04 (third).
Kept BLIND all that session (two colleagues tuning other sets touched it only by a count of quoted names over all
sets and a detector run that printed it changed none of its pages) and scored at its start (d777c7a) and at its
end (cbe8ae0): articles 18/18 (3 spurious) both, titles 15/18, subtitles 16/18, bylines 15/18, captions recovered
2/3 -> 3/3, region 16/18 -> 17/18, level 18/18, theme F1 0.778, metrics 74/85 / 74/80, practices 22/30 / 22/23,
broken paragraphs 6/71: the session's rules (for the kinds its tuning sets showed) hardly moved it. Open for
tuning from the next session on; the thresholds below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout13 --gold tests/corpus/heldout13-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT13 = scoring.HERE / "heldout13"
HELDOUT13_GOLD = scoring.HERE / "heldout13-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
# Lowered once, on purpose (session of 2026-12-04, sixth): p02#1 was "found" as a file with its printed title and
# the body `河池` (its text read into another column's article); a piece of text that ends no sentence is now
# reported and not written (builder.ingest.draft.is_fragment), so the article, its title, subtitle, byline, place
# and level no longer count until the column order of p02 is read right.
AT_LEAST = {
    "articles_found": 17 / 18,
    "titles_exact": 16 / 18,
    "subtitles_exact": 17 / 18,
    "bylines_exact": 16 / 18,
    "region_exact": 17 / 18,
    "level_exact": 17 / 18,
    "theme_f1": 0.888,
    "metric_recall": 76 / 87,
    "metric_precision": 76 / 76,
    "practice_recall": 24 / 30,
    "practice_precision": 24 / 25,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 2,
}
# Gold the printed page cannot show as one run: a headline doubled character by character.
_UNREADABLE = ["p05.txt#2: title not printed: 一张“积分卡”兑出乡村新风"]


class TestHeldout13Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT13, HELDOUT13_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 1
    CAPTIONS_RECOVERED = 3
