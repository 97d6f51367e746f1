"""A kicker or headline the column cut after its enumeration comma (`、`), its first half alone on a line
(builder.ingest.headlinepause): one head line. Real R23 r23_01 (`…科学分片、` / `多元协同推进基层治理` over the
headline, under the running head): the first half was read as a paragraph of one line and dropped. Invented lines."""

from __future__ import annotations

from builder.ingest import pagelines as kinds
from tests.support.pages import page_units

HEAD = "2026年1月21日　星期三　　基层治理　　第7版"


def kinds_and_texts(page: str) -> list[tuple[str, str]]:
    return [(unit.kind, unit.text) for unit in page_units(page)]


def test_a_kicker_cut_after_its_pause_mark_under_the_page_head_is_one_kicker() -> None:
    page = f"{HEAD}\n青禾县整村推进、\n多方联动破解停车难\n小巷“画”出车位 邻里“议”出和气\n\n本报记者 周晓\n\n　　近日，青禾县在老旧小区划出车位1200个。\n"
    units = kinds_and_texts(page)
    assert (kinds.KICKER, "青禾县整村推进、多方联动破解停车难") in units
    assert (kinds.HEADLINE, "小巷“画”出车位 邻里“议”出和气") in units


def test_a_headline_cut_after_its_enumeration_comma_after_a_blank_line_is_one_headline() -> None:
    page = f"{HEAD}\n\n桐柏镇议事、\n调解两不误\n\n本报记者 周晓\n\n　　近日，桐柏镇在各村设立议事角。\n"
    assert (kinds.HEADLINE, "桐柏镇议事、调解两不误") in kinds_and_texts(page)


def test_a_line_ending_on_a_pause_inside_text_or_over_a_byline_is_left_alone() -> None:
    # a paragraph's line: text above it, no blank line
    page = f"{HEAD}\n\n桐柏镇“议事角”议出和气\n\n　　近日，桐柏镇组织党员、群众、\n社区民警和物业人员共同议事\n，化解矛盾纠纷12件。\n"
    assert all("群众、社区民警" not in text for _kind, text in kinds_and_texts(page))
    # over a byline or a sentence: no head's half
    for below in ("本报记者 周晓", "化解矛盾纠纷12件。"):
        page = f"{HEAD}\n\n青禾县整村推进、\n{below}\n\n　　近日，青禾县在老旧小区划出车位。\n"
        assert all(
            not text.startswith("青禾县整村推进、" + below[:2]) for _kind, text in kinds_and_texts(page)
        )
