"""Articles printed in forms the rules' words are not in (heldout27 p03 and p05, invented lines in their style): a
Hong Kong paper's page in Traditional characters with corner-bracket quotes (`深圳市南山區粵海街道…「騎手之家」`), and
a page set in a Japanese font that maps the quote marks and the enumeration comma to their halfwidth forms
(`｢银发帮帮团｣`, `独居､高龄`). Every extractor reads the article as `simplified` reads it (one for one: one table,
builder/ingest/traditionalchars.py, OpenCC's); what it quotes (practices, metric quotes, the summary) is written as
printed, the places and units in their standard names."""

from __future__ import annotations

import lzma
from pathlib import Path

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.fields import ArticleText, extract_one
from builder.ingest.traditionalchars import has_traditional, print_forms, simplified
from builder.places.divisions import divisions
from builder.places.townships import TABLE_PATH


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Label]:
    return load_vocabulary(Path(tmp_path_factory.mktemp("content"))).themes  # the defaults


def test_a_traditional_article_is_placed_and_its_names_are_quoted_as_printed(vocab: dict[str, Label]) -> None:
    title = "粵海街道「騎手之家」溫暖外賣小哥"
    body = (
        "深圳市南山區粵海街道是科技企業聚集區，外賣騎手、快遞員等新就業群體日均在轄區內流動超過6000人次。"
        "街道黨工委聯合轄區企業黨組織，設立「騎手之家」驛站，為騎手提供休息、充電等服務。\n\n"
        "目前，街道已建成「騎手之家」驛站15個，今年累計服務騎手2.6萬餘人次。"
    )
    got = extract_one(ArticleText(title, (), body, ""), vocab)
    assert (got.region.province, got.region.city, got.region.county) == ("广东省", "深圳市", "南山区")
    assert (got.locality, got.level) == ("粤海街道", "township")
    assert "騎手之家" in got.practices
    assert "new-employment-groups" in got.themes
    served = [m for m in got.metrics if m.value == 26000]
    assert [(m.unit, m.approx) for m in served] == [("人次", True)]
    assert served[0].quote in body  # the quote as printed


def test_halfwidth_quote_marks_and_commas_are_read_as_the_full_width_ones(vocab: dict[str, Label]) -> None:
    title = "和平社区｢银发帮帮团｣帮出好邻里"
    body = (
        "武汉市江岸区和平社区60岁以上老人较多。社区党委把热心党员和居民组织起来，成立｢银发帮帮团｣，"
        "为独居､高龄老人提供日常帮扶。社区还建立｢服务清单｣，每月更新一次。"
    )
    got = extract_one(ArticleText(title, (), body, ""), vocab)
    assert got.practices[:2] == ["银发帮帮团", "服务清单"]


def test_the_reading_is_one_for_one_and_leaves_a_simplified_text_alone() -> None:
    printed = "北海市海城區「海上網格」守護漁區平安，3萬餘人､7個社區｡"
    assert simplified(printed) == "北海市海城区「海上网格」守护渔区平安，3万余人、7个社区。"
    assert len(simplified(printed)) == len(printed)
    for text in ("咸阳市乾县著名的乾陵脚下", "三明市沙县区把培训办到了村里。"):
        assert simplified(text) == text and not has_traditional(text)
    assert "海上网格".translate(print_forms(printed)) == "海上網格"
    assert "海上网格".translate(print_forms("海上网格")) == "海上网格"


def test_every_official_place_name_reads_as_itself() -> None:
    """A place a simplified page names is found in the reading too (於潜镇, 濛江乡: PLACE_CHARACTERS)."""
    with lzma.open(TABLE_PATH, "rt", encoding="utf-8") as lines:
        townships = lines.read()
    assert simplified(townships) == townships
    names = "".join(place.name for place in divisions())
    assert simplified(names) == names


def test_a_traditional_articles_keywords_are_the_simplified_words() -> None:
    """Keywords say what was done in the standard words, so that a Traditional article shares them with the rest."""
    from builder.extract.fields import extract_all

    printed = ArticleText(
        "沙田區「樓長議事會」凝聚鄰里",
        (),
        "沙田區各屋邨成立「樓長議事會」，黨員樓長每月召集居民議事，收集居民訴求。樓長議事會已辦結居民訴求300餘件。",
        "",
    )
    simple = ArticleText(
        "和平社区“楼长议事会”凝聚邻里",
        (),
        "和平社区各小区成立“楼长议事会”，党员楼长每月召集居民议事，收集居民诉求。楼长议事会已办结诉求120件。",
        "",
    )
    got = extract_all([printed, simple], {})
    assert got[0].keywords and all(simplified(word) == word for word in got[0].keywords)
    assert {"楼长", "议事"} & set(got[0].keywords) & set(got[1].keywords)
