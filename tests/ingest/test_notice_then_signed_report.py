"""A 通报 under a body's headline wrapped over two lines, then a report signed under its last sentence (heldout37
p08's kind, issue 14; invented lines).

The headline names the body that issues the notice on its first line (`某某市整治群众身边不正之风工作领导小组办公室`) and
what it issues on the second (`通报4起典型案例`): one headline, never a kicker over a headline. The next report's
headline stands apart after the notice's last sentence, straight over a lead that opens with no date or 本报讯
(`走进…村，…`), and the report closes with its own credit alone on its line (`（记者 … 通讯员 …）`): the notice above
opened with its own 本报讯, so that credit is no closing of the notice, and the report is an article of its own.
"""

from __future__ import annotations

from builder.ingest.headlinewraps import reads_on
from tests.support.pages import page_articles

_NOTICE = (
    "2026年6月3日　星期三　　第3版　　纪检监察\n\n"
    "某某市整治群众身边不正之风工作领导小组办公室\n"
    "通报4起典型案例\n\n"
    "　　本报讯　近日，某某市整治群众身边不正之风\n工作领导小组办公室对4起典型案例进行通报。\n"
    "　　一、某某县某镇某站站长挪用补贴资金，已\n被立案审查。\n"
    "　　二、某某区某街道某社区干部优亲厚友，已\n被免职。\n"
    "　　通报要求，各级要以案为鉴，严守纪律。\n\n"
)
_REPORT = (
    "青禾村“红色理事会”理出好村风\n"
    "　　走进某某县青禾镇青禾村，道路干净整洁，\n墙上画满了村规民约。\n"
    "　　青禾村成立“红色理事会”，由党员、乡贤\n组成，今年共调解纠纷26起。\n"
    "　　村党支部书记说，理事会理顺了人心。\n"
    "{credit}"
)


def test_a_bodys_name_over_what_it_issues_is_one_headline() -> None:
    assert reads_on("某某市整治群众身边不正之风工作领导小组办公室", "通报4起典型案例")
    assert reads_on("某某县委组织部", "印发村干部履职清单")
    # a kicker phrase over a headline of its own stays two
    assert not reads_on("以案为鉴严守纪律", "通报4起典型案例")


def test_a_report_signed_under_its_last_sentence_after_a_notice_is_an_article_of_its_own() -> None:
    articles = page_articles(_NOTICE + _REPORT.format(credit="（记者 林远 通讯员 苏晴）\n"))
    assert [(a.title, a.subtitle, a.byline) for a in articles] == [
        ("某某市整治群众身边不正之风工作领导小组办公室通报4起典型案例", None, "本报讯"),
        ("青禾村“红色理事会”理出好村风", None, "记者 林远 通讯员 苏晴"),
    ]
    assert articles[0].text.endswith("严守纪律。")


def test_an_unsigned_block_under_a_line_keeps_its_reading() -> None:
    # no credit closing the block under the line, the lead opening with no report's opening: not cut there
    articles = page_articles(_NOTICE + _REPORT.format(credit=""))
    assert len(articles) == 1
