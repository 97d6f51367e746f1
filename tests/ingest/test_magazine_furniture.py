"""A magazine page's furniture (heldout23 p06): its running head naming the issue of the year (`党建研究 2026年第9期`)
and its folios between middle dots at the column feet (`· 36 ·`)."""

import pytest

from builder.ingest.furniture import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "基层治理 · 案例　　　　　　　　某某研究 2026年第9期",
        "某某研究 2026年第9期　　　　基层治理 · 案例",
        "· 36 ·",
        "・37・",
    ],
)
def test_running_head_and_folio_are_furniture(line):
    assert is_furniture_line(line)


@pytest.mark.parametrize("line", ["今年第9期", "全市2026年第9期培训班开班", "·36个社区·", "第一期共培训36人"])
def test_sentences_and_labels_stay(line):
    assert not is_furniture_line(line)
