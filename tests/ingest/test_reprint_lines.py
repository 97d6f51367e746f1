"""A reprint's lines (issue 14, heldout7 m04): its `来源：…` line, a flattened table under its title, its
`编辑：… 校对：…` line, and the next report's headline glued to its lead after them.

- `来源：江北区融媒体中心` under the headline names the body that sent the report: the byline, its label dropped;
  it was taken as the title (and the real headline as the subtitle). A source naming a paper stays furniture.
- `各社区服务点运行情况（截至今年6月）` / `社区  服务点  办件量  满意率` / rows: the header's cells read as bare
  names, so the table's title became a headline over a byline. A header with rows under it is never a byline.
- `卢沟桥街道“接诉即办”跑出加速度北京市丰台区` / `卢沟桥街道把…` after `编辑：张敏  校对：李响`: the glued
  headline opens a new article past the furniture line, and the lead's first words cut short on the headline's
  line (`北京市丰台区`) go on with the next line, never a heading.
"""

from __future__ import annotations

import pytest

from builder.ingest.bylineshapes import is_byline_text, source_byline
from builder.ingest.datelines import split_baoxun
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.tables import heads_table
from builder.ingest.units import classify_page

# heldout7 m04, as printed
_M04 = """第 6 版  他山之石


“e家通”让居民办事不出小区
来源：江北区融媒体中心

江北区观音桥街道辖区人口密集，老旧小区和商业
楼宇交错，居民办事常常要跑多个窗口。去年以来，
这个重庆主城的“人口大街道”推出“e家通”便
民服务平台，把社保、医保、养老等68项高频事
项搬进小区服务点，居民在家门口就能办理。

各社区服务点运行情况（截至今年6月）
社区          服务点   办件量   满意率
北城天街社区    3       5210    98.6%
建新东路社区    2       3870    97.9%
华新街社区      4       6405    99.1%

截至今年6月，“e家通”平台累计办件1.55
万件，群众办事平均跑腿次数由3次减少到1次以
内。街道还组建由40名党员组成的“帮办代办”
队伍，为行动不便的老人上门服务。

编辑：张敏  校对：李响



卢沟桥街道“接诉即办”跑出加速度北京市丰台区
卢沟桥街道把“接诉即办”作为检验作风的“试金
石”，建立“街道吹哨、部门报到”工作机制，对
12345热线派单实行“日清周结”。今年1至
5月，街道共受理群众诉求4820件。
（丰宣）
"""


def _articles(page: str):
    return segment(assemble(classify_page(page)))


def test_a_reprint_page_reads_as_two_articles_with_their_headlines_and_bylines():
    first, second = _articles(_M04)
    assert (first.title, first.subtitle, first.byline) == (
        "“e家通”让居民办事不出小区",
        None,
        "江北区融媒体中心",
    )
    assert (second.title, second.subtitle, second.byline) == ("卢沟桥街道“接诉即办”跑出加速度", None, "丰宣")


def test_the_table_stays_in_the_first_article_and_the_second_body_opens_with_its_lead():
    first, second = _articles(_M04)
    body = "\n".join(block.text for block in first.blocks)
    assert "各社区服务点运行情况（截至今年6月）" in body and "编辑" not in body
    assert second.blocks[0].kind == "text" and second.blocks[0].text.startswith("北京市丰台区卢沟桥街道把")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("来源：江北区融媒体中心", "江北区融媒体中心"),
        ("稿件来源：某某区委宣传部 张三", "某某区委宣传部 张三"),
        ("来源：网络", None),  # names no body
        ("图片来源：某某区融媒体中心", None),  # a photo's credit
        ("来源于某某区融媒体中心", None),  # no label
    ],
)
def test_a_source_line_naming_a_body_is_a_byline(line: str, byline: str | None):
    assert source_byline(line) == byline
    assert is_byline_text(line) is (byline is not None)


def test_a_source_line_naming_a_paper_stays_furniture():
    page = _M04.replace("来源：江北区融媒体中心", "来源：某某日报")
    assert _articles(page)[0].title == "“e家通”让居民办事不出小区"
    assert _articles(page)[0].byline is None


def test_a_header_line_heads_a_table_only_with_rows_under_it():
    header = "社区          服务点   办件量   满意率"
    rows = ["北城天街社区    3       5210    98.6%", "建新东路社区    2       3870    97.9%"]
    assert heads_table([header, *rows])
    assert not heads_table([header, rows[0]])  # one row: not enough
    assert not heads_table(["王晓丹  李墨", "某某街道在辖区推行“红色管家”，"])  # reporters over a lead


def test_a_dateline_with_its_writers_unbracketed_up_to_where_they_report_from_is_one_byline():
    # a real article's kind (R8, never stored): `…网讯 名、名、记者名某省报道` on its own line
    assert split_baoxun("中国经济导报、某某网讯 张三、李四、记者王五浙江报道") == (
        "中国经济导报、某某网讯 张三、李四、记者 王五浙江报道",
        "",
    )
    # a lead after the dateline that mentions a report goes on as text
    assert split_baoxun("某某网讯 近日，某某县报道了…") == ("某某网讯", "近日，某某县报道了…")


def test_such_a_dateline_on_a_line_of_its_own_is_the_byline_not_the_leads_first_line():
    page = (
        "丽水莲都：“绿谷先锋驿站”让户外工作者有了“临时小家”\n中国经济导报、某某网讯 张三、李四、记者王五浙江报道\n"
        "  在浙江丽水市这5个地方，可免费充电、免费喝水。\n"
    )
    article = segment(assemble(classify_page(page)))[0]
    assert article.byline == "中国经济导报、某某网讯 张三、李四、记者王五浙江报道"
    assert article.paragraphs[0].startswith("在浙江丽水市")


def test_a_news_outlet_and_its_reporters_name_under_the_headline_is_the_byline():
    # R7 r7_01's kind (real, never stored; invented lines): `大众新闻 某某某` under the headline
    assert is_byline_text("大众新闻 孟令洋") and is_byline_text("某某日报 张三 李四")
    assert not is_byline_text("大众新闻报道称") and not is_byline_text("新闻 发布会")
    page = "薛城：“红色物业”让幸福在家门口升级\n大众新闻 孟令洋\n  近年来，枣庄市薛城区坚持以党建为引领，建成红色物业小区120个。\n"
    article = segment(assemble(classify_page(page)))[0]
    assert (article.title, article.byline) == ("薛城：“红色物业”让幸福在家门口升级", "大众新闻 孟令洋")


def test_a_kicker_wrapped_over_two_lines_over_its_headline_is_one_kicker():
    # R7 r7_01's kind (real, never stored; invented lines): the kicker's first line, with a comma, read as text
    page = (
        "某某社区报\n2026年4月9日 星期四 第5版\n\n周村区启动“红色物业”工程，构建共建共\n治共享社会治理新格局\n"
        "“红色先锋”助推基层治理\n□融媒体记者 路意\n  年初，某某区出台红色物业方案，建成红色物业小区86个。\n"
    )
    article = segment(assemble(classify_page(page)))[0]
    assert article.title == "“红色先锋”助推基层治理"
    assert article.subtitle == "周村区启动“红色物业”工程，构建共建共治共享社会治理新格局"
