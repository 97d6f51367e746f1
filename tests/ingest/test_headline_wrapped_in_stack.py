"""A headline wrapped over two lines where the wrap's second half was taken alone or cut (issue 14, heldout36
p03#2 and p07#2's kinds, lines invented).

- Headlines stacked at a page's top under a kicker, the last of them wrapped: its first line who acts
  (`某某镇“红色合伙人”`), its second what they do (`让村集体…`). The second line's `让村` was read as a place (a
  one-character stem before `村`), so the second line seemed to name a subject of its own and the title kept
  only the first line (`headlineplaces.place_words`; `bylinedheads` joins the pair under the headline above).
- A 从 phrase cut between its two ends (`让老人从“看客”` / `变成“主角”`) over a `——` subtitle, on a page with no
  blank line: the first half was written as a headline of its own (a spurious article taking the body above),
  the title only the second half (`headlinewraps.from_cut_before_to`).
"""

from __future__ import annotations

import pytest

from builder.ingest.headlineplaces import place_words
from builder.ingest.headlinewraps import reads_on
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


@pytest.mark.parametrize(
    "text", ["让村集体钱袋子鼓起来", "为村减负见实效", "把社区建成温馨家园", "使镇域发展更均衡"]
)
def test_a_causative_or_preposition_before_a_suffix_is_no_place(text: str) -> None:
    assert place_words(text) == []


def test_a_place_of_one_character_stem_stays_a_place() -> None:
    assert place_words("沛县推行“红色管家”") == ["沛县"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("让老人从“看客”", "变成“主角”"),
        ("石桥村从“后进村”", "到“示范村”"),
        ("让青年从“过客”", "成为“归人”"),
    ],
)
def test_a_from_phrase_cut_by_the_wrap_is_one_headline(first: str, second: str) -> None:
    assert reads_on(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("从一碗面说起", "城西街道：小食堂暖了老人心"),
        ("从“看客”到“主角”", "城西区：居民议事会见闻"),
    ],
)
def test_a_whole_from_phrase_over_a_headline_stays_a_kicker(first: str, second: str) -> None:
    assert not reads_on(first, second)


def _titles(page: str) -> list[tuple[str, str | None]]:
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    return [(a.title, a.subtitle) for a in articles]


def test_the_last_of_stacked_headlines_wrapped_is_one_title() -> None:
    page = (
        "江南日报  2026年5月6日  第4版  乡村振兴\n\n"
        "深化改革激发乡村活力\n"
        "平江推行“村务清单”减轻基层负担\n"
        "石湾镇“红色合伙人”\n"
        "让村集体钱袋子鼓起来\n\n"
        "　　本报平江5月5日电（记者 许明）平江县今年推行“村\n"
        "务清单”制度，全县186个村的事项清单全部公开。\n"
        "　　石湾镇组建“红色合伙人”联盟，把全镇14个村的闲\n"
        "置资产统一经营，今年村均增收8万元。\n"
    )
    titles = [title for title, _ in _titles(page)]
    assert "石湾镇“红色合伙人”让村集体钱袋子鼓起来" in titles
    assert "石湾镇“红色合伙人”" not in titles


def test_an_interview_headline_cut_in_its_from_phrase_is_one_title() -> None:
    page = (
        "江南日报  2026年5月6日  第6版  城乡治理\n"
        "西河区“一网统管”让小事不出网格\n"
        "本报记者　王立\n"
        "　　西河区今年整合12个部门数据，网格员\n"
        "通过小程序上报事件3.2万件。\n"
        "　　平台还向居民开放，居民可以随时查\n"
        "看办理进度。\n"
        "让老人从“看客”\n"
        "变成“主角”\n"
        "——访某某市东湖区安康街道党工委书记李红\n"
        "本报记者　赵青\n"
        "　　安康街道老年人口占比较高。记者就\n"
        "此专访了街道党工委书记李红。\n"
        "　　记者：为什么要成立老人议事会？\n"
        "　　李红：老人的事情老人最清楚。\n"
    )
    assert _titles(page)[-1] == ("让老人从“看客”变成“主角”", "访某某市东湖区安康街道党工委书记李红")
    assert all(title != "让老人从“看客”" for title, _ in _titles(page))
