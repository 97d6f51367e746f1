"""A card's summary in the paper's voice (issue 14, summary35b's reading of 737 ingested cards): never an
interview's answer (`周某某：…` and the sentences after it in its paragraph) nor words in the first person whose
quotation marks were lost (`我们把党支部建在小区…`). Invented lines."""

from __future__ import annotations

from builder.extract.summary import summarize
from builder.extract.summary_speech import in_first_person


def test_an_interview_answer_is_the_speaker_s_not_the_paper_s() -> None:
    body = (
        "今年以来，青石市柳岸区以“邻里驿站”为抓手，推动党员力量下沉到小区。\n\n"
        "记者：“邻里驿站”做了哪些事？\n\n"
        "郑海岚：柳岸区共排查整顿软弱涣散小区党组织16个，选派干部80名到小区任职。\n\n"
        "记者：党员怎么下沉？\n\n"
        "郑海岚：最重要的是把党小组建在楼栋上。柳岸区在楼栋中建立党小组215个，全区1400余名党员到楼栋报到。"
    )
    summary = summarize("楼栋里的党小组", body)
    assert "郑海岚" not in summary and "215个" not in summary, summary
    assert summary.startswith("今年以来，青石市柳岸区以“邻里驿站”为抓手") or summary.startswith(
        "青石市柳岸区以“邻里驿站”为抓手"
    ), summary


def test_words_in_the_first_person_are_no_summary() -> None:
    body = (
        "青石市柳岸区推行“楼院议事会”制度，在全区87个小区设立议事点。\n\n"
        "我们把党支部建在小区，选派机关干部46名担任小区党支部第一书记，让居民办事不出小区。"
    )
    summary = summarize("柳岸区：楼院议事", body)
    assert summary.startswith("青石市柳岸区推行“楼院议事会”制度"), summary
    assert "我们" not in summary, summary


def test_the_paper_s_own_province_and_quoted_words_are_no_first_person() -> None:
    assert not in_first_person("我省在全省推行“五星支部”创建，建成党群服务中心300个。")
    assert not in_first_person("柳岸区开展“我为群众办实事”实践活动，办结民生实事120件。")
    assert in_first_person("我们在网格中建立党小组486个。")
    assert in_first_person("社区办起了“共享厨房”，我老两口的吃饭难题解决了。")


def test_an_interview_card_with_no_figure_gets_an_answer_s_figure_in_the_third_person() -> None:
    body = (
        "今年以来，青石市以“强基”行动为抓手，推动基层党组织建设全面进步、全面过硬。"
        "围绕这项工作，记者采访了青石市委组织部负责人孙某某。\n\n"
        "记者：取得了哪些成效？\n\n"
        "孙某某：我们先摸清底数，建立问题台账86本。全市共整顿软弱涣散村党组织31个，选派驻村干部420名。\n\n"
        "记者：下一步呢？\n\n孙某某：我们将继续抓好“强基”行动，力争再整顿20个。"
    )
    summary = summarize("青石市：强基行动", body)
    assert summary == (
        "青石市以“强基”行动为抓手，推动基层党组织建设全面进步、全面过硬。"
        "全市共整顿软弱涣散村党组织31个，选派驻村干部420名。"
    ), summary
