"""A report whose glued dateline the wrap of a narrow column cut inside its bracket (`本报讯（记者 某 通讯` / `员 某）
入冬以来，…`) is one column, not two read across (heldout35 p01's kind, lines invented): the two printed lines are
read as one unit, wider than any line of the column, and the line under it, a headline-shaped line ending no
sentence (`区的环卫工人、快递小哥在街头有了`), stood far enough short of that glued width to pass as a second
column's head cutting the first; a line further down reading on from the same cut word split the report into two
articles, the second titled by a line of its lead. The head must stand short of the column's own width
(interleave_starts._column_width): the widest of the lines under it when the line above is wider than all of them.
"""

from __future__ import annotations

from tests.support.pages import unweaved_page_articles

PAGE = """2026年1月8日　星期四　　　　　　　　第2版

某某区“暖心驿站”让环卫工人歇脚有处

　　本报讯（记者 陈一鸣 通讯
员 林晓）入冬以来，芜湖市镜湖
区的环卫工人、快递小哥在街头有了
更多“歇脚点”。
　　今年以来，镜湖区委组织部、
区委社会工作部牵头，依托党群服务中
心、银行网点和连锁门店，建成
“暖心驿站”58个，配备热水、
微波炉、药箱等设施，每天早上
6点至晚上9点开放。
　　区里组织驿站所在单位的党员
组成志愿服务队，轮流值守，为
来往的劳动者提供热水、充电等
服务。全年累计服务劳动者3万
余人次。
　　“以前干完活只能坐在马路牙
子上，现在有了热水喝，冬天
也不冷了。”环卫工人老周说。
"""


def test_a_dateline_cut_inside_its_bracket_keeps_the_report_in_one_column() -> None:
    articles = unweaved_page_articles(PAGE)
    assert [a.title for a in articles] == ["某某区“暖心驿站”让环卫工人歇脚有处"]
    body = "".join(block.text for block in articles[0].blocks)
    assert "芜湖市镜湖区的环卫工人" in body
    assert "镜湖区委组织部、区委社会工作部牵头" in body
