from builder.text.romanize import pinyin, place_pinyin, romanize_place, slugify


def test_places_are_romanized_with_an_english_level_word():
    assert romanize_place("回民区") == "huimin-district"
    assert romanize_place("黔东南苗族侗族自治州") == "qiandongnan-prefecture"
    assert romanize_place("互助土族自治县") == "huzhu-county"
    assert romanize_place("长阳土家族自治县") == "changyang-county"
    assert romanize_place("赛马场北路社区") == "saimachangbeilu-community"
    assert romanize_place("新蒲新区") == "xinpu-new-area"
    assert romanize_place("内蒙古自治区") == "neimenggu-region"


def test_place_readings_override_pypinyin_and_the_plain_reading_keeps_latin():
    assert romanize_place("厦门市") == "xiamen-city"
    assert place_pinyin("乐亭") == "laoting"
    assert pinyin("回民区") == "huiminqu"
    assert pinyin("abc金川") == "abcjinchuan"


def test_a_place_words_reading_holds_anywhere_in_the_name():
    """pypinyin reads 勒 as lei and 长子 as changzi; in a place's name they are le and zhangzi (heldout28's
    锡林郭勒盟 got the slug xilinguolei-league)."""
    assert romanize_place("锡林郭勒盟") == "xilinguole-league"
    assert romanize_place("阿勒泰地区") == "aletai-prefecture"
    assert romanize_place("勒流街道") == "leliu-subdistrict"
    assert romanize_place("长子县") == "zhangzi-county"
    assert romanize_place("吐鲁番市") == "tulufan-city"  # 番 opening a name only (番禺)
    assert romanize_place("番禺区") == "panyu-district"


def test_shaanxi_is_told_from_shanxi():
    """陕西 and 山西 share the pinyin shanxi; the official romanization writes 陕西 Shaanxi, so a 陕西 article's slug
    never reads as a 山西 one (layouts38's 陕西 report got `shanxi-province-…`)."""
    assert romanize_place("陕西省") == "shaanxi-province"
    assert romanize_place("山西省") == "shanxi-province"
    assert place_pinyin("陕西") != place_pinyin("山西")


def test_slugify_keeps_only_ascii_letters_and_digits():
    assert slugify(" Grid--Governance 2.0 ") == "grid-governance-2-0"


def test_pinyin_slugs_are_remembered_and_can_be_taught() -> None:
    from builder.text import romanize

    assert romanize.pinyin_slug("双报到") == "shuang-bao-dao"
    assert romanize.known_slugs()["双报到"] == "shuang-bao-dao"
    romanize.learn_slugs({"测试用名称甲": "kept-from-cache", 3: "x"})  # type: ignore[dict-item]
    assert romanize.pinyin_slug("测试用名称甲") == "kept-from-cache"  # taken from the cache, not pypinyin
    assert 3 not in romanize.known_slugs()
    assert romanize.romanizer_version()
