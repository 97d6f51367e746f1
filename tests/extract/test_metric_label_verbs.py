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
