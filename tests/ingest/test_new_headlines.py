"""A new report's headline standing after the article above had finished, with no byline of its own (issue 14).

Invented lines of the kind the real pages print: `…化解率达100%。` / (blank) / `桐庐：“邻里帮”让独居老人有人管` /
`　　近日，桐庐县…`. The line is not a subheading of the article above: its place is named again by the lead, and
the article above never named it. The seeds' real subheadings (`健全“微网格” 构建共建共治新体系`, `一网统管，让诉求
“一键直达”`) stay subheadings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest import paragraphs
from builder.ingest.newheadlines import headline_places, new_article_score
from builder.ingest.pagelines import HEADING
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

ROOT = Path(__file__).resolve().parents[2]

_ABOVE = (
    "第 3 版\n\n"
    "江山市“红色代办”跑出服务加速度\n"
    "　　本报讯（记者 方晓 通讯员 周洁）\n"
    "江山市推行“红色代办”服务，由党\n"
    "员代办员上门帮办群众急难事项，今\n"
    "年以来累计代办事项3200余件。\n"
    "　　在虎山街道，代办员每周走访独\n"
    "居老人，把医保、社保等业务送上门，\n"
    "群众满意率达到98%。\n"
)


def _page(headline: str, lead: str, closing: str = "") -> str:
    return (
        _ABOVE
        + closing
        + f"\n{headline}\n"
        + f"　　{lead}\n"
        + "独居老人结对，每天上门问候一次，\n"
        + "有事及时帮办。\n"
        + "　　目前，“邻里帮”已为老人解决\n"
        + "实际困难600余件。\n"
    )


def _titles(page: str) -> list[str | None]:
    return [a.title for a in segment(assemble(classify_page(page)))]


def test_a_place_colon_headline_after_a_finished_body_starts_the_next_article():
    page = _page("桐庐：“邻里帮”让独居老人有人管", "近日，桐庐县组织200名党员与")
    assert _titles(page) == ["江山市“红色代办”跑出服务加速度", "桐庐：“邻里帮”让独居老人有人管"]
    second = segment(assemble(classify_page(page)))[1]
    assert second.paragraphs[0].startswith("近日，桐庐县组织200名党员")
    assert "桐庐" not in "".join(segment(assemble(classify_page(page)))[0].paragraphs)


def test_a_headline_naming_its_county_whose_lead_opens_with_that_county():
    page = _page("龙游县“邻里帮”结对独居老人", "龙游县组织200名党员与")
    assert _titles(page)[1] == "龙游县“邻里帮”结对独居老人"


def test_after_a_closing_credit_on_a_line_of_its_own_and_a_time_of_day_lead():
    page = _page("青田县：党员结对让老人“有人管”", "清晨，青田县200名党员与", closing="（方晓）\n")
    first, second = segment(assemble(classify_page(page)))
    assert (first.byline, first.paragraphs[-1][-6:]) == ("本报讯（记者 方晓 通讯员 周洁）", "达到98%。")
    assert (second.title, second.byline) == (
        "青田县：党员结对让老人“有人管”",
        None,
    )  # (方晓) closed the first


def test_after_a_closing_credit_a_headline_naming_no_place_or_the_same_place_starts_the_next_article():
    headline, lead = "“邻里帮”让独居老人有人管", "近日，桐庐县组织200名党员与"
    assert _titles(_page(headline, lead, closing="（方晓）\n"))[1] == headline
    assert len(_titles(_page(headline, lead))) == 1  # no credit closed the article above: a subheading
    again = _page("江山：“邻里帮”让独居老人有人管", "近日，江山市组织200名党员与", closing="（方晓）\n")
    assert (
        _titles(again)[1] == "江山：“邻里帮”让独居老人有人管"
    )  # a report on the same city, after the credit


def _with_kicker(kicker: str) -> str:
    return _page(f"{kicker}\n“邻里帮”让独居老人有人管", "近日，桐庐县组织200名党员与")


def test_a_place_alone_over_the_headline_is_its_kicker_and_names_its_place():
    # `浙江桐庐` / `“邻里帮”让独居老人有人管` / `　　近日，桐庐县…`: the headline names no place, its kicker does
    for kicker in ("浙江桐庐", "桐庐县分水镇"):
        articles = segment(assemble(classify_page(_with_kicker(kicker))))
        assert [(a.title, a.subtitle) for a in articles][1] == ("“邻里帮”让独居老人有人管", kicker)


def test_a_kicker_naming_a_place_the_lead_does_not_name_starts_nothing():
    blocks = assemble(classify_page(_with_kicker("虎山街道")))
    assert [b.text for b in blocks if b.kind == HEADING] == ["虎山街道", "“邻里帮”让独居老人有人管"]


def test_a_heading_naming_the_place_the_article_above_is_about_stays_a_subheading():
    page = _page("江山：党员结对让老人“有人管”", "近日，江山市200名党员与")
    blocks = assemble(classify_page(page))
    assert [b.text for b in blocks if b.kind == HEADING] == ["江山：党员结对让老人“有人管”"]
    assert len(segment(blocks)) == 1


def test_a_heading_naming_no_place_stays_a_subheading():
    page = _page("结对帮扶 让老人“有人管”", "近日，桐庐县组织200名党员与")
    assert len(segment(assemble(classify_page(page)))) == 1


def test_a_heading_whose_lead_does_not_name_its_place_stays_a_subheading():
    page = _page("桐庐：“邻里帮”让独居老人有人管", "社区组织200名党员党员与")
    assert len(segment(assemble(classify_page(page)))) == 1


def test_the_places_a_headline_names():
    assert headline_places("舟曲：“小驿站”暖心充电") == ["舟曲"]
    assert headline_places("青阳县：暖新驿站让“小哥”有“家”") == ["青阳", "青阳县"]
    assert headline_places("一网统管，让诉求“一键直达”") == []


@pytest.mark.parametrize("page", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name[:3])
def test_no_subheading_of_the_seeds_reads_as_a_new_headline(page: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(paragraphs, "promote_new_headlines", lambda blocks: None)
    blocks = assemble(classify_page(read_page(page).text))
    headings = [i for i, b in enumerate(blocks) if b.kind == HEADING]
    assert [new_article_score(blocks, i) for i in headings if new_article_score(blocks, i) >= 3.0] == []


def test_the_seeds_subheadings_are_scored():
    # the seeds' pages do print subheadings (so the test above looks at some)
    blocks = assemble(classify_page(read_page(ROOT / "seeds" / "004_c7ae20ac84cbe708.txt").text))
    assert "健全“微网格” 构建共建共治新体系" in [b.text for b in blocks if b.kind == HEADING]


def test_a_place_colon_headline_whose_lead_names_the_place_after_its_opening_scenes():
    """A feature's lead opens on scenes and names its city only where the first sentence ends (real R33's kind):
    the colon headline after a finished body in another province still starts the next article."""
    lead = (
        "快递员在派件途中随手拍下路面坑洼，老党员在楼道里张贴防诈提醒，"
        "志愿者在广场上为居民量血压……在曲靖的街巷里，这些身份各不相同的人，正一起"
    )
    page = _page("曲靖：“微力量”汇成治理合力", lead)
    assert _titles(page) == ["江山市“红色代办”跑出服务加速度", "曲靖：“微力量”汇成治理合力"]
