from builder.ingest.slug import make_slug


def test_slugs_are_ascii_and_unique():
    taken = {"huimin-district-grid-governance"}
    assert make_slug("回民区", "grid-governance", taken) == "huimin-district-grid-governance-2"
    assert make_slug(None, None, set()) == "initiative"
    slug = make_slug("赛罕区", "new-employment-groups", set())
    assert slug == "saihan-district-new-employment-groups" and slug.isascii()
