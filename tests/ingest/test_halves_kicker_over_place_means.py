"""A kicker of two halves (`“多条腿”走路 “打捆式”发展`) printed over a headline that names its place in full and the
means it worked by (`某某州党建引领集体经济“蝶变”`), over a byline: the lower line is the headline, the upper its
kicker (subtitle), not a headline over its deck (decks.deck_under; real R31b). Negative: the same lower line
under a headline of one predicate (`把“精细刻度”转化为“幸福温度”`) stays its deck (real R11 r11_05)."""

from __future__ import annotations

from builder.ingest.decks import deck_under
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_PAGE = (
    "某某日报　　　　2026年4月2日　星期四　　　　第3版\n\n"
    "{upper}\n"
    "{lower}\n"
    "□ 通讯员 林一川 方晓\n"
    "　　今年春天，青禾县桐柏镇的茶园里游客\n"
    "不断，村里的合作社抱团经营，集体经济\n"
    "收入比上年增加了一倍多。\n"
)


def _heads(upper: str, lower: str) -> list[tuple[str, str | None]]:
    with data_dir_fixed():
        page = _PAGE.format(upper=upper, lower=lower)
        return [(a.title, a.subtitle) for a in segment(assemble(classify_page(page)))]


def test_a_place_and_means_line_under_two_halves_is_the_headline() -> None:
    with data_dir_fixed():
        assert not deck_under("“两条线”并进 “一盘棋”统筹", "青禾州党建引领茶产业“出圈”")
    assert _heads("“两条线”并进 “一盘棋”统筹", "青禾州党建引领茶产业“出圈”") == [
        ("青禾州党建引领茶产业“出圈”", "“两条线”并进 “一盘棋”统筹")
    ]


def test_the_same_line_under_one_predicate_stays_its_deck() -> None:
    with data_dir_fixed():
        assert deck_under("把“小茶叶”做成“大产业”", "青禾州党建引领茶产业提质增效")
