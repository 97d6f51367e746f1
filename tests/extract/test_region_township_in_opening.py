"""A feature that opens on a scene names its township a paragraph or two on (real R30 page, a Shanghai street's
report reprinted by a portal: `初夏清晨，某某路99弄小区的河边…` / … / `正是临汾路街道以党建为引领…`). When the title and
the lead name no township, the opening paragraphs are read for one (places/townships.opening)."""

from __future__ import annotations

from builder.extract.regions import resolve_region

OPENING = (
    "初夏清晨，小区的景观河边已是一片生机。退休教师带着孙子在亲水平台喂鱼。\n"
    "“你看这水多清，去年还漂着垃圾呢！”她指着河面的睡莲笑言。\n"
    "谁能想到，这条河道曾是困扰居民多年的“三不管”地带。而这一转变，正是临汾路街道以党建为引领，"
    "破解老商品房小区治理难题的缩影。\n"
    "居民区党总支从社区骨干和在职党员中选拔人才，组建了全部由党员构成的业委会。\n"
    "作为2007年建成的商品房小区，这里曾长期被停车难、环境差等问题困扰，楼道里也是堆满了废旧家具。\n"
    "“以前晚上回家围着小区转三圈都找不到车位，有次还跟邻居因为抢车位差点吵起来。”居民张先生说。\n"
    "一段时间里，物业管理类投诉占工单总量的一半以上，停车管理、环境卫生、物业矛盾成为居民反映的“三大痛点”。\n"
    "面对小区停车难问题，业委会党支部牵头召开7场听证会，广泛收集居民意见，最终完成了230个临时车位的规划。"
)


def test_a_township_named_in_the_opening_paragraphs_gives_the_county() -> None:
    result = resolve_region("从“问题小区”到“幸福家园”", OPENING.replace("\n", "\n\n"))
    assert (result.region.province, result.region.county, result.locality) == (
        "上海市",
        "静安区",
        "临汾路街道",
    )


def test_a_township_named_late_in_the_article_gives_nothing() -> None:
    late = (
        OPENING
        + "\n"
        + "\n".join(["居民议事会每月召开一次，议题由居民提出。"] * 3)
        + "\n兄弟单位万通路街道前来参观。"
    )
    late = late.replace("正是临汾路街道", "正是街道")
    assert resolve_region("从“问题小区”到“幸福家园”", late.replace("\n", "\n\n")).region.county is None
