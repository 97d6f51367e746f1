"""Figure labels a reader saw on the R22-R23 ingests: a postposition (`…279人中`), the next number's approximation
(`社区近`), an adverb of the deed's time (`一大早就`), the partner of a deed said before the number (`与对应的7家`), a
pronoun, a time or a plan opening the label (`这个`, `如今`, `截至`, `下一步将在`). Invented sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def found(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_a_postposition_after_the_figures_leaves_the_noun_before_them() -> None:
    assert found("桃源村有搬迁户52户180人中，已就业90人。")[:2] == [
        ("搬迁户", 52, "户"),
        ("搬迁户人数", 180, "人"),  # the people of those households (test_metric_make_up_counts)
    ]
    # negative: 中心 after the number is a noun
    assert found("建成3个中心。") == [("中心", 3, "个")]


def test_the_next_numbers_approximation_or_an_adverb_ends_the_noun() -> None:
    assert found("柳岸社区安置8个小区近1.2万名居民。") == [("小区", 8, "个"), ("居民", 12000, "名")]
    assert found("20多名居民一大早就来到广场。")[0][0] != "居民一大早就"
    # negatives: 就业 is a noun; 近 before no number stays (近邻: no label ends so here)
    assert found("吸纳50名就业人员。") == [("就业人员", 50, "名")]


def test_the_partner_before_the_number_names_nothing_counted() -> None:
    assert [f[0] for f in found("桃源街道5个党支部与对应的9家共建单位签约。")] == ["党支部", "共建单位"]
    # (结对 after the number opens the deed: the 9 are named by nothing, no figure)
    assert [f[0] for f in found("桃源街道5个党支部与对应的9家结对共建单位签约。")] == ["党支部"]
    # negative: a label before its number stays (和 inside a name, no 的 before the number)
    assert found("建立党员和群众服务站6个。")[0][2] == "个"


def test_a_pronoun_time_or_plan_opening_the_label_is_no_part_of_it() -> None:
    assert found("这个广场总投资30万元。") == [("广场总投资", 300000, "元")]
    assert found("如今巾帼志愿队已有40多人。")[0][0] == "巾帼志愿队"
    assert found("下一步将在分红收益50万元的基础上扩大规模。")[0][0] == "分红收益"
    assert found("截至6月11日全县小麦应收面积80万亩。")[0][0] == "小麦应收面积"


def test_a_unit_that_cannot_count_the_labels_thing_leaves_the_figure_out() -> None:
    assert found("李小梅是桃源社区12栋楼的网格员。") == []
    assert found("租用60间外出务工人员房子改造为民宿。") == []
    assert found("居民代表40余人就停车难等问题进行协商。") == [("居民代表", 40, "人")]
    assert found("来自物业公司和业委会的代表12人就停车问题进行协商。")[0][0] != "进行协商的问题"
    # the thing before a sum or an affair the unit does count (the land, the people); the next figure goes on
    assert found("村里的收入是120亩的茶园土地租金，每年6000元。") == [
        ("茶园土地", 120, "亩"),
        ("茶园土地租金", 6000, "元"),
    ]
    assert found("全镇26个行政村收入全部过5万元。")[0] == ("行政村", 26, "个")
    assert found("志愿者共为80多名群众办实事。") == [("群众", 80, "名")]
    # whom a deed is for ends the noun before it (11所高校向居民开放…: 高校, not 高校向居民 by 所)
    assert found("已有9所高校向居民开放体育场馆。") == [("高校", 9, "所")]
    # negatives: people by 人, households of residents, buildings by 栋
    assert found("配备专职网格员36名，服务居民800户，覆盖住宅楼50栋。") == [
        ("专职网格员", 36, "名"),
        ("服务居民", 800, "户"),
        ("住宅楼", 50, "栋"),
    ]


def test_a_passive_or_a_manner_adverb_leaves_the_thing_counted() -> None:
    assert found("小区网格被优化合并为48个。") == [("小区网格", 48, "个")]
    assert found("全市280个社区村层层划分为责任片区。") == [("社区村", 280, "个")]
    # negatives: 被分成 kept as it was; a manner adverb before a deed's noun is no label of it
    assert found("巾帼志愿者被分成4组。") == [("巾帼志愿者", 4, "组")]


def test_an_adverb_of_now_once_or_all_told_before_the_verb_is_no_part_of_the_label() -> None:
    """`面积现已达7000多亩`, `每平方公里曾多达2.58万人`, `民宿总共有43栋` (real R34: labels `…面积现`, `…曾`, `民宿总`):
    the adverb says when or how in all the figure holds, as 已, 共 do; `总共` is one word, never cut at `共`."""
    assert found("全镇花生种植面积现已达7000多亩。")[0][0] == "花生种植面积"
    assert found("桃源村民宿总共有43栋。")[0][0] == "桃源村民宿"
    assert found("每平方公里人口曾多达2.58万人。")[0][0] == "每平方公里人口"
    # negatives: 发现 and 体现 end in 现 as words of their own (the label keeps them)
    assert found("网格员发现隐患12处。")[0][0] == "隐患"
