"""Full-width digits and letters written in one form (builder.text.widths), on lines of the corpus pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.workers import process_page
from builder.text.widths import ascii_letters_digits, printed_text


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("义警４２００余名，累计开展巡逻１．８万余次", "义警4200余名，累计开展巡逻1.8万余次"),  # heldout3/e08
        ("“两委”主干基本报酬每年增长不低于５％，", "“两委”主干基本报酬每年增长不低于5%，"),  # heldout14/p04
        ("６０岁以上老人占常住人口的２８％。", "60岁以上老人占常住人口的28%。"),  # heldout9/q04
        ("北疆基层  Ａ６  2026年8月19日", "北疆基层  A6  2026年8月19日"),  # heldout13/p08
    ],
)
def test_numbers_and_letters_are_ascii(printed: str, written: str) -> None:
    assert printed_text(printed) == written


@pytest.mark.parametrize(
    ("printed", "written"),
    [
        ("一是建强组织；二是（ＡＢ）", "一是建强组织；二是（AB）"),  # full-width brackets and semicolons stay
        ("１，２００户", "1，200户"),  # a full-width comma between digits reads as a list's comma: kept
        ("第一．走访", "第一．走访"),  # a full-width full stop after a Chinese numeral is no decimal point
        ("“党建＋”模式", "“党建＋”模式"),  # ＋ is punctuation here, as printed
        ("百分之九十％以上", "百分之九十％以上"),  # a per cent sign after no digit
    ],
)
def test_chinese_punctuation_stays(printed: str, written: str) -> None:
    assert printed_text(printed) == written


def test_letters_digits_only() -> None:
    assert ascii_letters_digits("Ａ６版３．５％") == "A6版3．5％"


def test_ingest_writes_one_form(tmp_path: Path) -> None:
    page = tmp_path / "p.txt"
    page.write_text(
        "社区工作者有了“成长阶梯”\n\n本报讯 全市３２００余名社区工作者纳入岗位等级序列管理，"
        "群众满意度达到９８．５％。\n",
        encoding="utf-8",
    )
    (draft,) = process_page(page).drafts
    assert "3200余名" in draft.body and "98.5%" in draft.body
    assert "３" not in draft.body
