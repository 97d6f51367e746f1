"""A place's make-up listed count after count (`下辖5个村街1800余户`, `8个村民小组620户2300人`): the households and
people are those of the groups the count before counted. Their label names both (`村街户数`), not the groups alone:
the figures table had shown `村街 约1800户` (real R30 page, a community's make-up in a dual-reporting report).
Land measured before the body that holds it (`29.8万亩土地的共同致富联合体`) is the land's measure, not the union's
(the same R30 check had shown `共同致富联合体 29.8万亩`). Invented sentences."""

from builder.extract.metrics import extract_metrics


def _labels(text: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(text)]


def test_households_after_the_groups_they_live_in() -> None:
    assert _labels("某某社区下辖5个村街1800余户，县直单位26个。") == [
        ("村街", 5, "个"),
        ("村街户数", 1800, "户"),
        ("县直单位", 26, "个"),
    ]


def test_households_and_people_after_the_groups() -> None:
    assert _labels("该村辖8个村民小组620户2300人，耕地4000亩。")[:3] == [
        ("村民小组", 8, "个"),
        ("村民小组户数", 620, "户"),
        ("村民小组人数", 2300, "人"),
    ]


def test_a_count_with_its_own_noun_keeps_it() -> None:
    assert _labels("社区共有12个小区3500户居民。") == [("小区", 12, "个"), ("居民", 3500, "户")]
    assert _labels("该村共有党员45名，其中女党员12名。") == [("党员", 45, "名"), ("女党员", 12, "名")]


def test_land_before_its_owner_is_what_the_acres_measure() -> None:
    assert _labels("周边村庄组成拥有336名党员、29.8万亩土地的共同致富联合体。") == [
        ("党员", 336, "名"),
        ("土地", 298000, "亩"),
    ]
    assert _labels("合作社流转了1200亩耕地的经营权。")[0][0] == "耕地"


def test_an_area_right_before_its_place_still_measures_the_place() -> None:
    assert _labels("新建300平方米的党建活动基地。") == [("党建活动基地", 300, "平方米")]
