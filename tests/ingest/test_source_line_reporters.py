"""A page with no blank line (real R21 r21_02's kinds, builder.ingest.datelines.BAOXUN_HEAD and
copiedpages.signoff_author): a site's bare dateline followed by a colon glued to the lead (`某某家园网讯：为…`)
opens a report under the headline standing over it, and a reposted report's closing line naming its source, its
reporters and the site's editor (`来源：某某报 记者 王某 李某某 编辑 张某`) is the report's closing credit (the
reporters), not the next report's headline. Invented lines; negatives: a colon and a space after `网讯`, a
source line in a sentence, a source line naming only an editor."""

from __future__ import annotations

from builder.ingest.copiedpages import signoff_author
from builder.ingest.datelines import split_baoxun
from tests.support.pages import page_articles

_PAGE = [
    "第3版　　社区　　2024年5月8日　星期三",
    "本报讯（记者 陈小峰）“楼道亮了，心里也亮堂了。”昨天，家住",
    "某区东湖街道清溪社区的王阿姨说。社区党委牵头议事，半个月就",
    "给12栋老楼装上了感应灯。",
    "东湖街道清溪社区党委慰问疫情防控一线",
    "网格员和物业服务人员",
    "清溪家园网讯：为充分发挥基层党组织作用，5月7日上午，街道党",
    "工委一行来到清溪社区，慰问一线网格员和物业服务人员。",
    "社区党委书记表示，将继续推动网格员和物业人员共建共治。",
    "来源：东湖晨报 记者 周明远 何晓 编辑 吴凡",
    "本报讯 （记者 林海）5月6日，某区召开基层治理工作推进会，",
    "部署下一阶段网格化服务管理工作。",
]


def test_site_dateline_with_a_colon_opens_a_report_and_source_line_signs_it() -> None:
    articles = page_articles("\n".join(_PAGE))
    assert len(articles) == 3
    middle = articles[1]
    assert middle.title == "东湖街道清溪社区党委慰问疫情防控一线网格员和物业服务人员"
    assert middle.paragraphs[0].startswith("为充分发挥")
    assert middle.byline == "记者 周明远 何晓"
    assert articles[2].paragraphs[0].startswith("5月6日")


def test_dateline_and_source_line_shapes() -> None:
    assert split_baoxun("清溪家园网讯：为充分发挥") == ("清溪家园网讯", "为充分发挥")
    assert split_baoxun("清溪家园网讯： 为充分发挥")[0] is None  # a colon and a space: no dateline's
    assert signoff_author("来源：东湖晨报 记者 周明远 何晓 编辑 吴凡") == "记者 周明远 何晓"
    assert signoff_author("来源：东湖晨报 记者 周明远") == "记者 周明远"
    assert signoff_author("来源：东湖晨报，记者周明远说社区的变化很大。") is None
    assert signoff_author("来源：东湖晨报 编辑 吴凡") is None
