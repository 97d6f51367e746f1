"""R15 kind (invented lines): a headline wrapped over two lines at the top of a page printing no blank line, whose
first line ends where its people go (`某区试点在职党员进社区` / `“网上报到”`): no place kicker (which would be joined
to the next line by a colon), so the two lines stay one headline. Negatives: place names stay kickers."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.lineshapes import is_place_kicker
from builder.ingest.workers import process_page

_PAGE = """基层党建　　第3版　　2015年10月14日　星期三
某区试点在职党员进社区
“网上报到”
　　实行“双报到”，引导在
职党员在社区发挥作用，是区
委组织部落实市委关于创新社
会治理加强基层建设精神的一
项重要工作。为此，区委组织
部建立“一单一表一卡”制度，
要求组织关系不在社区的在职
党员，主动到所在居民区报到。
　　下一步，区委组织部将发
动试点地区居住的广大党员实
行“网上报到”，并积极参与
社区志愿活动。
"""


@pytest.mark.parametrize("line", ["某区试点在职党员进社区", "某县组织干部驻村", "某某县送医送药到村"])
def test_a_clause_ending_where_its_people_go_is_no_place_kicker(line):
    assert not is_place_kicker(line)


@pytest.mark.parametrize(
    "line",
    # (review) village names ending in 进 (前进, 跃进: common) after their township or county are places
    ["金润社区", "宝山区大场镇", "天水市麦积区", "上下村", "红星乡前进村", "城关镇前进社区", "安吉县跃进村"],
)
def test_place_names_are_still_kickers(line):
    assert is_place_kicker(line)


def test_the_two_lines_are_one_headline(tmp_path: Path):
    page = tmp_path / "p01.txt"
    page.write_text(_PAGE, encoding="utf-8")
    drafts = process_page(page).drafts
    assert [draft.title.replace(" ", "") for draft in drafts] == ["某区试点在职党员进社区“网上报到”"]
