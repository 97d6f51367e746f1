"""A page printed in traditional characters (builder/ingest/traditionalpages.py, heldout27 p03 kind, invented lines):
segmented as the rules read it in simplified characters (its page head furniture, the Hong Kong dateline a byline,
a caption's `記者… 攝` credit a credit), every field written back as printed."""

from __future__ import annotations

from builder.ingest.traditionalpages import TraditionalReading
from tests.support.pages import page_drafts

_PAGE = [
    "香港文匯報　　2026年3月5日（星期四）　　內地新聞　　A16",
    "灣區·民生",
    "",
    "前海「共享議事廳」聚起社區合力",
    "",
    "　　香港文匯報訊（記者 張家明 深圳報道）",
    "深圳市南山區招商街道是外來人口聚集的街道，",
    "常住人口超過十萬人。街道黨工委聯合轄區企業，",
    "建起「共享議事廳」，每月召開居民議事會。",
    "　　目前，街道已建成「共享議事廳」16個，",
    "今年解決停車難等問題42個。",
    "",
    "■居民在「共享議事廳」內商量小區停車問題。香港文匯報記者張家明 攝",
    "",
    "　　街道黨工委負責人表示，將繼續擴大議事廳覆蓋面。",
    "",
    "",
    "鼓樓區「網格夜巡」守護老街平安",
    "",
    "■香港文匯報記者　林小雨　福州報道",
    "　　福州市鼓樓區是老城區，區內老街巷多。區委組建",
    "「網格夜巡」隊伍，由黨員擔任隊長。今年以來，夜巡",
    "隊伍發現並處置安全隱患320餘處。",
]


def test_a_traditional_page_is_segmented_as_read_and_written_as_printed(tmp_path) -> None:
    first, second = page_drafts(_PAGE, tmp_path)
    assert first.title == "前海「共享議事廳」聚起社區合力"
    assert first.byline == "香港文匯報訊（記者 張家明 深圳報道）"
    assert first.body.startswith("深圳市南山區招商街道")
    assert [c["credit"] for c in first.captions] == ["香港文匯報記者張家明 攝"]
    assert "攝" not in first.body
    assert second.title == "鼓樓區「網格夜巡」守護老街平安"
    assert second.byline == "香港文匯報記者 林小雨 福州報道"
    assert second.body.startswith("福州市鼓樓區是老城區")


def test_a_character_printed_in_both_forms_goes_back_to_the_form_printed_there() -> None:
    """A traditional headline on a simplified page: `縣` in the headline, `县` in the body."""
    page = "沙縣區“議事長廊”進村\n\n　　三明市沙县区建立“议事长廊”，全县推广。"
    reading = TraditionalReading.of(page)
    assert reading is not None and reading.simplified.startswith("沙县区“议事长廊”进村")
    assert reading.restore("沙县区“议事长廊”进村") == "沙縣區“議事長廊”進村"
    assert (
        reading.restore("三明市沙县区建立“议事长廊”，全县推广。") == "三明市沙县区建立“议事长廊”，全县推广。"
    )


def test_a_simplified_page_is_read_as_it_is() -> None:
    assert TraditionalReading.of("沙县区“议事长廊”进村") is None
