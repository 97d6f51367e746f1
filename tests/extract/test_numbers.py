"""Numbers in running Chinese text, each rule with the damaged form it appears in on the seed pages."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.extract.chinesenumerals import chinese_to_number
from builder.extract.numbers import (
    COUNT_UNITS,
    find_quantities,
    parse_number,
    parse_quantity,
)


@pytest.mark.parametrize(
    ("token", "value", "unit", "approx"),
    [
        ("1323 个", 1323, "个", False),  # 004: 共划分1323 个网格 (stray space)
        ("5730名", 5730, "名", False),  # 002
        ("122\n个", 122, "个", False),  # 001: old line break between number and classifier
        ("114\n\n名", 114, "名", False),  # 003: a paragraph break the PDF put inside 114名
        ("1.4万块", 14000, "块", False),  # 003: 清理撤牌1.4万块
        ("10.32万条", 103200, "条", False),  # 003
        ("774万件", 7740000, "件", False),
        ("5.1万件", 51000, "件", False),
        ("1.4亿元", 140000000, "元", False),  # 003: 年营业额1.4亿元
        ("220余万元", 2200000, "元", True),  # 002 after line joining
        ("220余\n万元", 2200000, "元", True),  # 002 as printed
        ("4000余\n\n万元", 40000000, "元", True),  # 000 as printed
        ("1.7万余亩", 17000, "亩", True),  # 003: 余 after the multiplier
        ("8万多件", 80000, "件", True),  # 001
        ("30余万人", 300000, "人", True),  # 002
        ("61万余人", 610000, "人", True),  # 003
        ("830\n余件次", 830, "件次", True),  # 004
        ("1200余人次", 1200, "人次", True),  # 002
        ("近 7 成", 70, "%", True),  # 001: 精减近 7 成
        ("近7成", 70, "%", True),
        ("75.94％", 75.94, "%", False),  # 001: full-width percent sign
        ("96.4%", 96.4, "%", False),
        ("超50%", 50, "%", True),
        ("超过50%", 50, "%", True),
        ("约3000吨", 3000, "吨", True),  # 001
        ("40 多块", 40, "块", True),  # 000
        ("300—500户", 300, "户", False),  # 002: a range: value = lower bound, see test_ranges
        ("1—2个", 1, "个", False),  # 004
        ("3个以上", 3, "个", True),
        ("二三十件", 20, "件", True),  # 003: vague Chinese numeral, lower bound
        ("二三百件", 200, "件", True),
        ("两千人", 2000, "人", False),
        ("三十五名", 35, "名", False),
        ("十几个", 10, "个", True),
        ("上百人", 100, "人", True),
        ("近千名", 1000, "名", True),  # a bare 千/百/万 after 近/逾 or before 余/多
        ("千余名", 1000, "名", True),
        ("万余人", 10000, "人", True),
        ("两三个", 2, "个", True),
        ("１２个", 12, "个", False),  # full-width digits
        ("1,200人", 1200, "人", False),
    ],
)
def test_parse_quantity(token, value, unit, approx):
    q = parse_quantity(token)
    assert q is not None
    assert (q.value, q.unit, q.approx) == (value, unit, approx)
    assert type(q.value) is type(value)


@pytest.mark.parametrize(
    ("token", "unit"),
    [
        ("104 周年", "周年"),  # 000: 成立 104 周年 (an anniversary)
        ("2024\n年", "年"),  # 001: a year split by a line break
        ("72岁", "岁"),  # 000: an age
        ("3个月", "个月"),  # a duration, not 3 个
        ("5分钟", "分钟"),
        ("15号", "号"),
    ],
)
def test_time_words_are_units_but_not_counts(token, unit):
    q = parse_quantity(token)
    assert q is not None and q.unit == unit
    assert not q.is_count


@pytest.mark.parametrize(
    ("token", "lower", "upper"),
    [("300—500户", 300, 500), ("200—300 户", 200, 300), ("1—2个", 1, 2), ("3至5万元", 30000, 50000)],
)
def test_ranges(token, lower, upper):
    q = parse_quantity(token)
    assert q is not None and (q.value, q.upper, q.approx) == (lower, upper, False)
    assert parse_quantity("12个").upper is None


def test_decimal_times_multiplier_is_exact():
    assert parse_number("10.32万") == (103200, False)
    assert parse_number("36.18万") == (361800, False)
    assert parse_number("220余万") == (2200000, True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("两千", (2000, False)),
        ("两万三", (23000, False)),
        ("三百五", (350, False)),
        ("三百零五", (305, False)),
        ("十五", (15, False)),
        ("一亿二千万", (120_000_000, False)),
        ("二三十", (20, True)),
        ("三四千", (3000, True)),
        ("几十", (10, True)),
        ("数百", (100, True)),
        ("二十几", (20, True)),
        ("二零二四", (2024, False)),
        ("万", (10000, False)),
        ("两三", (2, True)),
        ("", None),
    ],
)
def test_chinese_numerals(text, expected):
    assert chinese_to_number(text) == expected


def test_find_quantities_in_a_damaged_sentence():
    text = "已建立街道“大工委”9个、社区“大党委”75个、网格党支部 226个、党小组671个；完成率达96.4%"
    found = [(q.value, q.unit) for q in find_quantities(text)]
    assert found == [(9, "个"), (75, "个"), (226, "个"), (671, "个"), (96.4, "%")]


def test_spans_point_at_the_number():
    text = "服务覆盖30余万人。"
    (q,) = find_quantities(text)
    assert text[q.num_start : q.num_end] == "30"
    assert text[q.start : q.end] == "30余万人"


def test_a_date_is_found_with_its_time_words():
    units = [q.unit for q in find_quantities("6 月 27\n日，成都市委副书记")]
    assert units == ["月", "日"]


def test_words_that_only_start_like_units_are_not_units():
    # 项目 is not 项, 成员 is not 成 (percent), 支部 is not 支
    assert parse_quantity("3项目") is None
    assert find_quantities("4名成员")[0].unit == "名"
    assert find_quantities("12支部")[0].unit == ""


def test_digit_runs_too_long_for_a_count_are_not_numbers():
    assert find_quantities("1" * 50 + "个") == []
    assert [q.value for q in find_quantities("共有12个.")] == [12]


def test_no_unit_gives_empty_unit():
    (q,) = find_quantities("“5.8 博爱周”")
    assert q.value == 5.8 and q.unit == ""
    assert "%" in COUNT_UNITS


@given(st.text())
def test_find_quantities_never_raises(text):
    for q in find_quantities(text):
        assert 0 <= q.start <= q.num_start < q.num_end <= q.end <= len(text)


def test_months_and_hours_with_duo_are_time_units():
    # tests/corpus/pages/c01.txt / c05.txt: 持续3个多月
    [q] = find_quantities("持续3个多月")
    assert q.unit == "个多月" and not q.is_count
    [q] = find_quantities("用了1个半小时")
    assert not q.is_count


def test_a_range_printed_with_the_unit_on_both_bounds_is_one_range():
    [q] = find_quantities("投入资金500万元~1000万元")
    assert (q.value, q.upper, q.unit) == (5_000_000, 10_000_000, "元")
    assert [(q.value, q.upper) for q in find_quantities("调解成功率从65%至92%")] == [(65, None), (92, None)]


def test_a_counted_noun_is_its_counting_word():
    [q] = find_quantities("覆盖1800余住户")
    assert (q.value, q.unit, q.approx) == (1800, "户", True)


def test_a_bare_number_listed_before_one_with_a_unit_shares_it():
    # tests/corpus/pages/c15.txt: 分别较去年提高4.2和6.3个百分点
    assert [(q.value, q.unit) for q in find_quantities("分别较去年提高4.2和6.3个百分点")] == [
        (4.2, "个百分点"),
        (6.3, "个百分点"),
    ]
    assert find_quantities("36.18和42.45万元")[0].unit == ""  # 万 printed once: not guessed


def test_breaking_through_a_figure_is_an_approximation():
    # the kind of a real article (checked by hand, not stored): 村均集体经济收入突破30万元 (more than: approx)
    from builder.extract.metrics import extract_metrics

    (found,) = extract_metrics("村集体经济收入已突破50万元。")
    assert (found.value, found.unit, found.approx) == (500000, "元", True)
    (exact,) = extract_metrics("村集体经济收入达到50万元。")
    assert exact.approx is False
