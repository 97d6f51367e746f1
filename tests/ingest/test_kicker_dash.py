"""A kicker (引题) that leads into its headline with a dash (invented lines, the layout of a real feature page):
`小区小事有人管——` over `东湖街道“楼道议事会”议出新气象`. Before, the subtitle kept the dash
(`小区小事有人管——`)."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_BODY = "　　东湖街道在辖区28个老旧小区推行“楼道议事会”，居民\n有事在楼道里商量，今年以来议定事项140余件。\n"


def _headline(kicker: str) -> tuple[str, str | None]:
    page = (
        f"2026年5月6日　星期三　第4版\n\n{kicker}\n东湖街道“楼道议事会”议出新气象\n本报记者 李明\n\n{_BODY}"
    )
    article = segment(assemble(classify_page(page)))[0]
    return article.title, article.subtitle


def test_a_kickers_leading_dash_is_not_part_of_the_subtitle():
    for kicker in ("小区小事有人管——", "小区小事有人管－－", "小区小事有人管--"):
        assert _headline(kicker) == ("东湖街道“楼道议事会”议出新气象", "小区小事有人管"), kicker


def test_a_kicker_without_a_dash_is_kept_whole():
    assert _headline("小区小事有人管") == ("东湖街道“楼道议事会”议出新气象", "小区小事有人管")
