"""A city named by its short name only (issue 14, real articles): in a headline or a dateline the short name
decides; a news site named after a place (中国江苏网, 南海网) is no place of the article. Invented sentences of
the kind the real articles show, and the negatives."""

from __future__ import annotations

from builder.extract.regions import dateline, resolve_region


def where(title: str, body: str, byline: str = "") -> tuple[str | None, str | None, str | None]:
    r = resolve_region(title, body, "", byline).region
    return (r.province, r.city, r.county)


def test_a_city_short_name_opening_the_headline_decides_over_a_site_name() -> None:
    body = "中国江苏网3月2日讯 明月社区组建了一支由老党员组成的调解队伍，化解邻里矛盾。"
    assert where("常州明月社区：老党员化解邻里小矛盾", body) == ("江苏省", "常州市", None)


def test_a_site_named_after_a_province_is_no_place() -> None:
    body = "中国江苏网3月2日讯 明月社区组建了一支由老党员组成的调解队伍，化解邻里矛盾。"
    assert where("明月社区：老党员化解邻里小矛盾", body) == (None, None, None)
    assert where("", "南海网消息 明月社区组建了调解队伍。") == (None, None, None)


def test_the_place_of_a_dateline_in_the_byline_decides() -> None:
    body = "近日，青石街道柳林村的两户村民又和好如初了，这离不开村里的老党员调解队。"
    byline = "本报潍坊5月6日讯（记者王小明通讯员李小红）"
    assert dateline(byline) == "本报潍坊5月6日讯"
    assert where("", body, byline) == ("山东省", "潍坊市", None)
    assert where("", body, "（记者王小明通讯员李小红）") == (None, None, None)


def test_a_dateline_glued_to_the_body_names_its_place() -> None:
    body = "中国江苏网11月3日常州讯明月社区以6名调解员为基础，组建了调解队伍。"
    assert where("明月社区：调解队伍化解小矛盾", body) == ("江苏省", "常州市", None)


def test_a_city_stem_standing_alone_with_the_citys_own_unit_word() -> None:
    """荆州 is also the stem of 荆州区 (a district of 荆州市 named after it): the short name means the city."""
    body = "2月3日至4日，荆州迎来大范围雨雪天气。全市30余家驿站开放暖气，为外卖骑手提供热水。"
    assert where("雪天里的暖心驿站", body) == ("湖北省", "荆州市", None)


def test_a_city_stem_inside_words_or_without_its_own_unit_word_is_not_enough() -> None:
    assert where("雪天里的暖心驿站", "2月3日，荆州迎来大范围雨雪天气。驿站开放暖气。") == (None, None, None)
    assert where("驿站开放暖气", "荆州新闻网消息 全市30余家驿站开放暖气。") == (None, None, None)


def test_a_team_a_city_sends_to_another_place_is_no_place_of_the_article() -> None:
    body = (
        "10月8日，信宜市钱排镇双合村的村民早早来到积分超市。"
        "“货架上新了！”佛山市驻钱排镇帮镇扶村工作队队员说。"
    )
    r = resolve_region("钱排镇积分超市上新", body).region
    assert (r.city, r.county) == ("茂名市", "信宜市")


def test_a_unit_an_article_about_a_city_without_a_county_is_about() -> None:
    body = "中国江苏网3月2日讯 明月社区组建调解队伍。明月社区的调解员每周上门走访。明月社区今年化解矛盾40起。"
    place = resolve_region("常州明月社区：老党员化解邻里小矛盾", body)
    assert (place.region.city, place.locality) == ("常州市", "明月社区")
    body = "常州市推行“网格+调解”模式。全市各社区组建调解队伍，明月社区是其中之一。常州市今年化解矛盾4000起。"
    assert resolve_region("常州：网格里化解小矛盾", body).locality is None


def test_ingest_reads_the_place_of_the_bylines_dateline(tmp_path) -> None:
    """End to end: the dateline goes to source.byline, and the extractors still read its place."""
    import yaml

    from builder.ingest.pipeline import ingest

    seeds = tmp_path / "pages"
    seeds.mkdir()
    (seeds / "p01.txt").write_text(
        "青石街道：老党员调解队化解邻里纠纷\n"
        "本报潍坊5月6日讯（记者王小明 通讯员李小红）近日，青石街道柳林村的村民又和好如初了。今年以来，"
        "柳林村组建老党员调解队，队员们走村入户，把矛盾化解在萌芽状态。\n"
        "柳林村党支部书记说，调解队已化解邻里纠纷30多起。青石街道将在全街道推广这一做法。\n",
        encoding="utf-8",
    )
    report = ingest(seeds, tmp_path / "content")
    assert report.errors == []
    (written,) = sorted((tmp_path / "content").glob("*.md"))
    front = yaml.safe_load(written.read_text(encoding="utf-8").split("---\n")[1])
    assert front["source"]["byline"].startswith("本报潍坊5月6日讯")
    assert front["region"]["city"] == "潍坊市"
