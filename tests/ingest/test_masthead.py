"""A page's own masthead as its metadata (issue 14: every initiative dated, its source line naming the paper
and page). Mastheads of the kinds the held-out pages print; a sidecar's values win."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.masthead import masthead_meta
from builder.ingest.read import clean_text
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

BODY = "某某区“红色驿站”暖了骑手心\n本报记者 某某某\n  某某市某某区在辖区建起“红色驿站”12个，服务骑手3000余人次。\n"


@pytest.mark.parametrize(
    ("head", "meta"),
    [
        (
            "荆楚社区周刊　2026年6月3日　第3版\n\n",
            {"publication": "荆楚社区周刊", "date": "2026-06-03", "page": 3},
        ),
        (
            "基层之声\n2026年6月25日　星期四　第8版\n\n",
            {"publication": "基层之声", "date": "2026-06-25", "page": 8},
        ),
        ("钢都晚报·社区版\nA06\n2026年6月15日\n\n", {"publication": "钢都晚报", "date": "2026-06-15"}),
        (
            "陇原党建　第7版　人物\n2026.06.10\n\n",
            {"publication": "陇原党建", "date": "2026-06-10", "page": 7},
        ),
        ("2026年4月7日  八桂党建  第2版\n\n", {"publication": "八桂党建", "date": "2026-04-07", "page": 2}),
        # a reprint's source line over an untitled report (real R30 page): the paper in book-title marks, the
        # page right after the date
        (
            "《某某日报》（2023年1月5日11版）\n\n",
            {"publication": "某某日报", "date": "2023-01-05", "page": 11},
        ),
        # the weekday bracketed right after the date, a Traditional paper's name (heldout27 p03's head)
        (
            "香港文匯報　　2026年12月10日（星期四）　　內地新聞　　A18\n\n",
            {"publication": "香港文匯報", "date": "2026-12-10"},
        ),
        # OCR's 〇 for a zero of the year (heldout28 p07's head)
        (
            "中国基层观察　　2〇26年12月9日　星期三　　第6版　　各地传真\n\n",
            {"publication": "中国基层观察", "date": "2026-12-09", "page": 6},
        ),
        # no date in the band: nothing taken (a column label alone is no masthead)
        ("第 3 版\n党 建 · 基 层 治 理\n\n", {}),
        # a date that is no calendar date gives nothing
        ("某某报　2026年2月30日　第3版\n\n", {}),
    ],
)
def test_the_masthead_gives_publication_date_and_page(head, meta):
    assert masthead_meta(classify_page(clean_text(head + BODY))) == meta  # (as read_page cleans a page)


def test_a_sidecar_wins_key_by_key(tmp_path: Path):
    page = tmp_path / "p01.txt"
    page.write_text("荆楚社区周刊　2026年6月3日　第3版\n\n" + BODY, encoding="utf-8")
    assert process_page(page).drafts[0].page_meta == {
        "publication": "荆楚社区周刊",
        "date": "2026-06-03",
        "page": 3,
    }
    (tmp_path / "p01.yaml").write_text(
        "publication: 荆楚日报\nurl: https://example.org/p3\n", encoding="utf-8"
    )
    meta = process_page(page).drafts[0].page_meta
    assert meta == {
        "publication": "荆楚日报",
        "date": "2026-06-03",
        "page": 3,
        "url": "https://example.org/p3",
    }
