"""Real R25 r25_03's kinds, lines invented: a page head whose column label is seven characters long (`…　星期一
基层治理新观察　　第3版`, read as the first report's headline) and an editors' note signed off on a line of its
own (`——编者`, read as a subtitle opening an article of the note). Negatives: a lead opening on a date, a subtitle
line opening with dashes."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line, is_page_line


def test_a_page_head_with_a_long_column_label_is_a_page_line() -> None:
    assert is_page_line("2026年4月14日　星期二　　乡村振兴新气象　　第3版")
    assert is_page_line("2026年4月14日　星期二　　基层治理新观察　　第3版")
    assert not is_page_line("2026年4月14日，青禾县召开基层治理新观察推进会")


def test_an_editors_sign_off_is_furniture() -> None:
    assert is_furniture_line("——编者")
    assert is_furniture_line("——本报编辑部")
    assert not is_furniture_line("——青禾县推行“院落议事”纪实")
    assert not is_furniture_line("——访青禾县编委会主任")
