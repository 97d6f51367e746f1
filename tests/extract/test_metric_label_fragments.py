"""Figure labels a reader saw as fragments on real pages (R13-R21 ingests): a label names the thing counted, never a
verb fragment, a currency word, a clause, a place or a span held, nor bracket debris. Invented sentences."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def found(body: str) -> list[tuple[str, float, str]]:
    return [(m.label, m.value, m.unit) for m in extract_metrics(body)]


def test_a_currency_word_after_the_sum_leaves_the_label_before_it() -> None:
    assert found("项目建在青石村，总投资近3亿元人民币。") == [("总投资", 300000000, "元")]
    assert found("志愿者共捐款约8000余元钱。")[0][0] == "捐款"
    # negative: a noun after the sum stays its label
    assert found("发放慰问金5000元。") == [("慰问金", 5000, "元")]


def test_a_clause_after_the_counting_word_ends_the_noun() -> None:
    assert found("6台收割机开进桃源村麦田。") == [("收割机", 6, "台")]
    assert found("建成的5处“青年驿站”正服务着上千名骑手。")[0][:1] == ("青年驿站",)
    assert found("共有80个案例入选全省优秀社区案例。") == [("案例", 80, "个")]
    assert found("将有三个寨子建在桃源村。") == [("寨子", 3, "个")]
    assert found("每年可出栏2万只鸭左右。") == [("鸭", 20000, "只")]
    # 两家因琐事发生摩擦: the cause opens a clause; no thing is named, no figure is shown
    assert found("近期两家因琐事发生摩擦。") == []
    # negatives: 因素 is a noun; 正 inside a name
    assert found("排查风险因素12个。") == [("风险因素", 12, "个")]


def test_the_thing_a_deed_was_done_to_is_the_label_not_the_verb() -> None:
    assert found("参加活动的12位志愿者被分成3组。") == [("志愿者", 12, "位"), ("志愿者", 3, "组")]
    assert found("《桃源报》一共做了三期。") == [("桃源报", 3, "期")]
    # 后被两家共同使用: a passive's agent alone names nothing counted
    assert found("后被两家共同使用。") == []
    # negative: 划分 is the deed of a standard, its noun follows
    assert found("全村划分网格8个。") == [("网格", 8, "个")]


def test_a_village_or_a_span_held_is_no_part_of_the_label() -> None:
    assert found("桃源村连续3年村集体收入超过100万元。") == [("村集体收入", 1000000, "元")]
    assert found("青石村集体经济收入45万元。") == [("村集体经济收入", 450000, "元")]
    # negative: a deed done to the economy stays (实施壮大村级集体经济项目)
    assert found("实施壮大村级集体经济项目12个。") == [("壮大村级集体经济项目", 12, "个")]


def test_adverbs_of_may_all_and_the_first_do_not_end_a_label() -> None:
    assert found("每亩的收益预计能达到3000元。") == [("收益", 3000, "元")]
    assert found("全乡12个村收入全部过10万元。")[-1] == ("村收入", 100000, "元")
    # negatives: 技能, 通过 end words
    assert found("培训掌握技能的青年30人。")[0][0].endswith("青年")
    assert found("审议通过议题5项。") == [("议题", 5, "项")]


def test_a_change_names_what_changed() -> None:
    assert found("拓展服务内容，由原来的5项扩展到12项。") == [
        ("拓展服务内容", 5, "项"),
        ("拓展服务内容", 12, "项"),
    ]
    assert found("支部党员从20名发展到现在的45名。") == [("支部党员", 20, "名"), ("支部党员", 45, "名")]


def test_bracket_debris_and_a_formula_name_are_no_label() -> None:
    body = "细化积分内容，形成必做清单（50分）、选做清单（30分）、加分清单（20分）。"
    assert [label for label, _, _ in found(body)] == ["必做清单", "选做清单", "加分清单"]
    body = "收益按照“235”（即20%用于村级运转，30%用于扩大再生产，50%分配给村民）分配。"
    assert found(body) == [
        ("用于村级运转", 20, "%"),
        ("用于扩大再生产", 30, "%"),
        ("分配给村民", 50, "%"),
    ]


def test_an_adverb_before_a_quality_keeps_the_noun_after_it() -> None:
    assert found("建成三个较为完善的便民服务站。") == [("便民服务站", 3, "个")]
    # the few ranked first (三个最为迫切的…) are a choice, no count: metric_skips, not a label at all
    assert found("确定了三个最为迫切的改造项目。") == []
    # negative: 最美 is part of the noun
    assert found("评选出最美志愿者10名。") == [("最美志愿者", 10, "名")]


def test_a_change_opening_on_its_start_takes_the_noun_of_the_clause_before() -> None:
    body = "全县收入10万元以下的村所占比例逐年下降，由48.5%下降至21.2%。"
    assert [(label, value) for label, value, _ in found(body)] == [("村所占比例", 48.5), ("村所占比例", 21.2)]
    # negative: a sentence opening on the change names nothing before it
    assert found("由48.5%下降至21.2%。") == []


def test_a_party_organisation_after_the_counting_word_is_counted_whole() -> None:
    """`新成立了38个小区党组织` (real R34 p1, label `小区`): 组织 after 党 is the noun's end, never the verb 组织 (to
    organise) that ends the counted noun elsewhere (`30名党员组织开展…`)."""
    assert found("桃源街道新成立了38个小区党组织。") == [("小区党组织", 38, "个")]
    assert found("全镇新建12个楼栋党组织，覆盖居民3000户。")[0] == ("楼栋党组织", 12, "个")
    # negative: a verb after 党员 still ends the noun (员, not 党, stands before it): the deed is told apart
    assert found("全村12名党员参加志愿服务。")[0][0] == "参加志愿服务的党员"
