"""A headline over its deck, the deck saying what the work came to in a period with its figure (`去年…超过4000万元`,
`上半年…1.1万件`), printed together at the top of a page under its page head: the upper line is the headline
and the lower its subtitle (decks.deck_under), not two headlines stacked over the page's bodies nor a kicker over
a headline. Real R31 (a provincial daily's county report: `安化　党建引领壮大村级集体经济` / `去年村级集体经济经营性收入
超过4000万元`), here with invented lines of the same shape: the deck's words are printed again in the body
(`去年村级集体经济收入…`), so `去年村` reads like a village's name the body names too."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.decks import deck_under
from tests.support.pages import page_drafts

_PAGE = [
    "湘中日报　2026年3月2日　星期一　第4版　要闻",
    "",
    "宁乡　党建引领壮大村级集体经济",
    "去年村级集体经济经营性收入突破5000万元",
    "",
    "　　本报讯（记者 罗文 通讯员 周平）宁乡市",
    "花明楼镇青山村近日召开合作社分红大会，",
    "312名社员领到了分红。该村党支部牵头",
    "成立种养专业合作社，去年村级集体经济",
    "收入达36.5万元。",
    "　　宁乡市坚持党建引领，把发展村级集体",
    "经济作为基层党组织建设的重要抓手。目前，",
    "全市已成立村级集体经济合作社286家。",
]


def test_a_result_of_a_period_with_its_figure_is_a_deck() -> None:
    assert deck_under("宁乡　党建引领壮大村级集体经济", "去年村级集体经济经营性收入突破5000万元")
    assert deck_under("南湖推行“楼栋服务站”", "上半年办结群众诉求1.1万件")
    assert deck_under("南湖推行“楼栋服务站”", "今年服务老人3.2万人次")


def test_a_period_without_a_figure_says_nothing() -> None:
    assert not deck_under("南湖推行“红黄绿”分级调解", "去年化解了许多矛盾纠纷")


def test_headline_and_its_deck_at_the_top_of_a_page(tmp_path: Path) -> None:
    (draft,) = page_drafts(_PAGE, tmp_path)
    assert draft.title == "宁乡 党建引领壮大村级集体经济"  # the full-width space printed as one space
    assert draft.subtitle == "去年村级集体经济经营性收入突破5000万元"
