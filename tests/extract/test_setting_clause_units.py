"""Two kinds of sentence real reports open or close with (issue 14): a clause of setting ending with the township
and the community opening the next clause as the subject (在…西园街道，岳西新村社区坚持…: the community acts);
and a story told in one community closed by every community of the township doing the same (该街道5个社区全部绘制
了…: the township acts). Invented lines, real counties; and the negatives."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def _where(title: str, body: str) -> tuple[str | None, str | None]:
    place = resolve_region(title, body, title + "\n" + body, "")
    return place.locality, detect_level(title, body, place)[0]


def test_the_community_opening_the_clause_after_a_clause_of_setting_acts() -> None:
    title = "党建引领聚合力 邻里服务暖人心"
    body = (
        "在杭州市西湖区北山街道，青竹苑社区坚持以党建引领基层治理，组建楼道服务队。\n"
        "服务队常态化深入楼院，排查隐患。\n"
        "下一步，青竹苑社区将继续完善服务机制。"
    )
    assert _where(title, body) == ("北山街道青竹苑社区", "community")


def test_no_community_after_the_setting_or_one_named_once_leaves_the_township() -> None:
    title = "党建引领聚合力 邻里服务暖人心"
    plain = "在杭州市西湖区北山街道，社区干部坚持以党建引领基层治理。\n北山街道常态化开展走访。"
    assert _where(title, plain) == ("北山街道", "township")
    once = "在杭州市西湖区北山街道，青竹苑社区坚持以党建引领基层治理。\n北山街道常态化开展走访。"
    assert _where(title, once) == ("北山街道", "township")


def test_every_community_of_the_township_doing_the_work_makes_the_township_act() -> None:
    title = "北山街道：楼道地图助力精准服务"
    body = (
        "5日，杭州市西湖区北山街道青竹苑社区一位老人突发疾病，青竹苑社区干部按楼道地图赶到。\n"
        "记者在青竹苑社区服务中心看到，楼道地图张贴在墙。\n"
        "街道党工委书记介绍，目前，该街道6个社区全部绘制了楼道地图。"
    )
    assert _where(title, body) == ("北山街道", "township")
    # negative: without the closing sentence the community the story is told in acts
    told = body.rsplit("\n", 1)[0] + "\n青竹苑社区党委书记介绍，楼道地图让服务更精准。"
    assert _where(title.replace("北山街道：", ""), told) == ("北山街道青竹苑社区", "community")


def test_every_unit_coming_to_learn_leaves_the_unit_of_the_story_acting() -> None:
    """All of the township's villages coming to learn from the one the story is told in: that village acts."""
    title = "小山村走出致富路"
    body = (
        "杭州市西湖区北山街道青竹苑村党支部书记带领村民发展茶叶种植，青竹苑村村集体收入翻了一番。\n"
        "青竹苑村成立合作社，统一收购、统一销售，青竹苑村的茶叶卖到了全国。\n"
        "如今，青竹苑村的做法在全镇推广，全镇12个村都派人来学习。"
    )
    assert _where(title, body)[0] == "北山街道青竹苑村"
