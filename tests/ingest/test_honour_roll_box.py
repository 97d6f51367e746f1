"""An honour roll's box printed inside a report (heldout38 p04's kind, issue 14): a `光荣榜` label, maybe a title
line, then rows of a name, a unit and a title apart by gaps, between two of the report's paragraphs. Before, the box
was read into the body as one heading line; now it is furniture (in no body) and the report reads on under it.
Invented lines; negatives: a label over sentences, a label word inside a paragraph."""

from __future__ import annotations

from tests.support.pages import page_articles

_PAGE = """\
青禾区200余名干部“进网格”服务群众

　　本报讯（记者 林青）今年以来，青禾区组织
机关干部下沉网格，200余名干部认领网格132
个，帮助居民办实事460余件。

{label}
{box}

　　在东湖街道，下沉干部组建“网格服务队”
9支，开展政策宣讲80余场。
"""
_ROWS = "青禾区优秀下沉干部名单\n周志远　　区民政局　　　服务标兵\n孙　丽　　区卫健局　　　服务标兵\n钱海涛　　青禾水务公司　服务能手"


def _body(label: str, box: str) -> str:
    (article,) = page_articles(_PAGE.format(label=label, box=box))
    return "\n".join(article.paragraphs)


def test_an_honour_roll_box_is_in_no_body():
    for label in ("光荣榜", "【光荣榜】", "红榜"):
        body = _body(label, _ROWS)
        assert "周志远" not in body and "服务标兵" not in body and label.strip("【】") not in body
        assert "帮助居民办实事460余件。" in body and "开展政策宣讲80余场。" in body


def test_rows_without_a_title_line_too():
    body = _body("光荣榜", _ROWS.split("\n", 1)[1])
    assert "钱海涛" not in body


def test_a_label_over_sentences_stays_text():
    body = _body("光荣榜", "街道每季度评选一次，上榜干部在社区公示。\n评选结果纳入年度考核。")
    assert "上榜干部在社区公示" in body
