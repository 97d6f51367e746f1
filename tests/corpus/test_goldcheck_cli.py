"""goldcheck's command line checks the set it is given, answers 1 when a quoted string is not printed, and
leaves the module's own set (PAGES, GOLD, which the ratchets read) as it was. Invented lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus import goldcheck

_PAGE = "社区议事厅建起来了\n　　居民有事就来这里商量。\n　　今年已议定事项20件。\n"


def _gold(first: str) -> str:
    return (
        "p01.txt#1:\n"
        "  title: 社区议事厅建起来了\n"
        f"  first_sentence: {first}\n"
        "  last_sentence: 今年已议定事项20件。\n"
    )


def _set(tmp_path: Path, first: str) -> tuple[Path, Path]:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p01.txt").write_text(_PAGE, encoding="utf-8")
    gold = tmp_path / "gold.yaml"
    gold.write_text(_gold(first), encoding="utf-8")
    return pages, gold


def test_the_set_given_is_checked_and_the_modules_set_stays(tmp_path: Path) -> None:
    before = (goldcheck.PAGES, goldcheck.GOLD)
    pages, gold = _set(tmp_path, "居民有事就来这里商量。")
    assert goldcheck.main(["--pages", str(pages), "--gold", str(gold)]) == 0
    gold.write_text(_gold("居民有事就去街道商量。"), encoding="utf-8")
    assert goldcheck.main(["--pages", str(pages), "--gold", str(gold)]) == 1
    assert before == (goldcheck.PAGES, goldcheck.GOLD)


def test_a_missing_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        goldcheck.main(["--pages", str(tmp_path / "none"), "--gold", str(tmp_path / "none.yaml")])


@pytest.mark.parametrize(
    ("quote", "value"),
    [("建成三个党群驿站", 3), ("选派十二名党员", 12), ("两千余人参与", 2000), ("“微实事”项目三十八个", 38)],
)
def test_a_count_in_chinese_numerals_is_read_as_the_extractor_reads_it(quote: str, value: int) -> None:
    """A gold can list a count printed in Chinese numerals: goldcheck reads its value (session 32)."""
    assert float(value) in goldcheck.quote_values(quote)
    assert 10_000.0 not in goldcheck.quote_values("发放补贴220余万元")  # (the digits read 220余万)
