"""heldout31 p04's kind (issue 14): a 专题 page's series report prints the series' part over its headline
(`“某某的新变化”系列报道之二`, unbracketed), its headline, and under it a deck of two lines without dashes, each
saying what was done with its figure; and under its last sentence when the next part is printed (`（本系列报道之三
将于…刊发）`). The label had been read as a headline and the three head lines as headlines printed together (the
title the deck's last line, an article more). The label and the trailer are furniture; the deck is the subtitle,
the headline the title. Lines invented in the kind."""

from __future__ import annotations

from builder.ingest.furniture import is_furniture_line
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_PAGE = (
    "专题·社区里的新气象\n2026年4月14日　星期二　　第5版　　责任编辑：孙原\n\n"
    "“社区里的新气象”系列报道之三\n\n"
    "绵阳：一张清单“理”顺社区事务\n全市860个社区减下挂牌4300余块\n“一窗通办”帮群众办成事项12万件\n\n"
    "本报记者 何平 通讯员 杜宇\n"
    "　　走进绵阳市涪城区城厢街道的\n党群服务中心，墙上只剩一块牌子。\n"
    "　　绵阳市委社会工作部相关负\n责人表示，将持续推进减负。\n"
    "（本系列报道之四将于4月21日刊发）\n"
)


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_a_series_report_keeps_its_headline_and_its_two_line_deck():
    articles = _articles(_PAGE)
    assert len(articles) == 1
    assert articles[0].title == "绵阳：一张清单“理”顺社区事务"
    assert articles[0].subtitle == "全市860个社区减下挂牌4300余块“一窗通办”帮群众办成事项12万件"
    assert articles[0].byline == "本报记者 何平 通讯员 杜宇"
    assert all("系列报道" not in p for p in articles[0].paragraphs)


def test_the_series_label_and_trailer_are_furniture_a_sentence_naming_the_series_is_not():
    assert is_furniture_line("“社区里的新气象”系列报道之三")
    assert is_furniture_line("乡村振兴系列访谈之二")
    assert is_furniture_line("（本系列报道之四将于4月21日刊发）")
    assert not is_furniture_line("本系列报道之四将于4月21日刊发，敬请关注。")


def test_a_bracketed_series_label_over_a_headline_is_no_subtitle():
    """real R34 p2's kind: a county media centre's series part in 【】 over its headline, the series' name quoted and
    long (`【“某某产业带动村级集体经济发展的某某样板”系列报道之一】`): page furniture as the unbracketed label is, not
    the headline's subtitle (it had been read as a kicker)."""
    label = "【“特色产业带动村级集体经济发展的青禾样板”系列报道之二】"
    assert is_furniture_line(label)
    assert is_furniture_line("【“社区里的新气象”系列报道之三】")
    page = (
        f"{label}\n青禾：壮大集体经济 唱响振兴“丰收歌”\n青禾融媒讯（记者 何平）发展壮大村集体经济，\n"
        "是乡村振兴的必由之路。近年来，青禾区以\n公司化运营为突破口，探索村企共建。\n"
    )
    (article,) = _articles(page)
    assert article.title == "青禾：壮大集体经济 唱响振兴“丰收歌”"
    assert article.subtitle is None
    # negative: a bracketed line naming no series part is no series tag
    assert not is_furniture_line("【“特色产业带动村级集体经济发展的青禾样板”】")
