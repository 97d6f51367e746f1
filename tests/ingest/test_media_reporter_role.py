"""A dateline's reporter of a paper's all-media desk (`全媒体记者`, `融媒体记者`) is one role word: the byline keeps it
as printed, not split as if a name were glued to `记者` (real R30 page: `本报讯(全媒体记者 惠雪烨 通讯员 …)`)."""

from builder.ingest.datelines import split_baoxun


def test_all_media_reporter_stays_one_word() -> None:
    byline, body = split_baoxun("本报讯（全媒体记者 王晓雨 通讯员 李一鸣）近日，某某县城关街道…")
    assert byline == "本报讯（全媒体记者 王晓雨 通讯员 李一鸣）"
    assert body.startswith("近日")
    assert split_baoxun("本报讯（融媒体记者 赵敏）连日来，…")[0] == "本报讯（融媒体记者 赵敏）"


def test_a_name_glued_to_its_role_is_still_split() -> None:
    assert split_baoxun("本报讯（记者王晓雨通讯员李一鸣）近日，…")[0] == "本报讯（记者 王晓雨 通讯员 李一鸣）"
