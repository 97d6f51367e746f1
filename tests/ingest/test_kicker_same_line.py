"""A kicker (引题) printed on its headline's own line, spaces between them (issue 14, corpus page c22).

`党建引领聚合力  梧桐街道“红色议事厅”议出幸福来` (two spaces) and `平安建设谱新篇   西陵区“网格+警格”双网融合
守护平安` (three) were one title each. The kicker names no place; the headline opens with the place that acts:
the kicker is the subtitle, the rest the title (the rule of `builder.ingest.kickers`). A headline whose own halves
are set apart by a space stays whole: a place first (`浙江新昌 …`), halves naming no place (`小网格 大民生`), a
place and its phrase (`丽君街道：改不改 居民议事会说了算`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.kickers import split_kicker_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

C22 = Path(__file__).resolve().parents[1] / "corpus" / "pages" / "c22.txt"


def _articles(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.title, a.subtitle, a.byline) for a in segment(assemble(classify_page(page)))]


def test_the_kicker_on_the_headlines_line_is_its_subtitle():
    assert _articles(C22.read_text(encoding="utf-8")) == [
        ("梧桐街道“红色议事厅”议出幸福来", "党建引领聚合力", "本报讯（记者 沈佳怡 通讯员 钱伟）"),
        ("西陵区“网格+警格”双网融合守护平安", "平安建设谱新篇", "本报记者 周敏"),
    ]


@pytest.mark.parametrize(
    ("line", "split"),
    [
        (
            "党建引领聚合力  梧桐街道“红色议事厅”议出幸福来",
            ("党建引领聚合力", "梧桐街道“红色议事厅”议出幸福来"),
        ),
        (
            "平安建设谱新篇   西陵区“网格+警格”双网融合守护平安",
            ("平安建设谱新篇", "西陵区“网格+警格”双网融合守护平安"),
        ),
        ("织密服务网\u3000宜昌市西陵区推行网格警格融合", ("织密服务网", "宜昌市西陵区推行网格警格融合")),
        ("浙江新昌 “乡贤议事会”议出和美乡村", None),  # a place, then the headline
        ("小网格 大民生", None),  # two halves naming no place
        ("凝聚党群合力 激活基层治理", None),
        ("丽君街道：改不改 居民议事会说了算", None),  # the place is the first half's
        ("党建引领 让社区更美好", None),  # `让社区` is no place that acts
        ("老人吃上“暖心饭” 年轻人当起“跑腿员”", None),
        ("党建引领 梧桐街道 红色议事厅", None),  # three pieces: not a kicker and a headline
        # heldout6 k01: a kicker with a space of its own, the headline after the last gap
        (
            "党建引领 物业提质    东胜区“红色物业”让老旧小区焕新颜",
            ("党建引领 物业提质", "东胜区“红色物业”让老旧小区焕新颜"),
        ),
        ("浙江新昌 物业提质 东胜区“红色物业”让老旧小区焕新颜", None),  # a place among the kicker's pieces
        ("党建引领 东胜区 “红色物业”让老旧小区焕新颜", None),  # the last piece opens with no place
        ("党 建 引领 东胜区“红色物业”让老旧小区焕新颜", None),  # more pieces than a kicker's two phrases
        # real R28's kind: the first half opens with a province and its county before a colon
        ("福建古田：红色合作社 跑出增收“加速度”", None),
        ("浙江新昌：乡贤议事 东胜区“红色物业”让老旧小区焕新颜", None),
    ],
)
def test_which_lines_are_a_kicker_and_a_headline(line, split):
    assert split_kicker_line(line) == split


def test_a_spaced_headline_over_its_body_stays_whole():
    page = (
        "第 3 版\n\n凝聚党群合力 激活基层治理\n本报记者 方晓\n\n"
        "江阴市推行“红色代办”服务，由党员代\n办员上门帮办群众急难事项，今年以来\n累计代办事项3200余件。\n"
    )
    assert _articles(page) == [("凝聚党群合力 激活基层治理", None, "本报记者 方晓")]
