"""A byline's mark and the reporter's name glued to the lead after a space (builder/ingest/leadbylines.py), a
finished article above (real R20 r20_02, an OCR'd scan: `■张晶晶　“谢谢你们，…`; lines invented): the name is the
next article's byline, the rest of the line its lead."""

from __future__ import annotations

from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_ABOVE = "某某县城关镇议事会\n\n　　3月8日，某某县城关镇召开议事\n会，居民代表12人参加。\n\n"


def _kinds(line: str) -> list[tuple[str, str]]:
    with data_dir_fixed():
        units = classify_page(_ABOVE + line + "\n镇议事会的调解员说。\n")
    end = next(i for i, u in enumerate(units) if u.text.endswith("参加。"))
    return [(u.kind, u.text) for u in units[end + 1 : end + 3]]


def test_marked_name_glued_to_the_lead_is_the_byline() -> None:
    assert _kinds("■王晓丽　“谢谢你们，解决了我们") == [
        ("byline", "■王晓丽"),
        ("text", "“谢谢你们，解决了我们"),
    ]
    assert _kinds("■ 李明 赵芳　3月9日，某某村的") == [
        ("byline", "■ 李明 赵芳"),
        ("text", "3月9日，某某村的"),
    ]


def test_a_marked_label_or_headline_is_no_byline() -> None:
    for line in ("■简讯　近日，某某县开展议事活动", "■昌邑区社区食堂开进老旧小区"):
        assert _kinds(line)[0][0] != "byline"
