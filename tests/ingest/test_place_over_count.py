"""A place by its full name over a headline line opening with a count of its people (heldout18 p07 kind:
`景宁畲族自治县` / `3000余名“畲乡红管家”上门服务`): one headline the column wrapped, not a kicker."""

from builder.ingest.headlinewraps import reads_on


def test_a_full_place_over_a_count_of_its_people_reads_on():
    assert reads_on("景宁畲族自治县", "3000余名“畲乡红管家”上门服务")
    assert reads_on("永嘉县", "1200名乡贤调解员化解矛盾纠纷")
    assert reads_on("长兴县", "12个村抱团发展飞地经济")


def test_a_place_over_a_headline_of_its_own_or_a_year_stays_a_kicker():
    assert not reads_on("金润社区", "一碗“暖心饭”温暖独居老人")
    assert not reads_on("景宁畲族自治县", "2025年“畲乡红管家”上门服务")
    assert not reads_on("景宁畲族自治县", "——3000余名党员结对服务群众")
