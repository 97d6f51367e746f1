from builder.ingest.slug import make_slug


def test_slugs_are_ascii_and_unique():
    taken = {"huimin-district-grid-governance"}
    assert make_slug("回民区", "grid-governance", taken) == "huimin-district-grid-governance-2"
    assert make_slug(None, None, set()) == "initiative"
    slug = make_slug("赛罕区", "new-employment-groups", set())
    assert slug == "saihan-district-new-employment-groups" and slug.isascii()


def test_an_initiatives_slug_names_its_acting_unit_whole():
    """A unit whose name holds another unit's word (长风新村街道: a subdistrict named after a workers' 新村, heldout28
    p08) is one unit, not 长风新村 (a village) + 街道; a unit and the one under it stay two."""
    from builder.extract.fields import Extracted
    from builder.ingest.ingestplan import _place_for_slug
    from builder.model import Region

    def place(locality: str, level: str) -> str:
        extracted = Extracted(region=Region("上海市", None, "普陀区"), locality=locality, level=level)
        return _place_for_slug(extracted, "")

    assert place("长风新村街道", "township") == "长风新村街道"
    assert place("长风新村街道长风一村", "community") == "长风一村"
    assert place("新村镇新村村", "community") == "新村村"
    assert place("北大街街道南尖社区", "community") == "南尖社区"
