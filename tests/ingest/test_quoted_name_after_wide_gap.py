"""A report with no byline whose headline names no place, only a quoted name (`“青禾议事”议出治理新办法`), printed
two blank lines under a finished report that had a subheading (real R34 p3's kind): the gap is wider than any inside
the report above and the paragraph under the headline names the quoted name again while the report above never
does, so the line is the next report's headline (newheadlines._named_after_a_wider_gap). Before: the line was a
subheading and the second report was merged into the first. Invented lines; negatives: the same line after one blank
line, or naming what the report above already named, stays a subheading."""

from __future__ import annotations

from tests.support.pages import page_articles

HEAD = "第3版　　基层·治理　　2026年4月8日"

FIRST = [
    "小区党支部织密城市治理网",
    "本报记者 林一帆 通讯员 周晓",
    "　　近年来，柳塘市东岭区在全市率先推",
    "行小区党支部建设，把组织建到了居民的",
    "家门口。",
    "办好居民身边事",
    "　　去年5月，柳塘街道启动老旧小区改",
    "造。小区党支部牵头，发动党员带头拆除",
    "违建，仅用两个月就拆除违建40余处。",
]
SECOND = [
    "“青禾议事”议出治理新办法",
    "　　大榕树下，居民代表、商户代表和社",
    "区干部围坐一桌，你一言我一语，这是“青",
    "禾议事”协商会的现场。",
    "　　“青禾议事”是某某市统筹村（社区）",
    "议事协商的品牌，推动群众有序参与基层",
    "治理。",
]


def _titles(gap: int, first: list[str] = FIRST) -> list[str]:
    return [a.title for a in page_articles("\n".join([HEAD, *first, *[""] * gap, *SECOND]))]


def test_a_quoted_name_the_next_lead_repeats_after_a_wider_gap_heads_a_report() -> None:
    articles = page_articles("\n".join([HEAD, *FIRST, "", "", *SECOND]))
    assert [a.title for a in articles] == ["小区党支部织密城市治理网", "“青禾议事”议出治理新办法"]
    assert articles[1].blocks[0].text.startswith("大榕树下")


def test_after_one_blank_line_it_stays_a_subheading() -> None:
    assert _titles(1) == ["小区党支部织密城市治理网"]


def test_a_name_the_report_above_named_stays_a_subheading() -> None:
    first = [*FIRST[:-1], "违建，还把“青禾议事”开进了小区。"]
    assert _titles(2, first) == ["小区党支部织密城市治理网"]
