"""Figure labels a reader of the figure table saw name no counted thing (session 18, 405 initiatives re-read):
the verb dropped before a noun that alone says nothing (项目, or people counted in 人次), a word of time or
quantity kept at the label's head, a function word left at its end. Sentences paraphrased, with negatives."""

from builder.extract.metrics import extract_metrics


def labels(body: str) -> dict[float, str]:
    return {m.value: m.label for m in extract_metrics(body)}


def test_a_count_of_times_people_were_reached_keeps_its_verb():
    # was 渔民 / 农户 / 游客: the people, while the figure counts trainings, visits, receptions
    assert labels("渔业站今年培训船员3100人次。")[3100] == "培训船员"
    assert labels("驻村干部累计走访住户2.4万户次。")[24000] == "走访住户"
    assert labels("景区去年接待游客36万人次。")[360000] == "接待游客"
    # negatives: people counted by head keep their noun; a deed alone is labelled by its unit
    assert labels("培训船员3100名。")[3100] == "船员"
    assert labels("去年接待游客36万人。")[360000] == "游客"
    assert labels("驿站为骑手提供服务5万人次。")[50000] == "服务人次"


def test_projects_keep_the_verb_done_to_them():
    # was 项目: which projects, the ones taken on, brought in or finished?
    assert labels("共建单位共认领项目320个。")[320] == "认领项目"
    assert labels("在外乡贤为家乡引进项目12个。")[12] == "引进项目"
    assert labels("其中已完成项目280个。")[280] == "完成项目"
    # negatives: a project named by its kind keeps its name
    assert labels("实施小区微更新项目40个。")[40] == "小区微更新项目"
    assert labels("链接公益项目25个。")[25] == "链接公益项目"


def test_matters_talked_over_keep_the_verb():
    # was 事项: the list of matters before it is the quote's, the verb is what was done with them
    assert labels("居民议事会共讨论停车、绿化等事项38件。")[38] == "讨论事项"
    assert labels("村民理事会共协商道路硬化、饮水改造等事项52件。")[52] == "协商事项"
    # negative: a verb that is part of the thing's name stays there
    assert labels("建立协商议事会12个。")[12] == "协商议事会"


def test_a_word_of_time_or_quantity_at_the_head_goes():
    # was 已有机关企事业单位党组织
    assert labels("今年已有驻区单位党组织120个到社区报到。")[120] == "驻区单位党组织"
    assert labels("全街道累计有志愿服务队18支。")[18] == "志愿服务队"
    # negatives: 已 or 有 opening a word of its own
    assert labels("有效管理楼栋56个。")[56] == "有效管理楼栋"
    assert labels("全区共有党员860名。")[860] == "党员"


def test_no_function_word_is_left_at_the_end():
    # was 居民汽车却, 礼金不, 心愿得, 党员予
    assert labels("车位只有80个，居民车辆却有260多辆。")[260] == "居民车辆"
    assert labels("按照新规，彩礼不超过3万元。")[30000] == "彩礼"
    assert labels("去年有86个心愿得到实现。")[86] == "心愿"
    assert labels("对表现突出的25名党员予以表扬。")[25].endswith("党员")
    # a price of one meal said with 一餐: each meal's price, not the diners
    assert labels("70岁以上老人一餐只需6元。")[6] == "每餐价格"
    # negatives: 不 inside a word, a sum of money that is no meal
    assert labels("帮扶不足户32户。")[32] != "帮扶"
    assert labels("一次性发放补贴6000元。")[6000] != "每餐价格"


def test_the_one_who_acts_before_gong_or_hai_is_no_part_of_the_label():
    # was 街道共吹哨, 联户长共报告…, 区里每年拿出专项经费, 街道还从骑手中发展兼职网格员
    assert labels("全县12个乡镇共“吹哨”800次。")[800] == "吹哨"
    assert labels("联户长共报告各类隐患线索960条。")[960] == "报告各类隐患线索"
    assert labels("县里每年拿出专项资金200万元。")[2000000] == "拿出专项资金"
    assert labels("社区还从快递员中发展兼职网格员30名。")[30] == "发展兼职网格员"
    # negatives: 共 inside a word, a norm for each unit, a change each year
    assert labels("新建公共服务设施12处。")[12] == "公共服务设施"
    assert labels("社区共建单位36家。")[36] == "社区共建单位"
    assert labels("每个社区每年安排经费5万元。")[50000].startswith("每个社区")
    assert labels("村干部基本报酬每年增长5%。")[5] != "增长"


def test_matters_and_activities_done_for_people_keep_their_verb():
    # was 事项 / 活动: the list before 等 is the quote's, the verb says what was done with them
    assert labels("今年以来为村民代办养老、医保等事项2600件。")[2600] == "代办事项"
    assert labels("开展“邻里节”“睦邻日”等活动45次。")[45] == "开展活动"
    # negatives: 代办 naming a service or those who do it; a quoted name after its verb is the label
    assert labels("帮助老人代办事务120件。")[120] == "代办事务"
    assert labels("提供助餐、代购代办服务3000次。")[3000] != "代办服务次数"
    assert labels("选聘“楼栋管家”260名。")[260] == "楼栋管家"


def test_a_verb_before_liang_is_part_of_the_noun():
    # was 量同比增加: 走访量 is what changed, not 量
    assert labels("全街道网格员入户走访量同比增加了30%。")[30] == "网格员入户走访量同比增加"
    # negative: 量化 after a verb is the thing made, the verb still opens the label
    assert labels("制定量化考核指标24项。")[24] == "量化考核指标"


def test_the_counted_noun_ends_before_jiancheng_or_baotuan():
    # was 街镇建成综合, 村抱团, 社区建成邻里食堂: the noun ran on into the deed
    assert labels("在全县8个乡镇建成综合养老服务中心9家。")[8] == "乡镇"
    assert labels("带动周边9个村抱团发展。")[9] == "抱团发展的村"
    # negative: what was built, counted after the verb, keeps its name
    assert labels("全区建成邻里食堂15家。")[15] == "邻里食堂"
