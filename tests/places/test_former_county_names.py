"""A county-level city is found under the name of the county it was (县改市): 子长市 was 子长县 until 2019, and
reports and archives still write it (a real report of 2017, R5: region left empty, "no place named")."""

from __future__ import annotations

from builder.extract.regions import resolve_region
from builder.places.gazetteer import build


def test_a_county_level_city_is_found_under_its_former_county_name():
    body = "国庆长假期间，子长县余家坪镇某某村淡水鱼养殖场里热闹非凡。该村以土地入股，集体经营。"
    result = resolve_region("村民入股建起鱼场", body)
    assert (result.region.city, result.region.county, result.region.code) == ("延安市", "子长市", "610681")


def test_a_former_name_never_shadows_a_county_of_that_name():
    gaz = build()
    shadowed = 0
    for place in gaz.places.values():
        if (
            place.level != "county"
            or not place.name.endswith("市")
            or len(place.name) < 3
            or not place.division
        ):
            continue
        former = place.name[:-1] + "县"
        keys = {form.key for form in gaz.forms.get(former, ())}
        if gaz.by_name.get(former):
            shadowed += 1
            assert place.key not in keys, former  # written so, it is the county of that name
        else:
            assert place.key in keys, former
    assert shadowed < 50
