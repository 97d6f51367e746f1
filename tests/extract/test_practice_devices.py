"""A quoted name of a device or an app, the device word after it (heldout18 p01 kind: 配备一台“牧业通”终端)."""

import pytest

from builder.extract.practices import extract_practices


def test_a_device_or_app_named_in_quotes_is_a_practice():
    body = "镇里为每个宣讲小分队配备一台“牧业通”终端，牧民在转场途中也能查询政策。"
    assert extract_practices("某镇", body) == ["牧业通"]
    assert extract_practices("某镇", "居民下载“好大夫”APP即可预约。") == ["好大夫"]
    # the device word after a word of its kind (heldout19 p02: 管护员配备“巡山通”手机终端)
    assert extract_practices("某县", "管护员配备“巡山通”手机终端，发现火情随时上报。") == ["巡山通"]


def test_a_word_describing_a_device_is_no_name():
    # two characters (智能, 自助) or a manner (一站式, 全天候) describe the device, they name none
    assert extract_practices("某镇", "社区为老人配备“智能”终端。窗口设置“自助”终端。") == []
    assert extract_practices("某镇", "窗口设置“一站式”终端，还有“全天候”自助终端。") == []
    assert extract_practices("某镇", "社区为老人配备“智能”手机终端、“便民”移动终端。") == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # R14 r14_04 (invented of the same kind): a brand's sign put up names the brand
        ("社区联合沿街商户，张贴“暖骑站”标识，为骑手提供热水和充电。", ["暖骑站"]),
        ("各网点统一悬挂“红马甲驿站”标牌。", ["红马甲驿站"]),
        # negatives: a warning or a rule on a sign; a sign with no verb of putting it up
        ("小区在楼道张贴“禁止堆放杂物”标识。", []),
        ("这枚“邻里暖心”标识设计新颖。", []),
    ],
)
def test_a_brands_sign_put_up_names_the_brand(body: str, expected: list[str]) -> None:
    assert extract_practices("某社区关爱骑手", body) == expected
