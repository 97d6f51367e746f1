"""A reporter line whose role is set as a label, a colon after it (`通讯员：王芳 刘强`, `作者：王五`): a byline, as
`通讯员 王芳 刘强` is. Real R23 r23_03 (a roundup of untitled short reports, the second's `通讯员：…` line alone
under the first's last paragraph): it was read as the first report's text and the second report was lost.
Invented lines."""

from __future__ import annotations

from builder.ingest.bylineshapes import is_byline_text
from tests.support.pages import page_articles


def test_a_role_with_a_colon_before_its_names_is_a_reporter_line() -> None:
    assert is_byline_text("通讯员：王芳 刘强")
    assert is_byline_text("通讯员:王芳")
    assert is_byline_text("记者：张明")
    assert is_byline_text("通讯员：阿依古丽·买买提 王芳")


def test_a_colon_with_no_name_after_it_or_a_sentence_after_it_is_no_reporter_line() -> None:
    assert not is_byline_text("通讯员：")
    assert not is_byline_text("记者：社区怎么做？")  # an interview's question
    assert not is_byline_text("记者：近日，青禾社区在各小区")
    assert not is_byline_text("社区工作者：王芳")  # no reporter's role


ROUNDUP = """2025年2月13日　星期四　　社区　　第6版

社区传真

　　长城网讯（记者 张明 通讯员 李华）端午佳节，青禾社区邀请物业公司和居民共同开展包粽子活动，融洽邻里关系。
　　近年来，青禾社区不断探索社区治理与物业治理相融合的新方式。

通讯员：王芳 刘强
　　2月3日，桐柏社区党员干部在各小区内开展了“敲门行”网格服务入户探访活动。
　　社区党总支书记说：“我们将把工作重心下移小区。”
"""


def test_a_roundups_second_report_opens_at_its_reporter_line_with_a_colon() -> None:
    articles = [a for a in page_articles(ROUNDUP) if a.blocks]
    assert len(articles) == 2
    assert articles[1].byline == "通讯员：王芳 刘强"
    assert articles[1].blocks[0].text.startswith("2月3日，桐柏社区")
    assert not any("桐柏社区" in block.text for block in articles[0].blocks)
