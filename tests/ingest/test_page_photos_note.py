"""The page's note on whose its photos are, at its foot (`（本版图片除署名外均由本报记者摄）`), maybe with the
page's editors after a gap, is page furniture: under an untitled report on top (headlines at a page's foot are
read as detached heads) it became that report's title. A photo's own credit, a sentence about photos, is no
such note. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line
from builder.ingest.workers import process_page


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("（本版图片除署名外均由本报记者摄）", True),
        ("（本版图片除署名外均由本报记者摄）　　责任编辑：王　明", True),
        ("（本版照片由受访单位提供）", True),
        ("（本版图片均为资料图）", False),  # no one who took or gave them: left as it was
        ("（图片由受访者提供）", False),  # one photo's credit, with its article
        ("本版图片除署名外均由本报记者摄，感谢读者", False),  # a sentence
        ("（本版图片除署名外均由本报记者摄）　　他说", False),  # text after it, no editor
    ],
)
def test_the_pages_photos_note_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


def test_the_note_at_the_foot_is_no_title_of_the_untitled_report_on_top(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(
        "青禾周报　　要闻　　第1版\n\n"
        "青禾晚报讯（记者 周明）5月8日上午，青禾县城关镇桐柏社区\n"
        "的“板凳会”又开张了，十几位居民围坐在一起。\n"
        "这次议的是小区停车难，大家你一言我一语，\n"
        "最后商定在空地上新划车位四十个。\n\n"
        "（本版图片除署名外均由本报记者摄）　　责任编辑：王　明\n",
        encoding="utf-8",
    )
    (draft,) = process_page(page).drafts
    assert "本版图片" not in draft.title
    assert "本版图片" not in draft.body
