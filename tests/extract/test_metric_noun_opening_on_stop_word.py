"""Real R38 kinds (invented sentences): a count lost to its noun's first word.
- A word that ends the noun after a counting word when it follows it (`300名党员集中学习`) opened the noun itself
  (`13个集中安置点`): the label came out empty and the count was dropped. Opening the noun, it is the modifier of a
  head noun closing it soon after; with no head noun there (`300名集中学习`) it still ends the noun.
- Visits, calls and letters counted by 起 (`37起来访事项`): 起来 was read as the verb's complement, no count."""

from __future__ import annotations

import pytest

from builder.extract.metrics import extract_metrics
from builder.util.paths import data_dir_fixed


def _facts(text: str) -> list[tuple[str, float, str]]:
    with data_dir_fixed():
        return [(m.label, m.value, m.unit) for m in extract_metrics(text)]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("目前，全县现有12个集中安置点与周边15家企业结对帮扶。", ("集中安置点", 12, "个")),
        ("全镇18个集中供养点全部建立党小组。", ("集中供养点", 18, "个")),
        ("值班日志显示，今年已接访了46起来访事项。", ("来访事项", 46, "起")),
        ("中心共受理12起来电投诉。", ("来电投诉", 12, "起")),
    ],
    ids=["stop-word-modifier", "stop-word-modifier-2", "visits", "calls"],
)
def test_the_count_keeps_its_noun(text, fact):
    assert fact in _facts(text)


def test_a_stop_word_with_no_head_noun_after_still_ends_the_noun():
    assert all(label != "集中学习" for label, _, _ in _facts("某某镇组织党员300名集中学习。"))


def test_risen_and_together_are_no_counts():
    assert all(unit != "起" for _, _, unit in _facts("大家一起来到社区，3个小组站起来发言。"))
