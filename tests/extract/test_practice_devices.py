"""A quoted name of a device or an app, the device word after it (heldout18 p01 kind: 配备一台“牧业通”终端)."""

from builder.extract.practices import extract_practices


def test_a_device_or_app_named_in_quotes_is_a_practice():
    body = "镇里为每个宣讲小分队配备一台“牧业通”终端，牧民在转场途中也能查询政策。"
    assert extract_practices("某镇", body) == ["牧业通"]
    assert extract_practices("某镇", "居民下载“好大夫”APP即可预约。") == ["好大夫"]


def test_a_word_describing_a_device_is_no_name():
    # two characters (智能, 自助) or a manner (一站式, 全天候) describe the device, they name none
    assert extract_practices("某镇", "社区为老人配备“智能”终端。窗口设置“自助”终端。") == []
    assert extract_practices("某镇", "窗口设置“一站式”终端，还有“全天候”自助终端。") == []
