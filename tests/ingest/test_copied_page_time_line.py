"""A web page copied to text whose information line opens with a bare date and time (R16 r16_05's kind).

`2019-05-20 09:12:45 来源：江城网-江城晚报  作者：林小溪` under the headline names no `发布时间：`, so it was not read as
the page's information line: the line was dropped as a stray piece and the share buttons under it, each alone on
its line (`微博`, `QQ空间`), were read as a byline of bare names. A bare date and time before `来源：` or `作者：`
is the information line (its `作者：` the byline); a share button alone on its line is furniture. Invented lines.
"""

from __future__ import annotations

from pathlib import Path

from builder.ingest.copiedpages import is_copied_page_furniture, posted_author
from builder.ingest.workers import process_page

PAGE = """您当前的位置 : 江城网  >  地方新闻  >  江城
江城市首家社区老年食堂开业
2019-05-20 09:12:45 来源：江城网-江城晚报  作者：林小溪
微博
QQ空间

　　江城网5月20日讯 5月18日，江城市首家社区老年食堂在东湖区桂园社区开业，每天为辖区老人提供午餐和晚餐。

　　食堂由社区党委牵头，引入专业餐饮企业运营，70岁以上老人就餐可享受八折优惠。

　　开业当天，社区志愿者还为老人们送上了健康讲座和理发服务。
"""


def test_the_time_line_gives_the_byline_and_the_buttons_are_furniture(tmp_path: Path):
    path = tmp_path / "p.txt"
    path.write_text(PAGE, encoding="utf-8")
    (draft,) = process_page(path).drafts
    assert (draft.title, draft.byline) == ("江城市首家社区老年食堂开业", "林小溪")
    assert "微博" not in draft.body and "QQ空间" not in draft.body


def test_a_bare_date_and_time_is_an_information_line_only_before_its_source_or_author():
    assert posted_author("2019-05-20 09:12:45 来源：江城网-江城晚报  作者：林小溪") == (True, "林小溪")
    assert posted_author("2019-05-20 09:12 作者：林小溪")[0]
    assert not posted_author("2019-05-20 09:12 社区食堂正式开业，老人排队就餐。")[0]


def test_a_share_button_is_furniture_only_alone_on_its_line():
    assert is_copied_page_furniture("微博") and is_copied_page_furniture("QQ空间")
    assert not is_copied_page_furniture("微博上的留言很快得到了回复。")
    assert not is_copied_page_furniture("微博发布")
