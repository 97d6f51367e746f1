"""Ingest of the thirty-sixth held-out pages (tests/corpus/heldout36) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 15 provinces, every level: a province, a city, four counties, six townships, five
communities and villages, a 小区 and a 网格 among them, and a commentary with no place) are PDF extractions of
printed pages only: half the seeds' common damage in fresh instances (a two-line page head, a glued `本报讯（…）`
cut inside the credit, a `△` caption inside a quoted sentence, a bare-name body whose headline is the page's last
line bold-doubled by runs and wrapped over two lines, a kicker over two stacked headlines with glued datelines,
`（下转第6版）` mid-sentence, a kicker, headline, `——` subtitle and two-name reporter line, a column label
bold-doubled character by character over a commentary signed at its end, a page printing no blank line with an
interview cut by `（下转第8版）`) and half new printed layouts: a 经验交流发言摘登 page (a banner, an unlabelled intro
paragraph, three excerpts each under its own headline and a speaker line `职务　姓名`), a 评选结果 report listing
ten 十佳案例 as `place　“practice”` rows, a 民生热线 item with a `【部门回应】` section, a 人物群像 of three profiles
under one banner with a `——` deck, a 现场 report whose paragraphs open with `【7:50】` time marks, a `村情简介` box
of label–value lines inside a village report. Its gold was written by a colleague who did not read the code, in
session 36 (sources kept outside the repo).

Kept BLIND in session 36 and scored at its start (3d0e704f) and when its other work had landed (a4cef281: the
layouts36 set and its fixes, real36, h35left, themes36, summary36, tidy36, edit36): the same at both ends, articles
17/18 with 2 spurious files (the 发言摘登 page's banner and intro written as an article, its third excerpt merged;
an interview's headline wrapped over two lines written as a piece), titles 12/18, subtitles 16/18, bylines 14/18,
region 16/18, level 16/18, theme F1 0.826, metrics R 108/136 and P 108/126, practices R 35/44 and P 35/43, captions
3/4, bodies with a byline or headline 1, broken paragraphs 3/122. Committed as a dev set at those numbers.

Round h36a (the 发言摘登 page): a speaker's line `职务　姓名` under an excerpt's headline is its byline
(bylineshapes.SPEAKER_LINE), the speeches' banner and its lead are the group's furniture (groupreports): articles
18/18 with 1 spurious, titles 14/18, subtitles 17/18, bylines 17/18, region 17/18, level 17/18, theme F1 0.870,
metrics R 116/136 P 116/126, practices R 37/44 P 37/43; a selection's title for its winners (“十佳案例”评选结果)
is no practice (practice_refusals.not_a_name): practices P 37/42.

Round h36b (p05's kicker and doubled column label): a kicker taking the reader somewhere (`走进…安置区`) no
longer joined to its headline as a place with a colon, so the `——` deck is the subtitle; a column label
bold-doubled character by character over a commentary's plain headline is furniture and the headline opens the
commentary (p05#1's body no longer cut after its lead): titles 12 -> 14/18, subtitles 16 -> 17/18, captions
3 -> 4/4, theme F1 0.826 -> 0.864, metrics R 108 -> 118/136 P 108/126 -> 118/126, practices R 35 -> 38/44 P
35/43 -> 38/43. Then a commentary's closing signature `（unit　name）` whose signer's surname is none of the
commonest (`蒙`) is its byline (captionshapes: after a unit and a space, any name of two or three characters), and
with the author's unit out of the body the commentary has no place: bylines 14 -> 15/18, region and level 16 ->
17/18, bodies with a byline 1 -> 0, broken paragraphs 3 -> 2/122.

Round h36c (a headline wrapped over two lines whose second half was taken alone or cut: the last of headlines
stacked under a kicker, `让村…` read as a place, p03#2; an interview's headline cut in its 从…变成 phrase over a
`——` subtitle on a page with no blank line, p07#2, whose first half took p07#1's body as a spurious article):
spurious 2 -> 1, titles 12 -> 14/18, theme F1 0.826 -> 0.844, metrics R 108 -> 115/136 P 108/126 -> 115/133,
practices R 35 -> 37/44 P 35/43 -> 37/45.

The three rounds together (the lead joined h36b's and h36c's branches on h36a's, the head scorer trained afresh):
articles 18/18 with no spurious file, titles, subtitles, bylines, region and level 18/18, theme F1 0.930, metrics
R 133/136 P 133/133, practices R 42/44 P 42/44, captions 4/4, bodies with a byline or headline 0, broken paragraphs
2/121 (both real jumps, `（下转第N版）`).

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout36 --gold tests/corpus/heldout36-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT36 = scoring.HERE / "heldout36"
HELDOUT36_GOLD = scoring.HERE / "heldout36-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.929,
    "metric_recall": 134 / 136,  # 133 -> 134: 实际参与服务的不足三成 (h36left, share_described)
    "metric_precision": 134 / 134,
    "practice_recall": 42 / 44,
    "practice_precision": 42 / 43,  # 42/44 -> 42/43: 少一些“作秀式”… no practice (h36left)
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 2,
}


class TestHeldout36Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT36, HELDOUT36_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0  # blind 2
    CAPTIONS_RECOVERED = 4
