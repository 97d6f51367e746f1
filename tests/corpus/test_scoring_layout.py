"""The scorer's layout measures (tests/corpus/scoring.py): a headline counts as leaked into a body unless the
article's own lead or close repeats it word for word (a real report opens `日前，<its headline>。`)."""

from __future__ import annotations

from pathlib import Path

from tests.corpus.scoring import CorpusScores, Written, _score_layout

GOLD = {
    "p.txt#1": {
        "title": "某某镇人民调解委员会被评为模范",
        "byline": "本报记者 方雨",
        "first_sentence": "日前，某某镇人民调解委员会被评为模范。",
        "last_sentence": "调解成功率达98%。",
    },
    "p.txt#2": {
        "title": "柏树村集体经济“滚雪球”",
        "byline": None,
        "first_sentence": "今年以来，柏树村集体经济收入86万元。",
        "last_sentence": "村民分红人均500元。",
    },
}


def _written(part: int, paragraphs: list[str]) -> Written:
    return Written(Path(f"p{part}.md"), "p.txt", part, {}, paragraphs)


def test_a_lead_repeating_its_headline_is_no_leak_but_another_articles_headline_is():
    scores = CorpusScores()
    first = _written(1, ["日前，某某镇人民调解委员会被评为模范。", "调解成功率达98%。"])
    second = _written(
        2, ["柏树村集体经济“滚雪球”今年以来，柏树村集体经济收入86万元。", "村民分红人均500元。"]
    )
    _score_layout(scores, GOLD, [first, second])
    assert scores.bodies_with_bylines == 1
    assert any("滚雪球" in line for line in scores.misses["p.txt (p2.md)"])
