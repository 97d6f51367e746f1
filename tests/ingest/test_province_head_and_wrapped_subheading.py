"""Two kinds seen on real pages (invented lines): (a) a page's second headline names a place of another province
than the first report's (`遵义：院坝里议出幸福路` under a report on 柳州), its lead naming a place inside it
(`红花岗区在…`) rather than the headline's own: read as a subheading of the first report, the second report merged
into it; (b) a subheading of a few words the column wrapped over two lines inside a report (`楼长每周走访住户，` /
`收集意见建议`), one blank line over it, read as a headline the column wrapped, opened a spurious report.
Negatives: a subheading in the report's own province stays one; a wrapped headline naming a place the report
above never named, over a lead naming it, still opens its report."""

from __future__ import annotations

from tests.support.pages import page_articles

_FIRST = """基层治理　第4版

鱼峰区“红色楼长”守好小区门
本报记者 韦某

　　今年以来，广西壮族自治区柳州市鱼
峰区荣军街道在32个老旧小区推行“红
色楼长”制度，选出党员楼长146名。

楼长走进家门

　　楼长每周走访住户，收集意见建议，
去年以来共解决停车、漏水等问题310
件。

积分管住楼长

　　街道还把楼长履职情况纳入党员积分
管理，积分结果在小区公示。
"""

_SECOND = """
遵义：院坝里议出幸福路
　　红花岗区在187个村（社区）推行
“院坝协商”，群众有事在院坝里商量着
办。
　　全区已召开院坝会1260场，协商
解决事项870件。
"""


def test_a_headline_naming_another_province_opens_its_report():
    first, second = page_articles(_FIRST + _SECOND)
    assert first.title == "鱼峰区“红色楼长”守好小区门"
    assert "院坝" not in first.text
    assert second.title == "遵义：院坝里议出幸福路"
    assert second.text.startswith("红花岗区在187个村")


def test_a_subheading_in_the_reports_own_province_stays_one():
    page = _FIRST + _SECOND.replace("遵义：院坝里议出幸福路", "柳州：院坝里议出幸福路").replace(
        "红花岗区在187个村", "鱼峰区在187个村"
    )
    (article,) = page_articles(page)
    assert "院坝里议出幸福路" in article.text


_WRAPPED_SUBHEADING = """基层治理　第4版

鱼峰区“红色楼长”守好小区门
本报记者 韦某

　　今年以来，广西壮族自治
区柳州市鱼峰区荣军街道在
32个老旧小区推行“红色楼
长”制度，选出党员楼长146
名。

楼长每周走访住户，
收集意见建议

　　楼长每周走访住户，收集
意见建议，去年以来共解决停
车、漏水等问题310件。

积分管住楼长

　　街道还把楼长履职情况纳
入党员积分管理，积分结果在
小区公示。
"""


def test_a_subheading_wrapped_over_two_lines_stays_in_its_report():
    (article,) = page_articles(_WRAPPED_SUBHEADING)
    assert article.title == "鱼峰区“红色楼长”守好小区门"
    assert "楼长每周走访住户，收集意见建议" in article.text.replace("\n", "").replace(" ", "")


def test_a_wrapped_subheading_naming_the_reports_own_place_stays_in_it():
    page = _WRAPPED_SUBHEADING.replace(
        "楼长每周走访住户，\n收集意见建议\n", "鱼峰区荣军街道楼长\n走进千家万户\n"
    )
    (article,) = page_articles(page)
    assert "走进千家万户" in article.text


def test_a_wrapped_headline_naming_a_new_place_still_opens_its_report():
    page = _WRAPPED_SUBHEADING.replace(
        "楼长每周走访住户，\n收集意见建议\n", "红花岗区院坝里\n议出幸福路\n"
    ).replace("　　楼长每周走访住户，收集\n", "　　红花岗区每周走访住户，收集\n")
    first, second = page_articles(page)
    assert first.title == "鱼峰区“红色楼长”守好小区门"
    assert second.title.replace(" ", "") == "红花岗区院坝里议出幸福路"
