"""A reprint's source line printed alone, unbracketed, naming the paper and the day it ran (`摘自《某某日报》2023年1
月5日第11版`), is furniture with every verb a reprint is named by: the one list of them (reprintsources.REPRINT_VERBS)
reads the bracketed line closing a digest's item and the unbracketed line alike. Before, the unbracketed line knew
four of the verbs (`来源：`, `原载`, `转载自`, `摘自`): `选自…`, `转自…`, `载于…`, `摘编自…`, `原文刊于…` stayed text.
Lines invented in the kind."""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line


@pytest.mark.parametrize(
    "line",
    [
        "选自《某某日报》2024年3月2日第5版",
        "转自《某某晚报》（2025年6月1日）",
        "载于《某某农民报》2023年11月20日",
        "摘编自《某某日报》2026年1月8日 第3版",
        "原文刊于《某某周刊》2022年9月9日",
    ],
)
def test_every_reprint_verb_names_a_source_line(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "摘自《某某日报》2023年1月5日11版",  # (read before too)
        "稿件来源：《某某报》 2023年1月5日",
    ],
)
def test_the_verbs_read_before_still_are(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "选自《某某日报》的这篇报道，讲了社区议事的经过。",
        "转自《某某晚报》2024年3月2日的报道显示，全村共有村民小组12个。",
    ],
)
def test_a_sentence_naming_where_it_ran_stays_text(line: str) -> None:
    assert not is_furniture_line(line)
