from builder.ingest.slug import make_slug, romanize_place


def test_places_are_romanized_with_an_english_level_word():
    assert romanize_place("回民区") == "huimin-district"
    assert romanize_place("黔东南苗族侗族自治州") == "qiandongnan-prefecture"
    assert romanize_place("互助土族自治县") == "huzhu-county"
    assert romanize_place("长阳土家族自治县") == "changyang-county"
    assert romanize_place("赛马场北路社区") == "saimachangbeilu-community"
    assert romanize_place("新蒲新区") == "xinpu-new-area"
    assert romanize_place("内蒙古自治区") == "neimenggu-region"


def test_slugs_are_ascii_and_unique():
    taken = {"huimin-district-grid-governance"}
    assert make_slug("回民区", "grid-governance", taken) == "huimin-district-grid-governance-2"
    assert make_slug(None, None, set()) == "initiative"
    slug = make_slug("赛罕区", "new-employment-groups", set())
    assert slug == "saihan-district-new-employment-groups" and slug.isascii()
