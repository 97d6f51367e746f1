"""Real R27 kind (invented lines): a photo's caption the layout set inside a sentence, wrapped in the column, its
first line opening with the full date and a comma (`2025年12月16日，某某省某某州某` / `某乡…讲解医保政策。` /
`张三 摄`). The first line was read as a dated furniture line and dropped: the caption lost its date and place."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.workers import process_page

_PAGE = [
    "山乡夜校：干部上门讲政策",
    "",
    "　　本报讯（记者 李青）冬日清晨，某某县石桥乡",
    "党员干部挨家挨户走访独居老人。",
    "　　“有事找他们准没错。”村民王大爷拉住",
    "乡干部的手说。三年来，石桥乡",
    "2025年12月16日，某某县石桥乡干",
    "部（右）为村民王大爷（左）讲解医保政策。",
    "李青 摄",
    "把全乡划成42个网格，干部包网格、",
    "联到户，帮群众办实事860余件。",
]


def test_a_date_opening_a_wrapped_sentence_is_no_date_line():
    assert not is_furniture_line("2025年12月16日，某某县石桥乡干")
    assert not is_furniture_line("2025年12月16日。某某")
    assert not is_furniture_line("2025年12月16日上午石桥乡召开")  # (the sentence goes on, no comma)
    assert not is_furniture_line("2025年12月16日下午在石桥乡")
    assert is_furniture_line("2025年12月16日星期二")
    assert is_furniture_line("2025年12月16日")
    assert is_furniture_line("2025年12月16日　第6版")
    assert is_furniture_line("2025年12月16日 星期二")
    assert is_furniture_line("2025年12月16日 星期二 农历十月廿七")


def test_the_caption_keeps_its_dated_first_line(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("\n".join(_PAGE) + "\n", encoding="utf-8")
    drafts = process_page(path).drafts
    assert len(drafts) == 1
    assert drafts[0].captions == [
        {
            "text": "2025年12月16日，某某县石桥乡干部（右）为村民王大爷（左）讲解医保政策。",
            "credit": "李青 摄",
        }
    ]
    assert "三年来，石桥乡把全乡划成42个网格" in drafts[0].body
