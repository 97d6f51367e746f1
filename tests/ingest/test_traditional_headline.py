"""A headline printed in traditional characters on a simplified page, over two lines (heldout22 p02, invented):
`沙縣區“小吃夜校”培訓進村` / `黨員帶頭傳手藝` / `本报记者 林晓燕`. The wrap rules' words are simplified (党员, 区), so the
first line was read as a kicker (the subtitle) and the second as the headline; the same lines in simplified
characters are one headline. Traditional characters are read as simplified, one for one, the text kept as printed.
Negatives: a kicker over a headline naming its own place stays a kicker in either script."""

from __future__ import annotations

from builder.ingest.headlinewraps import reads_on
from builder.ingest.traditionalchars import simplified


def test_a_traditional_headline_reads_on_as_a_simplified_one():
    assert reads_on("沙县区“小吃夜校”培训进村", "党员带头传手艺")
    assert reads_on("沙縣區“小吃夜校”培訓進村", "黨員帶頭傳手藝")


def test_simplified_is_one_for_one():
    assert simplified("黨員帶頭傳手藝") == "党员带头传手艺"
    assert len(simplified("沙縣區“小吃夜校”培訓進村")) == len("沙縣區“小吃夜校”培訓進村")
    assert simplified("三明市沙县区把培训办到了村里。") == "三明市沙县区把培训办到了村里。"


def test_a_kicker_naming_no_deed_stays_a_kicker():
    assert reads_on("建陽區：潭城街道", "紅色議事廳") == reads_on("建阳区：潭城街道", "红色议事厅")


def test_numbers_read_traditional_counting_words_with_the_same_table():
    from builder.extract.numbers import parse_quantity
    from builder.ingest.traditionalchars import has_traditional

    assert [(q.value, q.unit) for q in map(parse_quantity, ("3萬餘人", "5棟", "300隻"))] == [
        (30000, "人"),
        (5, "栋"),
        (300, "只"),
    ]
    assert not has_traditional("三明市沙县区把培训办到了村里。")
