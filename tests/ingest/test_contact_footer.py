"""The paper's hotline or mailbox printed at the page's foot (heldout12 p04 `热线：0412-5551234`, p05
`投稿邮箱：jczl@example.org`) is page furniture: it was read as the last paragraph's end, or as a heading of the
last article. A sentence naming a hotline is text. Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.furniture import is_furniture_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("热线：0415-5550000", True),
        ("新闻热线：（024）88880000", True),
        ("投稿邮箱：jiceng@example.org", True),
        ("拨打服务热线：12345，反映问题。", False),  # a sentence
        ("服务热线12345让群众办事更方便", False),  # a headline
    ],
)
def test_a_hotline_or_mailbox_alone_is_furniture(line, furniture):
    assert is_furniture_line(line) is furniture


def test_the_hotline_at_the_foot_leaves_the_last_paragraph_whole():
    page = (
        "某某晚报\n\n红色物业让小区焕新\n本报记者 郭明\n"
        "　　今年以来，某区“三方联席会”共解决\n停车难问题120余件。\n\n热线：0415-5550000\n"
    )
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(page)))
    assert article.paragraphs == ["今年以来，某区“三方联席会”共解决停车难问题120余件。"]
