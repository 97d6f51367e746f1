"""A sentence is one piece of evidence for a theme (issue 14, real briefs R15/R16): a grid worker's duties ending
with 收集居民意见建议 match two kinds of consultation sentence (residents' views; views gathered) and counted both,
making a passing duty a second theme. Now one sentence counts once, for its heaviest kind; two sentences of two
kinds still count twice (the negative). The title ingest makes of an untitled report's lead (R17) repeats
the lead: its words count once, in the body, not three times as a headline's. And an evening talk with the
residents (楼栋夜话) is a consultation forum, the evidence c05's test read from one sentence counted twice.
Invented sentences."""

from __future__ import annotations

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract import themes as T
from builder.extract.fields import ArticleText, extract_one
from tests.support.repo import ROOT


@pytest.fixture(scope="module")
def vocab() -> dict[str, Label]:
    return load_vocabulary(ROOT / "content").themes


def test_one_sentence_matching_two_kinds_of_a_theme_counts_once(vocab: dict[str, Label]) -> None:
    body = "网格员每天走访入户，了解社情民意，收集居民意见建议，帮助解决困难。"
    assert T.theme_scores("", [], body, vocab)["consultative-self-governance"] == 4.0


def test_two_sentences_of_two_kinds_count_twice(vocab: dict[str, Label]) -> None:
    body = "社区每月召开居民座谈会。社区还通过线上问卷征集意见。"
    assert T.theme_scores("", [], body, vocab)["consultative-self-governance"] == 8.0


def test_a_grid_workers_passing_duty_is_no_second_theme_of_a_brief(vocab: dict[str, Label]) -> None:
    title = "某社区：网格员当好居民贴心人"
    body = (
        "某社区网格员小李时刻把居民冷暖放在心上，网格员日常走访入户，及时了解社情民意，收集居民意见建议，"
        "对独居老人、困难家庭做好登记。社区实行网格化管理，12名网格员包片负责。"
    )
    assert T.score_themes(title, [], body, vocab, []) == ["grid-governance"]


def test_a_title_made_from_the_lead_counts_once_in_the_body(vocab: dict[str, Label]) -> None:
    lead = "道路干净整洁……作为省级文明村，某县某镇某村已经成为改善农村人居环境、建设和美乡村的一个缩影。"
    # (the grid workers said twice: one mention alone is a person passing through, themes.named_in_passing)
    body = lead + "\n\n村里还配备了网格员，网格员每天巡村。"
    made = ArticleText(
        "某县某镇某村已经成为改善农村人居环境、建设和美乡村的一个缩影", (), body, title_made=True
    )
    assert set(extract_one(made, vocab).themes) == {"rural-revitalization", "grid-governance"}
    # negative: a printed headline (not the lead's words) counts three times: the grid worker is a passing word
    printed = ArticleText("改善农村人居环境 建设和美乡村", (), body)
    assert extract_one(printed, vocab).themes == ["rural-revitalization"]


def test_an_evening_talk_with_the_residents_is_a_forum(vocab: dict[str, Label]) -> None:
    # c05: 楼栋夜话, cadres hearing residents in their building, is consultation beside the dispute it settles
    body = "社区推行“院坝夜话”，每周一晚干部与村民面对面拉家常。村里一起宅基地纠纷在夜话中得到化解。"
    assert "consultative-self-governance" in T.score_themes("", [], body, vocab, [])
    # negative: a talk that is no evening talk (夜话 not in it) adds nothing to consultation
    assert "consultative-self-governance" not in T.score_themes(
        "", [], "村里一起宅基地纠纷得到化解。", vocab, []
    )
